// Value detector: an Indian Aadhaar number (UIDAI): twelve digits, the first 2-9, the last a
// Verhoeff check digit; printed as NNNN NNNN NNNN. One random number in ten passes and it
// carries no date, so it is weak alone (a column counts only when most of its values pass), and
// a column of SNOMED CT concept ids, which share the Verhoeff digit, is not read as Aadhaar
// (classify-field's WEAK_DIGIT_CHECKS).
import type { ValueDetector } from '../../model/index.js';
import { passesVerhoeff } from '../validators/verhoeff.js';
import { allDigits } from '../validators/birth-date.js';

export function isAadhaar(value: string): boolean {
  let digits = value;
  if (value.length === 14) {
    if (value[4] !== ' ' || value[9] !== ' ') return false;
    digits = value.slice(0, 4) + value.slice(5, 9) + value.slice(10);
  }
  if (digits.length !== 12 || !allDigits(digits) || digits.charCodeAt(0) < 50) return false;
  return passesVerhoeff(digits);
}

const detector: ValueDetector = {
  id: 'in-aadhaar',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Indian Aadhaar number: twelve digits, first 2-9, Verhoeff check digit; weak without a name.',
  scope: 'whole',
  strength: 0.6,
  weakCheck: true,
  prefilter: (value) => value.length === 12 || value.length === 14,
  match: (value) => (isAadhaar(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
