// Turns name hits and value-match counts into one confidence per category. Kept apart from the
// profiler so the arithmetic is testable and tunable by the accuracy benchmark.
import type { CategoryId } from '../model/taxonomy.js';

export interface CategoryEvidence {
  /** Strongest name hit, 0..1. */
  name: number;
  nameReasons: string[];
  nameDetectors: Set<string>;
  /** Best whole-value evidence: strength × match share. */
  value: number;
  /** Best embedded (free-text) evidence, 0..1. */
  embedded: number;
  /** Strength of the strongest value detector that could have matched this category. */
  valueDetectable: number;
  matched: number;
  sampled: number;
  embeddedMatched: number;
  valueDetectors: Set<string>;
  valueReasons: string[];
  embeddedDetectors: Set<string>;
  embeddedReasons: string[];
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
  };
}

/** Share of non-empty values that must match before a whole-value column counts in full. */
const FULL_SHARE = 0.8;
/**
 * Categories whose values have one checkable format, so a column that never matches the value
 * check contradicts its name. Passwords (plaintext never matches the hash check), dates of birth
 * (many formats) or names are deliberately absent.
 */
const CANONICAL_FORMAT: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'contact.email',
  'online.ip_address',
  'online.mac_address',
  'financial.iban',
  'financial.card_number',
]);

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

/**
 * Noisy-OR of name and value evidence. A strong name contradicted by its own strong value check
 * (a column named `phone` whose values are never phone numbers) is halved.
 */
export function combineConfidence(id: CategoryId, e: CategoryEvidence): number {
  let name = e.name;
  const contradicted =
    CANONICAL_FORMAT.has(id) && e.sampled >= MIN_SAMPLED_TO_CONTRADICT && e.matched / e.sampled < 0.05 && e.embedded === 0;
  if (contradicted) name *= 0.5;
  const value = Math.max(e.value, e.embedded);
  const combined = 1 - (1 - name) * (1 - value);
  return Math.round(combined * 1000) / 1000;
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
