// Value detector: a Singapore NRIC or FIN (ICA): a prefix letter (S/T citizens and permanent
// residents born before/from 2000, F/G foreigners), seven digits and a check letter, the digits
// weighted 2 7 6 5 4 3 2 (+4 for T and G) mod 11 looked up in the prefix's letter table. The
// M series (FIN from 2022) uses a table not checked here and is left out rather than guessed.
import type { ValueDetector } from '../../model/index.js';
import { allDigits, weightedSum } from '../validators/birth-date.js';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2];
const CITIZEN_LETTERS = 'JZIHGFEDCBA';
const FOREIGNER_LETTERS = 'XWUTRQPNMLK';

export function isNric(value: string): boolean {
  if (value.length !== 9) return false;
  const prefix = value[0].toUpperCase();
  if (!'STFG'.includes(prefix) || !allDigits(value.slice(1, 8))) return false;
  const sum = weightedSum(value, WEIGHTS, 1) + (prefix === 'T' || prefix === 'G' ? 4 : 0);
  const letters = prefix === 'S' || prefix === 'T' ? CITIZEN_LETTERS : FOREIGNER_LETTERS;
  return letters[sum % 11] === value[8].toUpperCase();
}

const detector: ValueDetector = {
  id: 'sg-nric',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Singapore NRIC or FIN (S/T/F/G series) with a valid check letter.',
  scope: 'whole',
  strength: 0.85,
  prefilter: (value) => value.length === 9,
  match: (value) => (isNric(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
