// Value detector: an ABO blood group with its Rh(D) factor ("A+", "O-", "AB Rh+", "0 Rh negativ",
// "B positive", "A pos"), as transfusion records and health forms write it (ISBT 128 labels the
// same pairs). A group without its Rh sign ("A", "AB") is a grade or a label, never matched; a
// column of grades ("A+", "B-") has no O and no AB, which every real population has.
import type { ValueDetector } from '../../model/index.js';
import { countPassing, nonEmpty } from '../validators/column.js';

const BLOOD_GROUP =
  /^(AB|A|B|O|0)\s*(?:Rh\s*\(?D?\)?\s*)?(\+|-|−|pos(?:itive|itiv|itif|itivo)?|neg(?:ative|ativ|atif|ativo)?)$/i;

/** Fewer distinct groups than this are a constant or a code, not people's blood groups. */
const MIN_DISTINCT = 2;

const detector: ValueDetector = {
  id: 'blood-group',
  kind: 'value',
  categories: ['special.health'],
  description: 'ABO blood group with Rh factor (A+, O-, AB Rh+, 0 Rh negativ); a column needs an O or AB group, which grade columns lack.',
  scope: 'whole',
  strength: 0.8,
  prefilter: (value) => value.length >= 2 && value.length <= 20,
  match(value) {
    return value.length <= 20 && BLOOD_GROUP.test(value) ? { category: 'special.health' } : undefined;
  },
  column(values) {
    const present = nonEmpty(values);
    const groups = (v: string): string => (BLOOD_GROUP.exec(v)?.[1] ?? '').toUpperCase().replace('0', 'O');
    const { distinct } = countPassing(present, (v) => v.length <= 20 && BLOOD_GROUP.test(v), (v) => v.toUpperCase().replace(/\s+/g, ''));
    if (distinct < MIN_DISTINCT) return `only ${distinct} distinct blood group, a constant rather than people's groups`;
    if (!present.some((v) => v.length <= 20 && ['O', 'AB'].includes(groups(v)))) return 'no O or AB group, so the values read as grades';
    return undefined;
  },
};

export default detector;
