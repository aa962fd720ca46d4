// Name detector: generic columns (code, description, reason, value) of a clinical table that
// links to a person hold that person's health data (special.health), though their names alone
// say nothing.
import type { NameDetector } from '../../model/index.js';
import { clinicalDatasetWord, isClinicalContentName, personLink } from '../lexicon/clinical.js';

/**
 * Weaker than a health word in the name itself (0.88): the dataset context is inferred from two
 * names, and a value detector (SNOMED CT, LOINC, drug strengths) usually confirms it.
 */
const CONFIDENCE = 0.75;

const detector: NameDetector = {
  id: 'clinical-context-name',
  kind: 'name',
  categories: ['special.health'],
  description: 'Generic columns (code, description, reason, value) of a clinical table (conditions, medications, Impfungen...) that has a patient or member column.',
  readsContext: true,
  match(name) {
    if (name.dataset === undefined || name.siblings === undefined) return undefined;
    if (!isClinicalContentName(name.tokens)) return undefined;
    const clinical = clinicalDatasetWord(name.dataset);
    if (clinical === undefined) return undefined;
    const link = personLink(name.siblings, name.raw);
    if (link === undefined) return undefined;
    return { category: 'special.health', confidence: CONFIDENCE, reason: `clinical dataset ("${clinical}") with a person column (${link})` };
  },
};

export default detector;
