// Runs the registered detectors over one field's name and sampled values and returns the
// categories that pass their thresholds, each with its reasons and redacted examples.
import type { FieldName, NameDetector, NameHit, ValueDetector } from '../model/detector.js';
import type { DetectorId } from '../model/detector-ids.js';
import type { CategoryMatch, EvidenceItem } from '../model/result.js';
import { categoryInfo, type CategoryId } from '../model/taxonomy.js';
import { redact } from '../util/redact.js';
import { ValueTallies } from './value-tallies.js';
import { declaredString, flagCarries, neverNumeric, typeAllows } from '../detectors/lexicon/context.js';
import { STOPWORDS } from '../detectors/lexicon/types.js';
import { item } from './evidence-item.js';
import { weighAnimalSubject, weighDeclaredType, weighEventDate, weighLinkField, weighShadowKey, weighSubject, weighSystemAccount, weighVocabularyTable } from './weigh-context.js';
import { headVetoes, namesContactOwner, vetoingHead } from './context/head-noun.js';
import { parentFindings } from './context/parent-path.js';
import {
  canonicalFormatCategories, combineItems, contradictsName, embeddedScore, evidenceFor, looksLikeCounts, looksLikeDates, looksLikeFlags, looksLikeGeneratedIds, looksLikeKeys, pluralLeaf, wholeValueScore,
  type EvidenceByCategory,
} from './combine.js';

export interface DetectorSet {
  name: readonly NameDetector[];
  value: readonly ValueDetector[];
}

export interface ClassifyFieldOptions {
  detectors: DetectorSet;
  /** Show raw examples instead of redacted ones (--show-values). */
  showValues: boolean;
  /** Called once per detector that throws, with the detector id; the value is never passed. */
  onDetectorError?: (detectorId: string, error: unknown) => void;
}

const MAX_EXAMPLES = 3;
/** The name beside a contact item: as strong as `display name`; the subject check still weighs it. */
const CONTACT_OWNER_NAME = 0.65;
/** Only a contact item named outright (`email`, `phone`, `address`) has an owner; `city_name` is a place's name. */
const CONTACT_ITEM = 0.65;

/** The label of a detector declared in datamin.yaml, as a list of none or one. */
function labelOf(set: DetectorSet, id: string): string[] {
  const found = set.value.find((d) => d.id === id) ?? set.name.find((d) => d.id === id);
  return found?.label === undefined ? [] : [found.label];
}

/** `{ label }` for a declared detector, `{}` for a built-in one. */
function labelled(set: DetectorSet, id: string): { label?: string } {
  const [label] = labelOf(set, id);
  return label === undefined ? {} : { label };
}

/** How a reason names a detector: its id, and the label of one declared in datamin.yaml. */
function detectorName(detector: { id: string; label?: string }): string {
  return detector.label === undefined ? detector.id : `${detector.id}, ${detector.label}`;
}

function nameHits(name: FieldName, detectors: readonly NameDetector[], onError: ClassifyFieldOptions['onDetectorError']): Array<NameHit & { detector: DetectorId; readsContext: boolean }> {
  const hits: Array<NameHit & { detector: DetectorId; readsContext: boolean }> = [];
  for (const detector of detectors) {
    try {
      const result = detector.match(name);
      if (!result) continue;
      for (const hit of Array.isArray(result) ? result : [result]) hits.push({ ...hit, detector: detector.id, readsContext: detector.readsContext === true });
    } catch (error) {
      onError?.(detector.id, error);
    }
  }
  return hits;
}

/** A name hit as evidence items: one per part (leaf name, path, comment) when the detector tells them apart. */
function nameItems(hit: NameHit & { detector: DetectorId; readsContext: boolean }): EvidenceItem[] {
  if (hit.readsContext) return [item(hit.category, 'subject', 'subject.context', hit.detector, hit.confidence, `context: ${hit.reason}`)];
  if (!hit.parts) return [item(hit.category, 'name', 'name.lexicon', hit.detector, hit.confidence, `name: ${hit.reason}`)];
  const named = new Set(hit.parts.filter((p) => p.kind !== 'comment').map((p) => p.phrase));
  return hit.parts.map((part) =>
    // A comment whose one word repeats the name's (`location`: "The event's location") is the
    // name said again, not a second opinion: it counts for nothing and does not agree.
    part.kind === 'comment' && part.words < 2 && named.has(part.phrase)
      ? item(hit.category, 'comment', 'comment.word', hit.detector, 0, `comment: ${part.reason.replace(/^comment /, '')}, the name's own word again`)
      : part.kind === 'name'
      ? item(hit.category, 'name', 'name.lexicon', hit.detector, part.confidence, `name: ${part.reason}`)
      : part.kind === 'parent'
        ? item(hit.category, 'parent', 'parent.lexicon', hit.detector, part.confidence, `name: ${part.reason}`)
        : item(hit.category, 'comment', part.words >= 2 || part.title === true ? 'comment.phrase' : 'comment.word', hit.detector, part.confidence, `comment: ${part.reason.replace(/^comment /, '')}`));
}

/**
 * Classifies one field. `values` is the field's sample (examples, shape checks); `tallies`, when
 * given, already holds value-detector counts over every value (`--sample all`), otherwise the
 * sample is run through the value detectors here. `evidenceOut`, when given, receives every
 * evidence item the verdict rests on (datamin explain).
 */
export function classifyField(name: FieldName, values: readonly string[], options: ClassifyFieldOptions, counted?: ValueTallies, evidenceOut?: EvidenceItem[]): CategoryMatch[] {
  const evidence: EvidenceByCategory = new Map();
  // The declared type is weighed here, as evidence of its own, not inside each name detector.
  const { type: declaredType, ...rest } = name;
  const untyped: FieldName = declaredString(declaredType) ? { ...rest, declaredText: true } : rest;
  const leafTokens = name.tokens.filter((t) => !STOPWORDS.has(t));
  const head = vetoingHead(leafTokens);
  let contactOwner: string | undefined;
  for (const hit of nameHits(untyped, options.detectors.name, options.onDetectorError)) {
    const e = evidenceFor(evidence, hit.category);
    e.nameDetectors.add(hit.detector);
    if (hit.confidence > e.name) e.name = hit.confidence;
    e.nameReasons.push(`name: ${hit.reason} (${detectorName({ id: hit.detector, ...labelled(options.detectors, hit.detector) })})`);
    e.items.push(...nameItems(hit));
    const leaf = hit.parts?.find((p) => p.kind === 'name');
    if (head && leaf?.end !== undefined && headVetoes(head, hit.category, leaf.end, leafTokens)) {
      e.items.push(item(hit.category, 'name', 'name.head-noun', 'head-noun', 1, `name: its head noun is "${head.head}", which "${leaf.phrase}" only qualifies`, 'against'));
      if (namesContactOwner(head, hit.category, leaf.phrase) && hit.confidence >= CONTACT_ITEM) contactOwner = leaf.phrase;
    }
  }
  // `email_from_name`, `address_name`, `phone_name`: the name of whoever the address or number is.
  if (contactOwner !== undefined) {
    const reason = `name: the name that goes with a ${contactOwner}, a person's name`;
    const e = evidenceFor(evidence, 'person.name');
    e.name = Math.max(e.name, CONTACT_OWNER_NAME);
    e.nameReasons.push(reason);
    e.items.push(item('person.name', 'name', 'name.lexicon', 'head-noun', CONTACT_OWNER_NAME, reason));
  }

  for (const found of parentFindings(name.raw)) {
    if (found.direction === 'against' && !evidence.has(found.category)) continue;
    const e = evidenceFor(evidence, found.category);
    if (found.direction === 'for') {
      e.name = Math.max(e.name, found.confidence);
      e.nameReasons.push(found.reason);
    }
    e.items.push(item(found.category, 'parent', 'parent.leaf', 'parent-path', found.confidence, found.reason, found.direction));
  }

  let tallies = counted?.tallies;
  if (!tallies) {
    const fromSample = new ValueTallies(options);
    for (const v of values) fromSample.add(v);
    tallies = fromSample.tallies;
  }
  const examplesByCategory = new Map<CategoryId, string[]>();
  for (const t of tallies) {
    const { detector } = t;
    const veto = t.matched.size > 0 ? columnVeto(detector, values, options.onDetectorError) : undefined;
    if (veto !== undefined) {
      for (const [category, matched] of t.matched) {
        evidenceFor(evidence, category).valueReasons.push(`values: ${matched} of ${t.sampled} sampled match (${detectorName(detector)}), but ${veto}`);
      }
      continue;
    }
    for (const category of detector.categories) {
      const prior = evidence.get(category);
      if (detector.scope === 'whole' && prior && detector.strength > prior.valueDetectable) prior.valueDetectable = detector.strength;
    }
    for (const [category, matched] of t.matched) {
      const e = evidenceFor(evidence, category);
      if (detector.scope === 'whole') {
        e.valueDetectable = Math.max(e.valueDetectable, detector.strength);
        const score = wholeValueScore(detector.strength, matched, t.sampled);
        if (score > e.value || (score === e.value && matched > e.matched)) {
          e.value = score;
          e.matched = matched;
          e.sampled = t.sampled;
        }
        const reason = `values: ${matched} of ${t.sampled} sampled match (${detectorName(detector)})`;
        e.valueReasons.push(reason);
        e.items.push(item(category, 'value', 'value.whole', detector.id, score, reason));
      } else {
        const score = embeddedScore(detector.strength, matched, t.sampled);
        if (score > e.embedded) {
          e.embedded = score;
          e.embeddedMatched = matched;
          if (e.matched === 0) e.sampled = t.sampled;
        }
        const pct = ((100 * matched) / t.sampled).toFixed(1);
        const reason = `text: ${matched} of ${t.sampled} sampled values (${pct}%) contain one (${detectorName(detector)})`;
        e.embeddedReasons.push(reason);
        e.items.push(item(category, 'value', 'value.embedded', detector.id, score, reason));
      }
      if (detector.scope === 'whole') e.valueDetectors.add(detector.id);
      else e.embeddedDetectors.add(detector.id);
      const list = examplesByCategory.get(category) ?? [];
      for (const ex of t.examples.get(category) ?? []) if (list.length < MAX_EXAMPLES && !list.includes(ex)) list.push(ex);
      examplesByCategory.set(category, list);
    }
  }
  // A whole-value detector that saw values but matched none still sets `sampled`, so a
  // contradicted name can be recognised.
  for (const t of tallies) {
    if (t.detector.scope !== 'whole') continue;
    for (const category of t.detector.categories) {
      const e = evidence.get(category);
      if (e && e.matched === 0 && t.sampled > e.sampled) e.sampled = t.sampled;
    }
  }

  weighLookalikes(values, options.detectors.value, evidence);
  discountByShape(name, values, evidence);
  weighContradictions(options.detectors.value, evidence);
  weighDeclaredType(declaredType, evidence);

  weighSubject(name, values, evidence);
  weighAnimalSubject(name, evidence);
  weighVocabularyTable(name, evidence);
  weighSystemAccount(name, evidence);
  weighLinkField(name, evidence);
  weighShadowKey(name, evidence);
  weighEventDate(name, evidence);

  const canonical = canonicalFormatCategories(options.detectors.value);
  for (const [id, e] of evidence) {
    if (contradictsName(id, e, canonical) && e.name > 0) {
      e.items.push(item(id, 'value', 'value.contradicts-name', 'value-check', 1, `values: none of ${e.sampled} sampled values passes the ${id} check`, 'against', 'definition'));
    }
  }

  const matches: CategoryMatch[] = [];
  for (const [id, e] of evidence) {
    evidenceOut?.push(...e.items);
    const confidence = combineItems(id, e.items);
    if (confidence < categoryInfo(id).threshold) continue;
    let examples = examplesByCategory.get(id) ?? [];
    if (examples.length === 0) examples = fallbackExamples(values, id, options.showValues);
    const embeddedOnly = e.embedded > e.value;
    // A detector declared in datamin.yaml may have matched both the name and the values.
    const detectors = [...new Set([...e.nameDetectors, ...e.valueDetectors, ...(embeddedOnly ? e.embeddedDetectors : [])])].sort();
    const labels = [...new Set(detectors.flatMap((d) => labelOf(options.detectors, d)))];
    matches.push({
      id,
      confidence,
      // A column of emails also "embeds" emails: name the free-text detectors only when they decided.
      detectors,
      ...(labels.length === 0 ? {} : { labels }),
      matched: embeddedOnly ? e.embeddedMatched : e.matched,
      sampled: e.sampled,
      ...(embeddedOnly ? { embedded: true } : {}),
      examples,
      reasons: [...e.nameReasons, ...(embeddedOnly ? e.embeddedReasons : e.valueReasons)],
    });
  }
  return matches.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
}

/** A value detector's objection to the column as a whole (`ValueDetector.column`), if it has one. */
function columnVeto(detector: ValueDetector, values: readonly string[], onError: ClassifyFieldOptions['onDetectorError']): string | undefined {
  if (!detector.column) return undefined;
  try {
    return detector.column(values);
  } catch (error) {
    onError?.(detector.id, error);
    return 'its column check failed';
  }
}

/**
 * A value detector's `lookalike` (dotted quads that are version numbers): when the sample has that
 * shape, the categories the detector matched lose the values' evidence.
 */
function weighLookalikes(values: readonly string[], detectors: readonly ValueDetector[], evidence: EvidenceByCategory): void {
  for (const detector of detectors) {
    if (!detector.lookalike) continue;
    for (const id of detector.categories) {
      const e = evidence.get(id);
      if (!e || e.value === 0 || !e.valueDetectors.has(detector.id) || !detector.lookalike.test(values)) continue;
      e.value = 0;
      e.valueReasons.push(detector.lookalike.reason);
      e.items.push(item(id, 'value', 'value.lookalike', detector.id, 1, detector.lookalike.reason, 'against', 'values'));
    }
  }
}

/**
 * A value detector that `contradicts` weak checks (SNOMED CT concept ids): once it matched its
 * share of the column, the categories only weak-check detectors (`weakCheck`: a 9-digit code
 * passes the BSN 11-test 1 in 11, a 12-digit one Aadhaar's Verhoeff digit by construction)
 * matched lose the values' evidence.
 */
function weighContradictions(detectors: readonly ValueDetector[], evidence: EvidenceByCategory): void {
  const weak = new Set(detectors.filter((d) => d.weakCheck === true).map((d) => d.id));
  for (const detector of detectors) {
    if (!detector.contradicts) continue;
    const { minShare, reason } = detector.contradicts;
    const decided = detector.categories.some((id) => {
      const e = evidence.get(id);
      return e !== undefined && e.valueDetectors.has(detector.id) && e.sampled > 0 && e.matched / e.sampled >= minShare;
    });
    if (!decided) continue;
    for (const [id, e] of evidence) {
      if (detector.categories.includes(id) || e.value === 0 || ![...e.valueDetectors].every((d) => weak.has(d))) continue;
      e.value = 0;
      e.valueReasons.push(reason);
      e.items.push(item(id, 'value', 'value.lookalike', detector.id, 1, reason, 'against', 'values'));
    }
  }
}

/** Categories a count is an instance of: a customer's `orders` = 4 or `page_views` = 12 is their behaviour. */
const COUNTS_ARE_DATA: ReadonlySet<CategoryId> = new Set<CategoryId>(['behavior.browsing', 'behavior.purchase']);

/** Categories whose values people choose or are given, so they vary in length: never generated ids. */
const PEOPLE_WRITE: ReadonlySet<CategoryId> = new Set<CategoryId>(['person.name', 'online.username', 'contact.email', 'contact.address']);

/**
 * Evidence the values' shape contradicts:
 * - a name alone, over a column of counts under a plural name (`COVERED_MEDICATIONS` = 10): the
 *   column counts the things it names;
 * - a name alone, for a category never written as a number, over a column of integers or UUIDs
 *   (`user` = 1042): a key to the thing, not the thing;
 * - a name alone, for a category people write, over generated ids of one length (`U023BECGF`);
 * - a name alone, for a category no date holds, over a column of dates (an untyped export's
 *   `addressStartDate`): what a declared date type would exclude.
 */
function discountByShape(name: FieldName, values: readonly string[], evidence: EvidenceByCategory): void {
  const counts = pluralLeaf(name.tokens) && looksLikeCounts(values);
  const keys = looksLikeKeys(values);
  const dates = looksLikeDates(values);
  const generated = looksLikeGeneratedIds(values);
  // Only 0 and 1 is a flag, not a count: a flag can be a category of its own (`BPMeds`, `diabetes`).
  const binary = counts && looksLikeFlags(values);
  for (const [id, e] of evidence) {
    if (e.name === 0 || e.value > 0 || e.embedded > 0) continue;
    let reason: string | undefined;
    if (counts && !COUNTS_ARE_DATA.has(id) && !(binary && flagCarries(id))) reason = 'values: small whole numbers under a plural name, read as a count';
    else if (keys && neverNumeric(id)) reason = 'values: integers or UUIDs, read as keys';
    else if (generated && PEOPLE_WRITE.has(id)) reason = 'values: generated ids of one length, read as references';
    // An untyped column of dates is a date column (`addressStartDate` in a JSON export): what a
    // declared date type excludes, its values exclude too.
    else if (dates && !typeAllows(id, 'temporal')) reason = 'values: dates, which never hold this category';
    if (reason === undefined) continue;
    e.name = 0;
    e.nameReasons.push(reason);
    e.items.push(item(id, 'value', 'value.shape', 'value-shape', 1, reason, 'against', 'definition'));
  }
  const gender = evidence.get('person.gender');
  if (gender && gender.name > 0 && gender.value === 0 && numbersBeyondCodes(values)) {
    gender.name = 0;
    const reason = 'values: numbers beyond a code list of sexes (a few one-digit codes, as ISO 5218), read as counts or measures';
    gender.nameReasons.push(reason);
    gender.items.push(item('person.gender', 'value', 'value.shape', 'value-shape', 1, reason, 'against', 'definition'));
  }
}

/**
 * Every sampled value a number and not a code list of sexes (`male` = 1523 people, `female_pct` =
 * 48.2). A code list is a few one-digit codes: ISO 5218's 0, 1, 2, 9, and the lists of HR and
 * registry systems that number a third or diverse gender (`GenderID` 0, 1, 3).
 */
function numbersBeyondCodes(values: readonly string[]): boolean {
  let beyond = false;
  let seen = 0;
  const codes = new Set<string>();
  for (const raw of values) {
    const v = raw.trim();
    if (v === '') continue;
    if (!/^-?\d+(\.\d+)?$/.test(v)) return false;
    seen++;
    if (/^\d$/.test(v)) codes.add(v);
    else beyond = true;
  }
  return seen > 0 && (beyond || codes.size > MOST_SEX_CODES);
}
/** The most distinct one-digit values a code list of sexes or genders has (ISO 5218 has four). */
const MOST_SEX_CODES = 4;

/** Name-only categories still show what the column holds, redacted. */
function fallbackExamples(values: readonly string[], id: CategoryId, showValues: boolean): string[] {
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t === '') continue;
    const shown = showValues ? t : redact(t, id);
    if (!out.includes(shown)) out.push(shown);
    if (out.length === MAX_EXAMPLES) break;
  }
  return out;
}
