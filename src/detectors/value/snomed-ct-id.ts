// Value detector: a SNOMED CT concept identifier (SCTID), the code of a diagnosis, procedure,
// finding or substance in a clinical record. SNOMED CT Technical Implementation Guide §6.6
// ("SCTID"): 6 to 18 digits, no leading zero, the last digit a Verhoeff check digit, the two
// before it the partition identifier: 00 a core concept, 10 a concept in an extension
// (Synthea's US-extension 428211000124100). A random number passes both about once in 500.
import type { ValueDetector } from '../../model/index.js';
import { passesVerhoeff } from '../validators/verhoeff.js';

const SCTID = /^[1-9]\d{5,17}$/;
const CONCEPT_PARTITIONS = new Set(['00', '10']);

const detector: ValueDetector = {
  id: 'snomed-ct-id',
  kind: 'value',
  categories: ['special.health'],
  description: 'SNOMED CT concept id: 6-18 digits, concept partition 00/10, Verhoeff check digit.',
  scope: 'whole',
  // Also the key of a terminology table, which holds no one's health: a column of concept ids
  // alone is just above the threshold, and a clinical name or dataset raises it.
  strength: 0.6,
  contradicts: { weakChecks: true, minShare: 0.5, reason: 'values: mostly SNOMED CT concept ids, so the digit check passes by chance' },
  prefilter: (value) => value.length >= 6 && value.length <= 18,
  match(value) {
    if (!SCTID.test(value)) return undefined;
    if (!CONCEPT_PARTITIONS.has(value.slice(-3, -1))) return undefined;
    return passesVerhoeff(value) ? { category: 'special.health' } : undefined;
  },
};

export default detector;
