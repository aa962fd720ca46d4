// Name detector: generic columns (code, description, reason, value) of a clinical table that
// links to a person hold that person's health data (special.health), though their names alone
// say nothing; so do the measurements and findings of an examination (weight, pulse, abdomen).
import type { FieldName, NameDetector, NameHit } from '../../model/index.js';
import { clinicalDatasetWord, clinicalRecordLink, isClinicalContentName, patientLink, personLink } from '../lexicon/clinical.js';
import { bodySiblings, demographicRows, examDatasetWord, gluedMeasureWord, healthSiblings, isMeasurementName, perFieldList } from '../lexicon/clinical-exam.js';
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
/** Health-term siblings that make a patient's table clinical without a clinical name (one could be a stray flag). */
const MIN_HEALTH_SIBLINGS = 2;
/**
 * A table keyed by a user or member rather than a patient or clinical record needs one more: a
 * profile's `smoker` and `drinker` are habits it shows, and its `height` no examination's.
 */
const MIN_HEALTH_SIBLINGS_OF_USERS = 3;
/** Health columns that make a table of people without any key (a cohort's CSV: `male`, `age`) a clinical one. */
const MIN_HEALTH_SIBLINGS_WITHOUT_KEY = 3;
/** A health term standing on its own (not a bare `bp` that needs context), as health-name reports it. */
const STANDALONE_HEALTH = 0.75;

/** Whether a column's own name is a health term (`diabetes`, `blood_pressure`), read the way health-name reads it. */
function isHealthName(raw: string): boolean {
  const leaf = splitPath(raw).filter((s) => s.trim() !== '').pop() ?? raw;
  const hit = matchLexicon({ raw, tokens: tokenizeIdentifier(leaf), parentTokens: [] }, HEALTH);
  return hit !== undefined && hit.confidence >= STANDALONE_HEALTH;
}

/**
 * A `person_id` or `subject_id` column: how clinical data models (OMOP, MIMIC, study exports) key
 * their rows; a school's or a website's rows are keyed by students and users instead.
 */
const subjectKey = perFieldList((siblings) => siblings.some((raw) => /^(person|subject)[_-]?id$/i.test(raw.split('.').at(-1) ?? raw)));

/** The health columns of a field list as a set, once per list (a membership test per field, not a scan). */
const healthSet = perFieldList((siblings) => new Set(healthSiblings(siblings, isHealthName)));

/** The health and body-finding columns of a field list, once per list. */
const examEvidence = perFieldList((siblings) => new Set([...healthSiblings(siblings, isHealthName), ...bodySiblings(siblings)]));

/** Why the dataset is clinical for this field, with the confidence that context earns, or undefined. */
function clinicalContext(name: FieldName, siblings: readonly string[], content: boolean): { why: string; confidence: number } | undefined {
  const dataset = name.dataset ?? '';
  const clinical = clinicalDatasetWord(dataset);
  if (clinical !== undefined) return { why: `clinical dataset ("${clinical}")`, confidence: CONFIDENCE };
  const healthColumns = healthSet(siblings);
  const health = healthColumns.size - (healthColumns.has(name.raw) ? 1 : 0);
  const exam = examDatasetWord(dataset);
  if (exam !== undefined && !exam.ambiguous) return { why: `examination dataset ("${exam.word}")`, confidence: CONFIDENCE };
  // A school `exam` or a web `visit` has students and users, not patients, and no health columns.
  if (exam !== undefined && (patientLink(siblings) || subjectKey(siblings) || health > 0)) {
    return { why: `examination dataset ("${exam.word}") of patients`, confidence: AMBIGUOUS_EXAM_CONFIDENCE };
  }
  // A generic `notes` or `value` beside health columns may be about anything; a `weight` or `pulse` is the body's.
  // Body-specific findings count too: a table of `garganta`, `abdominal`, `pulse` columns is an examination.
  const evidence = examEvidence(siblings);
  const needed = patientLink(siblings) || clinicalRecordLink(siblings) ? MIN_HEALTH_SIBLINGS : MIN_HEALTH_SIBLINGS_OF_USERS;
  if (!content && evidence.size - (evidence.has(name.raw) ? 1 : 0) >= needed) {
    const beside = [...evidence].filter((s) => s !== name.raw).slice(0, 2);
    return { why: `health columns beside it (${beside.join(', ')})`, confidence: SIBLING_CONFIDENCE };
  }
  return undefined;
}

/** A single-token health term (`hernias`, `asma`), for a word glued after a section code. */
const isHealthWord = (word: string): boolean => isHealthName(word);

/** The field is a measurement or finding, also after a section code glued to it (`efcorazon`, `cbpeso`). */
function measurementName(tokens: readonly string[]): boolean {
  if (isMeasurementName(tokens)) return true;
  if (tokens.length !== 1) return false;
  return gluedMeasureWord(tokens[0], isHealthWord) !== undefined;
}

/**
 * The person the rows belong to: a person or record key, or, for a table of people without one
 * (a study's CSV), age and sex columns, if it also has several health columns.
 */
function rowOwner(name: FieldName, siblings: readonly string[]): string | undefined {
  const link = personLink(siblings, name.raw);
  if (link !== undefined) return link;
  if (!demographicRows(siblings)) return undefined;
  const health = healthSet(siblings);
  return health.size - (health.has(name.raw) ? 1 : 0) >= MIN_HEALTH_SIBLINGS_WITHOUT_KEY ? 'age and sex columns' : undefined;
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
    if (!content && !measurementName(name.tokens)) return undefined;
    const link = rowOwner(name, name.siblings);
    if (link === undefined) return undefined;
    const context = clinicalContext(name, name.siblings, content);
    if (context === undefined) return undefined;
    return { category: 'special.health', confidence: context.confidence, reason: `${context.why} with a person column (${link})` };
  },
};

export default detector;
