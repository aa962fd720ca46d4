// Runs the registered detectors over one field's name and sampled values and returns the
// categories that pass their thresholds, each with its reasons and redacted examples.
import type { FieldName, NameDetector, NameHit, ValueDetector } from '../model/detector.js';
import type { CategoryMatch } from '../model/result.js';
import { TAXONOMY, type CategoryId } from '../model/taxonomy.js';
import { redact } from '../util/redact.js';
import { ValueTallies } from './value-tallies.js';
import { neverNumeric } from '../detectors/lexicon/context.js';
import {
  combineConfidence, embeddedScore, evidenceFor, looksLikeCounts, looksLikeKeys, looksLikeVersionNumbers, pluralLeaf, wholeValueScore,
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

function nameHits(name: FieldName, detectors: readonly NameDetector[], onError: ClassifyFieldOptions['onDetectorError']): Array<NameHit & { detector: string }> {
  const hits: Array<NameHit & { detector: string }> = [];
  for (const detector of detectors) {
    try {
      const result = detector.match(name);
      if (!result) continue;
      for (const hit of Array.isArray(result) ? result : [result]) hits.push({ ...hit, detector: detector.id });
    } catch (error) {
      onError?.(detector.id, error);
    }
  }
  return hits;
}

/**
 * Classifies one field. `values` is the field's sample (examples, shape checks); `tallies`, when
 * given, already holds value-detector counts over every value (`--sample all`), otherwise the
 * sample is run through the value detectors here.
 */
export function classifyField(name: FieldName, values: readonly string[], options: ClassifyFieldOptions, counted?: ValueTallies): CategoryMatch[] {
  const evidence: EvidenceByCategory = new Map();
  for (const hit of nameHits(name, options.detectors.name, options.onDetectorError)) {
    const e = evidenceFor(evidence, hit.category);
    e.nameDetectors.add(hit.detector);
    if (hit.confidence > e.name) e.name = hit.confidence;
    e.nameReasons.push(`name: ${hit.reason} (${hit.detector})`);
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
        e.valueReasons.push(`values: ${matched} of ${t.sampled} sampled match (${detector.id})`);
      } else {
        const score = embeddedScore(detector.strength, matched, t.sampled);
        if (score > e.embedded) {
          e.embedded = score;
          e.embeddedMatched = matched;
          if (e.matched === 0) e.sampled = t.sampled;
        }
        const pct = ((100 * matched) / t.sampled).toFixed(1);
        e.embeddedReasons.push(`text: ${matched} of ${t.sampled} sampled values (${pct}%) contain one (${detector.id})`);
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

  const ip = evidence.get('online.ip_address');
  if (ip && ip.value > 0 && ip.valueDetectors.has('ipv4') && looksLikeVersionNumbers(values)) {
    ip.value = 0;
    ip.valueReasons.push('values: dotted quads read as version numbers (first number mostly below 20)');
  }

  discountByShape(name, values, evidence);

  const matches: CategoryMatch[] = [];
  for (const [id, e] of evidence) {
    const confidence = combineConfidence(id, e);
    if (confidence < TAXONOMY[id].threshold) continue;
    let examples = examplesByCategory.get(id) ?? [];
    if (examples.length === 0) examples = fallbackExamples(values, id, options.showValues);
    const embeddedOnly = e.embedded > e.value;
    matches.push({
      id,
      confidence,
      // A column of emails also "embeds" emails: name the free-text detectors only when they decided.
      detectors: [...e.nameDetectors, ...e.valueDetectors, ...(embeddedOnly ? e.embeddedDetectors : [])].sort(),
      matched: embeddedOnly ? e.embeddedMatched : e.matched,
      sampled: e.sampled,
      ...(embeddedOnly ? { embedded: true } : {}),
      examples,
      reasons: [...e.nameReasons, ...(embeddedOnly ? e.embeddedReasons : e.valueReasons)],
    });
  }
  return matches.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
}

/** Below this share of SNOMED CT concept ids, a column's digits are not read as clinical codes. */
const CODE_SHARE = 0.5;
/** Value detectors whose check digit a 9-digit clinical code passes by chance (the BSN 11-test: 1 in 11). */
const WEAK_DIGIT_CHECKS = new Set(['nl-bsn', 'us-ssn-bare']);
/** Categories a count is an instance of: a customer's `orders` = 4 or `page_views` = 12 is their behaviour. */
const COUNTS_ARE_DATA: ReadonlySet<CategoryId> = new Set<CategoryId>(['behavior.browsing', 'behavior.purchase']);

/**
 * Evidence the values' shape contradicts:
 * - a name alone, over a column of counts under a plural name (`COVERED_MEDICATIONS` = 10): the
 *   column counts the things it names;
 * - a name alone, for a category never written as a number, over a column of integers or UUIDs
 *   (`user` = 1042): a key to the thing, not the thing;
 * - a weak digit check (BSN 11-test) over a column that is mostly SNOMED CT concept ids, whose
 *   Verhoeff check and partition a random number passes once in 500: the digits are codes.
 */
function discountByShape(name: FieldName, values: readonly string[], evidence: EvidenceByCategory): void {
  const counts = pluralLeaf(name.tokens) && looksLikeCounts(values);
  const keys = looksLikeKeys(values);
  for (const [id, e] of evidence) {
    if (e.name === 0 || e.value > 0 || e.embedded > 0) continue;
    if (counts && !COUNTS_ARE_DATA.has(id)) {
      e.name = 0;
      e.nameReasons.push('values: small whole numbers under a plural name, read as a count');
    } else if (keys && neverNumeric(id)) {
      e.name = 0;
      e.nameReasons.push('values: integers or UUIDs, read as keys');
    }
  }
  const health = evidence.get('special.health');
  if (!health?.valueDetectors.has('snomed-ct-id') || health.sampled === 0 || health.matched / health.sampled < CODE_SHARE) return;
  for (const [id, e] of evidence) {
    if (id === 'special.health' || e.value === 0 || ![...e.valueDetectors].every((d) => WEAK_DIGIT_CHECKS.has(d))) continue;
    e.value = 0;
    e.valueReasons.push('values: mostly SNOMED CT concept ids, so the digit check passes by chance');
  }
}

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
