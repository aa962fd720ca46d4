// Whether a field's rows belong to a person: behaviour and consent are personal data only when
// they are about an identifiable person or a pseudonymous person key (docs LABELLING.md,
// "Personalization categories"). A product catalogue's `category`, a store's `segment` or a
// report's `page_views` without such a key are not.
import type { FieldName, NameHit } from '../../model/index.js';
import { EMAIL, PHONE } from './contact.js';
import { matchLexicon } from './match.js';
import { DEVICE_ID, USERNAME } from './online.js';
import { PERSON_NAME } from './person.js';
import { ADVERTISING_ID, COOKIE_ID } from './personalization.js';
import { contentTokens, type Lexicon } from './types.js';
import { toFieldName } from '../../util/tokenize.js';

/** Words naming whom a row is about, in the seven languages. */
const PERSON_WORDS: ReadonlySet<string> = new Set([
  'customer', 'client', 'user', 'person', 'member', 'subscriber', 'visitor', 'contact', 'account', 'profile',
  'shopper', 'buyer', 'patient', 'employee', 'guest', 'lead', 'recipient', 'consumer', 'player', 'student',
  'session', 'cookie', 'device', 'anonymous', 'anon', 'browser', 'distinct', 'pseudo',
  'kunde', 'kunden', 'nutzer', 'benutzer', 'mitglied', 'besucher', 'utilisateur', 'abonne', 'visiteur', 'cliente',
  'usuario', 'socio', 'visitante', 'utente', 'iscritto', 'visitatore', 'klant', 'gebruiker', 'lid', 'bezoeker',
  'utilizador', 'assinante',
]);

/** Words saying a column is a key to something. */
const KEY_WORDS: ReadonlySet<string> = new Set(['id', 'ids', 'key', 'uuid', 'guid', 'no', 'nr', 'number', 'num', 'ref', 'hash', 'nummer', 'numero', 'code']);

/** Column names that are themselves a person's identifier or pseudonymous key. */
const IDENTIFIER_NAMES: ReadonlySet<string> = new Set([
  'email', 'emailaddress', 'mail', 'username', 'login', 'idfa', 'gaid', 'aaid', 'ga', 'fbp', 'userid', 'customerid',
  'clientid', 'visitorid', 'memberid', 'accountid', 'sessionid', 'deviceid', 'cookieid', 'anonymousid', 'distinctid',
  'userpseudoid', 'domainuserid', 'networkuserid', 'kundennummer', 'kundennr', 'kundenid',
]);

/** Dataset names whose rows are people (`customers`, `Kunden`, `utilisateurs`). */
const PERSON_DATASETS: ReadonlySet<string> = new Set([
  'customer', 'client', 'user', 'person', 'people', 'member', 'subscriber', 'visitor', 'contact', 'profile',
  'shopper', 'buyer', 'patient', 'employee', 'guest', 'lead', 'recipient', 'consumer', 'player', 'student',
  'kunde', 'kunden', 'nutzer', 'benutzer', 'mitglied', 'mitglieder', 'utilisateur', 'abonne', 'cliente', 'usuario',
  'utente', 'utenti', 'iscritto', 'klant', 'klanten', 'gebruiker', 'gebruikers', 'leden', 'utilizador',
]);

const singular = (t: string): string => (t.endsWith('ies') ? `${t.slice(0, -3)}y` : t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t);
const isPersonWord = (t: string): boolean => PERSON_WORDS.has(t) || PERSON_WORDS.has(singular(t));

/**
 * Columns whose names mean a person's identifier in any of the seven languages (`courriel`,
 * `Vorname`, `gebruikersnaam`, `id_visiteur`): their presence says the rows are about people.
 */
const IDENTIFIER_LEXICONS: readonly Lexicon[] = [EMAIL, PHONE, PERSON_NAME, USERNAME, DEVICE_ID, COOKIE_ID, ADVERTISING_ID];
/** A lexicon hit this strong is a name, not a guess (a bare `name` or `user` is weaker). */
const IDENTIFIER_CONFIDENCE = 0.7;
/** Verdicts per column name: every field of a dataset asks about the same siblings. */
const identifierVerdicts = new Map<string, boolean>();
const MAX_VERDICTS = 10_000;

function namesIdentifier(raw: string): boolean {
  let verdict = identifierVerdicts.get(raw);
  if (verdict === undefined) {
    const name = toFieldName(raw);
    verdict = IDENTIFIER_LEXICONS.some((lex) => (matchLexicon(name, lex)?.confidence ?? 0) >= IDENTIFIER_CONFIDENCE);
    if (identifierVerdicts.size >= MAX_VERDICTS) identifierVerdicts.clear();
    identifierVerdicts.set(raw, verdict);
  }
  return verdict;
}

/** The sibling column (raw name) that keys rows to a person, if any. */
export function personKeyColumn(siblings: readonly string[]): string | undefined {
  return siblings.find((raw) => {
    const tokens = contentTokens(raw.split('.').at(-1) ?? raw);
    if (tokens.length === 0) return false;
    if (IDENTIFIER_NAMES.has(tokens.join(''))) return true;
    const keyed = tokens.some((t, i) => {
      if (isPersonWord(t) && tokens[i + 1] !== undefined && KEY_WORDS.has(tokens[i + 1])) return true;
      // Run together: `customerid`, `visitorId` read as one token by older exports, `domain_userid`.
      return t.length > 2 && t.endsWith('id') && isPersonWord(t.slice(0, -2));
    });
    return keyed || namesIdentifier(raw);
  });
}

/**
 * Why the field's rows belong to a person: a person key among the sibling columns, a person
 * word in the enclosing path (`customer.preferences`) or a dataset of people (`customers`).
 * `true` when nothing is known about the dataset (a field checked on its own); undefined when
 * the dataset is known and holds no person key.
 */
export function personContext(name: FieldName): string | true | undefined {
  if (name.siblings === undefined && name.dataset === undefined) return true;
  const parent = name.parentTokens.find(isPersonWord);
  if (parent !== undefined) return `path has "${parent}"`;
  const key = personKeyColumn(name.siblings ?? []);
  if (key !== undefined) return `rows keyed by ${key}`;
  // The last word names what a row is: `customers` and `web_users` hold people, `customer_segments`
  // segments. Suffixes of a locale, a version or a year (`customers_de`, `users_v2`) are skipped.
  const last = name.dataset === undefined ? undefined : contentTokens(name.dataset).filter((t) => t.length > 2 && !/^v?\d+$/.test(t)).at(-1);
  const dataset = last !== undefined && (PERSON_DATASETS.has(last) || PERSON_DATASETS.has(singular(last))) ? last : undefined;
  if (dataset !== undefined) return `dataset of "${dataset}"`;
  return undefined;
}

/** A behaviour or consent name hit, kept only where the rows belong to a person (with why). */
export function aboutPerson(hit: NameHit | undefined, name: FieldName): NameHit | undefined {
  if (hit === undefined) return undefined;
  const context = personContext(name);
  if (context === undefined) return undefined;
  return context === true ? hit : { ...hit, reason: `${hit.reason}, ${context}` };
}
