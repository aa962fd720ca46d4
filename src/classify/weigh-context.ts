// Evidence from what surrounds a field, weighed after its name and values are in: the declared
// type, who the rows are about (organisations and things, animals), and shadow keys.
import type { FieldName } from '../model/detector.js';
import type { CategoryId } from '../model/taxonomy.js';
import { typeVerdict } from './context/declared-type.js';
import { eventOfDate } from './context/event-date.js';
import { shadowedSibling } from './context/shadow-key.js';
import { systemAccount } from './context/system-account.js';
import { vocabularyTableOf } from './context/vocabulary-table.js';
import { animalSubject, isCompanyContact, mostlyFreeMail, notPersonSubject, personNameSibling } from './context/subject.js';
import { evidenceFor, type CategoryEvidence, type EvidenceByCategory } from './combine.js';
import { item } from './evidence-item.js';
import { splitPath, tokenizeIdentifier } from '../util/tokenize.js';

/**
 * The declared type for and against each category met: a type that cannot hold a category vetoes
 * it (names and values alike); a type that names its category (`inet`) is evidence for it.
 */
export function weighDeclaredType(type: string | undefined, evidence: EvidenceByCategory): void {
  if (type === undefined) return;
  const verdict = typeVerdict(type);
  if (verdict.family === 'text') return;
  if (verdict.holds) {
    evidenceFor(evidence, verdict.holds).items.push(item(verdict.holds, 'type', 'type.holds', `type-${verdict.family}`, 1, `type: ${type} holds ${verdict.holds}`));
  }
  for (const [id, e] of evidence) {
    if (verdict.allows(id)) continue;
    e.items.push(item(id, 'type', 'type.excludes', `type-${verdict.family}`, 1, `type: a ${type} column never holds ${id}`, 'against', 'all'));
  }
  // A schema `object` describes a whole structure: its description tells what the structure
  // is about, not what one value holds, so alone it decides nothing.
  if (type.trim() !== 'object') return;
  for (const [id, e] of evidence) {
    if (e.items.some((i) => i.direction === 'for' && i.kind !== 'comment')) continue;
    e.items.push(item(id, 'type', 'type.container', 'type-json', 1, `type: an object's description is about the structure, not a value`, 'against', 'definition'));
  }
}

/**
 * Contact fields of rows about an organisation, a product, settings or a system log are company
 * contact data: vetoed, unless a column beside them names a person or the emails are free-mail
 * addresses. Either way the consideration is kept as evidence, so explain shows it.
 */
export function weighSubject(name: FieldName, values: readonly string[], evidence: EvidenceByCategory): void {
  if (![...evidence].some(([id, e]) => isCompanyContact(id) || isThingHandle(id, e))) return;
  const subject = notPersonSubject(name);
  if (subject === undefined) return;
  const person = personNameSibling(name.raw, name.siblings);
  for (const [id, e] of evidence) {
    if (isThingHandle(id, e)) {
      e.items.push(item(id, 'subject', 'subject.not-person', 'dataset-subject', 1, `subject: ${subject}; its handle or login is the thing's, not a person's`, 'against', 'all'));
      continue;
    }
    if (!isCompanyContact(id)) continue;
    if (person !== undefined) {
      e.items.push(item(id, 'subject', 'subject.not-person', 'dataset-subject', 0, `subject: ${subject}, but "${person}" beside it names a person`, 'against', 'all'));
    } else if (id === 'contact.email' && mostlyFreeMail(values)) {
      e.items.push(item(id, 'subject', 'subject.not-person', 'dataset-subject', 0, `subject: ${subject}, but the values are mostly free-mail addresses`, 'against', 'all'));
    } else {
      e.items.push(item(id, 'subject', 'subject.not-person', 'dataset-subject', 1, `subject: ${subject}; at most company contact data`, 'against', 'all'));
    }
  }
}

/** Categories of a natural person that an animal's records have lookalikes of (its name, birth date, sex, treatments). */
const PERSON_ONLY = (id: CategoryId): boolean => id.startsWith('person.') || id.startsWith('special.');

/** Rows about animals (`pets`, `hunde`): their name, birth date, sex and treatments are no person's. */
export function weighAnimalSubject(name: FieldName, evidence: EvidenceByCategory): void {
  if (![...evidence.keys()].some(PERSON_ONLY)) return;
  const subject = animalSubject(name);
  if (subject === undefined) return;
  for (const [id, e] of evidence) {
    if (PERSON_ONLY(id)) e.items.push(item(id, 'subject', 'subject.not-person', 'dataset-subject', 1, `subject: ${subject}`, 'against', 'all'));
  }
}

/**
 * A handle, alias or login known from a weaker name term only (`handle`, `login`, `user`), with no
 * value evidence: products, collections, stores and organisations have handles (URL slugs) too.
 */
function isThingHandle(id: CategoryId, e: CategoryEvidence): boolean {
  return id === 'online.username' && e.value === 0 && e.embedded === 0 && e.name > 0 && e.name < STRONG_NAME;
}
/** A name term this strong (`username`, `user_name`) says a login whatever the rows are about. */
const STRONG_NAME = 0.9;

/**
 * A login of a mail server, database or proxy, or of a connection stored with its host and port,
 * in rows that belong to no person, is a system's credential: vetoed as a person's username.
 */
export function weighSystemAccount(name: FieldName, evidence: EvidenceByCategory): void {
  const e = evidence.get('online.username');
  if (e === undefined) return;
  const why = systemAccount(name);
  if (why !== undefined) e.items.push(item('online.username', 'subject', 'subject.not-person', 'system-account', 1, `subject: ${why}, not a person's`, 'against', 'all'));
}

/**
 * Dates of birth seen only in the values of a column whose name records another event (`debut`,
 * `hire_date`, `death_date`): the dates spread like births, but the name says what they are.
 */
export function weighEventDate(name: FieldName, evidence: EvidenceByCategory): void {
  const e = evidence.get('person.date_of_birth');
  if (e === undefined || e.items.some((i) => i.direction === 'for' && i.channel === 'definition')) return;
  const event = eventOfDate(name);
  if (event === undefined) return;
  e.items.push(item('person.date_of_birth', 'name', 'name.event-date', 'event-date', 1, `name: "${event}" names the event the dates record, not a birth`, 'against', 'values'));
}

/**
 * A shadow key (`_birthDate` beside `birthDate`) holds metadata about its sibling's value, so
 * what its name says is vetoed; values that show the category still count.
 */
export function weighShadowKey(name: FieldName, evidence: EvidenceByCategory): void {
  if (evidence.size === 0) return;
  const annotated = shadowedSibling(name.raw, name.siblings);
  if (annotated === undefined) return;
  for (const [id, e] of evidence) {
    e.items.push(item(id, 'name', 'name.shadow-key', 'shadow-key', 1, `name: a shadow key holding metadata about "${annotated}", not its value`, 'against', 'definition'));
  }
}

/**
 * A vocabulary table (`ethnicity` with `ethnicity_id`, `ethnicity_name`, `sort_order`; `tblSex`
 * with `Code`, `Sex`, `SortOrder`) lists an attribute's values, not a person's: vetoed, values and
 * name alike.
 */
export function weighVocabularyTable(name: FieldName, evidence: EvidenceByCategory): void {
  for (const [id, e] of evidence) {
    const why = vocabularyTableOf(name, id);
    if (why !== undefined) e.items.push(item(id, 'subject', 'subject.catalogue', 'vocabulary-table', 1, `subject: ${why}`, 'against', 'all'));
  }
}

/** Leaf heads that name a link (`expanded_url`, `homepage_link`, `href`). */
const LINK_HEADS = new Set(['url', 'urls', 'uri', 'uris', 'link', 'links', 'href']);
/** Words that make a link a profile's (`twitter_url`, `profile_link`, `social_urls`). */
const PROFILE_WORDS = new Set([
  'profile', 'profiles', 'social', 'twitter', 'linkedin', 'facebook', 'instagram', 'github', 'gitlab', 'mastodon', 'tiktok',
  'youtube', 'telegram', 'reddit', 'fediverse', 'handle', 'account', 'user', 'username', 'author', 'member',
]);

/**
 * Profile URLs among the values of a field named for a link and not for a profile (a tweet's
 * `entities.urls[].expanded_url`): a link to somebody's page is where a text points, not the
 * row's person's handle. Vetoes only the values' evidence; a name saying username still counts.
 */
export function weighLinkField(name: FieldName, evidence: EvidenceByCategory): void {
  const e = evidence.get('online.username');
  if (e === undefined || e.value === 0 || e.name > 0) return;
  const segments = splitPath(name.raw).filter((s) => s.trim() !== '');
  const leaf = tokenizeIdentifier(segments.at(-1) ?? name.raw).filter((t) => !/^\d+$/.test(t));
  const head = leaf.at(-1);
  if (head === undefined || !LINK_HEADS.has(head)) return;
  // The leaf and the key holding it (`profiles[].url`, `social.twitter.url`) say whose link it is.
  if (segments.slice(-2).some((s) => tokenizeIdentifier(s).some((t) => PROFILE_WORDS.has(t)))) return;
  e.items.push(item('online.username', 'name', 'name.head-noun', 'head-noun', 1, `name: "${segments.at(-1) ?? name.raw}" is a link, and a link to a profile is where something points, not a person's handle`, 'against', 'values'));
}

