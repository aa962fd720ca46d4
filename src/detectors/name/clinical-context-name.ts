// Name detector: generic columns (code, description, reason, value) of a clinical table that
// links to a person hold that person's health data (special.health), though their names alone
// say nothing; so do the measurements and findings of an examination (weight, pulse, abdomen).
import type { FieldName, NameDetector, NameHit } from '../../model/index.js';
import { clinicalDatasetWord, isClinicalContentName, patientLink, personLink } from '../lexicon/clinical.js';
import { examDatasetWord, healthSiblings, isMeasurementName } from '../lexicon/clinical-exam.js';
import { HEALTH } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';
import { splitPath, tokenizeIdentifier } from '../../util/tokenize.js';

/**
 * Weaker than a health word in the name itself (0.88): the dataset context is inferred from two
 * names, and a value detector (SNOMED CT, LOINC, drug strengths) usually confirms it.
 */
const CONFIDENCE = 0.75;
/** An examination word that is also a school exam or a web visit, made clinical by its siblings. */
const AMBIGUOUS_EXAM_CONFIDENCE = 0.7;
/** No clinical table name at all: only sibling columns that are health terms say what the rows are. */
const SIBLING_CONFIDENCE = 0.65;
/** Health-term siblings that make a table clinical without a clinical name (one could be a stray flag). */
const MIN_HEALTH_SIBLINGS = 2;
/** A health term standing on its own (not a bare `bp` that needs context), as health-name reports it. */
const STANDALONE_HEALTH = 0.75;

/** Whether a column's own name is a health term (`diabetes`, `blood_pressure`), read the way health-name reads it. */
function isHealthName(raw: string): boolean {
  const leaf = splitPath(raw).filter((s) => s.trim() !== '').pop() ?? raw;
  const hit = matchLexicon({ raw, tokens: tokenizeIdentifier(leaf), parentTokens: [] }, HEALTH);
  return hit !== undefined && hit.confidence >= STANDALONE_HEALTH;
}

/** Why the dataset is clinical for this field, with the confidence that context earns, or undefined. */
function clinicalContext(name: FieldName, siblings: readonly string[], content: boolean): { why: string; confidence: number } | undefined {
  const dataset = name.dataset ?? '';
  const clinical = clinicalDatasetWord(dataset);
  if (clinical !== undefined) return { why: `clinical dataset ("${clinical}")`, confidence: CONFIDENCE };
  const health = healthSiblings(siblings, isHealthName).filter((s) => s !== name.raw);
  const exam = examDatasetWord(dataset);
  if (exam !== undefined && !exam.ambiguous) return { why: `examination dataset ("${exam.word}")`, confidence: CONFIDENCE };
  // A school `exam` or a web `visit` has students and users, not patients, and no health columns.
  if (exam !== undefined && (patientLink(siblings) || health.length > 0)) {
    return { why: `examination dataset ("${exam.word}") of patients`, confidence: AMBIGUOUS_EXAM_CONFIDENCE };
  }
  // A generic `notes` or `value` beside health columns may be about anything; a `weight` or `pulse` is the body's.
  if (!content && health.length >= MIN_HEALTH_SIBLINGS) {
    return { why: `health columns beside it (${health.slice(0, 2).join(', ')})`, confidence: SIBLING_CONFIDENCE };
  }
  return undefined;
}

const detector: NameDetector = {
  id: 'clinical-context-name',
  kind: 'name',
  categories: ['special.health'],
  description: 'Generic columns (code, description, reason, value) and examination measurements (weight, pulse, findings) of a clinical table (conditions, vitals, Untersuchungen...) that has a patient or member column.',
  readsContext: true,
  match(name): NameHit | undefined {
    if (name.dataset === undefined || name.siblings === undefined) return undefined;
    const content = isClinicalContentName(name.tokens);
    if (!content && !isMeasurementName(name.tokens)) return undefined;
    const link = personLink(name.siblings, name.raw);
    if (link === undefined) return undefined;
    const context = clinicalContext(name, name.siblings, content);
    if (context === undefined) return undefined;
    return { category: 'special.health', confidence: context.confidence, reason: `${context.why} with a person column (${link})` };
  },
};

export default detector;
