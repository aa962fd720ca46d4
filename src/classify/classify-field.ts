// Runs the registered detectors over one field's name and sampled values and returns the
// categories that pass their thresholds, each with its reasons and redacted examples.
import type { FieldName, NameDetector, NameHit, ValueDetector } from '../model/detector.js';
import type { CategoryMatch } from '../model/result.js';
import { TAXONOMY, type CategoryId } from '../model/taxonomy.js';
import { redact } from '../util/redact.js';
import { ValueTallies } from './value-tallies.js';
import { combineConfidence, embeddedScore, evidenceFor, looksLikeVersionNumbers, wholeValueScore, type EvidenceByCategory } from './combine.js';

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
