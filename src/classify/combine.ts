// Turns name hits and value-match counts into one confidence per category. Kept apart from the
// profiler so the arithmetic is testable and tunable by the accuracy benchmark.
import { categoryInfo, type CategoryId } from '../model/taxonomy.js';
import type { EvidenceItem } from '../model/result.js';
import type { ValueDetector } from '../model/detector.js';
import type { DetectorId } from '../model/detector-ids.js';
import { WEIGHTS } from './weights.js';

export interface CategoryEvidence {
  /** Strongest name hit, 0..1. */
  name: number;
  nameReasons: string[];
  nameDetectors: Set<DetectorId>;
  /** Best whole-value evidence: strength × match share. */
  value: number;
  /** Best embedded (free-text) evidence, 0..1. */
  embedded: number;
  /** Strength of the strongest value detector that could have matched this category. */
  valueDetectable: number;
  matched: number;
  sampled: number;
  embeddedMatched: number;
  valueDetectors: Set<DetectorId>;
  valueReasons: string[];
  embeddedDetectors: Set<DetectorId>;
  embeddedReasons: string[];
  /** Every piece of evidence, as the combiner reads it (combineItems). */
  items: EvidenceItem[];
}

export function emptyEvidence(): CategoryEvidence {
  return {
    name: 0,
    nameReasons: [],
    nameDetectors: new Set(),
    value: 0,
    embedded: 0,
    valueDetectable: 0,
    matched: 0,
    sampled: 0,
    embeddedMatched: 0,
    valueDetectors: new Set(),
    valueReasons: [],
    embeddedDetectors: new Set(),
    embeddedReasons: [],
    items: [],
  };
}

/** Share of non-empty values that must match before a whole-value column counts in full. */
const FULL_SHARE = 0.8;
/**
 * Categories whose values have one checkable format, so a column that never matches the value
 * check contradicts its name: those of the value detectors that declare `canonicalFormat`.
 * Passwords (plaintext never matches the hash check), dates of birth (many formats) or names have
 * none.
 */
export function canonicalFormatCategories(detectors: readonly ValueDetector[]): ReadonlySet<CategoryId> {
  return new Set(detectors.filter((d) => d.canonicalFormat === true).flatMap((d) => d.categories));
}

/** Below this many sampled values a contradicting value check does not override the name. */
const MIN_SAMPLED_TO_CONTRADICT = 20;

/** Whole-value evidence: a column counts in full once most non-empty values match. */
export function wholeValueScore(strength: number, matched: number, sampled: number): number {
  if (sampled === 0 || matched === 0) return 0;
  return strength * Math.min(1, matched / sampled / FULL_SHARE);
}

/**
 * Embedded evidence (emails inside a comment column): two or more hits are needed, and the
 * score rises with the share of rows that embed one.
 */
export function embeddedScore(strength: number, matched: number, sampled: number): number {
  if (sampled === 0 || matched < Math.min(2, sampled)) return 0;
  const share = matched / sampled;
  return strength * (0.6 + 0.4 * Math.min(1, share / 0.2));
}

/** Critical, special (Art. 9) and criminal (Art. 10) categories: a description alone never decides them. */
function sensitive(id: CategoryId): boolean {
  const c = categoryInfo(id);
  return c.sensitivity === 'critical' || c.gdprClass !== 'personal';
}

/** Name and comment agreeing never lift a category above this. */
const AGREEMENT_CAP = 0.95;

/**
 * The confidence the evidence items give one category. Evidence *for* adds up as a noisy-OR of
 * two channels, each the strongest of its items (value × weight): the field's definition (name,
 * path, comment, type, context) and its values. Name and comment agreeing add the
 * `comment.agreement` weight to the definition. Evidence *against* scales the channel it acts on
 * by (1 − value × weight), so a weight of 1 is a veto.
 */
export function combineItems(id: CategoryId, items: readonly EvidenceItem[]): number {
  let definition = 0;
  let values = 0;
  let named = 0;
  let commented = 0;
  const proseOnly = sensitive(id) && !items.some((i) => i.direction === 'for' && i.kind !== 'comment' && i.value > 0);
  for (const item of items) {
    if (item.direction !== 'for') continue;
    const c = item.value * item.weight * (proseOnly ? WEIGHTS['comment.alone-sensitive'] : 1);
    if (item.channel === 'values') values = Math.max(values, c);
    else definition = Math.max(definition, c);
    if (item.kind === 'name' || item.kind === 'parent') named = Math.max(named, c);
    if (item.kind === 'comment') commented = Math.max(commented, c);
  }
  if (named > 0 && commented > 0) definition = Math.max(definition, Math.min(AGREEMENT_CAP, Math.max(named, commented) + WEIGHTS['comment.agreement']));
  for (const item of items) {
    if (item.direction !== 'against') continue;
    const keep = 1 - Math.min(1, item.value * item.weight);
    if (item.channel !== 'values') definition *= keep;
    if (item.channel !== 'definition') values *= keep;
  }
  const combined = 1 - (1 - definition) * (1 - values);
  return Math.round(combined * 1000) / 1000;
}

/** Whether a canonical-format category's own value check contradicts the name (see combineConfidence). */
export function contradictsName(id: CategoryId, e: CategoryEvidence, canonical: ReadonlySet<CategoryId>): boolean {
  return canonical.has(id) && e.sampled >= MIN_SAMPLED_TO_CONTRADICT && e.matched / e.sampled < 0.05 && e.embedded === 0;
}

/**
 * Noisy-OR of name and value evidence. A strong name contradicted by its own strong value check
 * (a column named `phone` whose values are never phone numbers) is halved.
 */
export function combineConfidence(id: CategoryId, e: CategoryEvidence, canonical: ReadonlySet<CategoryId>): number {
  let name = e.name;
  if (contradictsName(id, e, canonical)) name *= 0.5;
  const value = Math.max(e.value, e.embedded);
  const combined = 1 - (1 - name) * (1 - value);
  return Math.round(combined * 1000) / 1000;
}

/** Share of non-empty sampled values a shape must hold before the column is read as that shape. */
const SHAPE_SHARE = 0.95;
/** Fewer values than this say nothing about a column's shape. */
const MIN_SHAPE_VALUES = 5;

function shareMatching(values: readonly string[], pattern: RegExp | ((value: string) => boolean)): number {
  const matches = typeof pattern === 'function' ? pattern : (v: string): boolean => pattern.test(v);
  let nonEmpty = 0;
  let matching = 0;
  for (const raw of values) {
    const v = raw.trim();
    if (v === '') continue;
    nonEmpty++;
    if (matches(v)) matching++;
  }
  return nonEmpty < MIN_SHAPE_VALUES ? 0 : matching / nonEmpty;
}

const SMALL_COUNT = /^\d{1,5}$/;
/** Small non-negative integers: a count (`COVERED_MEDICATIONS` = 10), not the things counted. */
export function looksLikeCounts(values: readonly string[]): boolean {
  return shareMatching(values, SMALL_COUNT) >= SHAPE_SHARE;
}

const FLAG = /^[01]$/;
/** Only 0 and 1: a yes/no flag (`diabetes` = 1), which a plural-looking name does not count. */
export function looksLikeFlags(values: readonly string[]): boolean {
  return shareMatching(values, FLAG) >= SHAPE_SHARE;
}

/** ISO dates and date-times, and day-first or month-first dates with a four-digit year. */
const DATE = /^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[./-]\d{1,2}[./-]\d{4})$/;
/** Dates: what an untyped column of them holds is a date, as a declared date type says (declared-type.ts). */
export function looksLikeDates(values: readonly string[]): boolean {
  return shareMatching(values, DATE) >= SHAPE_SHARE;
}

const KEY = /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
/** Integers or UUIDs: surrogate keys (`user` = 1042), which no name, email or login is. */
export function looksLikeKeys(values: readonly string[]): boolean {
  return shareMatching(values, KEY) >= SHAPE_SHARE;
}

const OPAQUE_ID = /^(?=[A-Za-z0-9_-]*\d)(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{8,64}$/;
/**
 * Share of generated ids a column needs: one value in ten may be a system account without digits
 * (Slack's `USLACKBOT` among `U023BECGF`s) or a legacy id, which no column of logins matches.
 */
const GENERATED_SHARE = 0.9;
/** An id scheme may have two fixed lengths (Slack's 9- and 11-character ids, an old and a new form). */
const GENERATED_LENGTHS = 2;
/**
 * Generated ids of one or two lengths mixing letters and digits: Slack's `U023BECGF`, MongoDB's
 * ObjectIds, cuids. A reference to a user (`messages.user`) holds them, never a login or a name:
 * those differ in length from one person to the next. (Tokens and hashes look the same, so this
 * says nothing against secrets.)
 */
export function looksLikeGeneratedIds(values: readonly string[]): boolean {
  // The most common lengths; at least GENERATED_SHARE of the values must be ids of one of them.
  const lengths = new Map<number, number>();
  for (const raw of values) {
    const length = raw.trim().length;
    if (length > 0) lengths.set(length, (lengths.get(length) ?? 0) + 1);
  }
  const common = new Set([...lengths.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, GENERATED_LENGTHS).map(([length]) => length));
  return shareMatching(values, (v) => common.has(v.length) && OPAQUE_ID.test(v)) >= GENERATED_SHARE;
}

/**
 * The leaf name is a plural noun (`medications`, `allergies`, `emails`): with count values it
 * names what is counted. Latin/Greek singulars in -is/-us and -ss words are not plurals.
 */
export function pluralLeaf(tokens: readonly string[]): boolean {
  const last = [...tokens].reverse().find((t) => !/^\d+$/.test(t));
  return last !== undefined && last.length > 3 && last.endsWith('s') && !/(?:ss|us|is)$/.test(last);
}

export type EvidenceByCategory = Map<CategoryId, CategoryEvidence>;

export function evidenceFor(map: EvidenceByCategory, id: CategoryId): CategoryEvidence {
  let e = map.get(id);
  if (!e) {
    e = emptyEvidence();
    map.set(id, e);
  }
  return e;
}
