// Value detector: a Chinese resident identity card number (GB 11643-1999): a six-digit address
// code whose first two digits are a province, the birth date YYYYMMDD, a three-digit sequence and
// an ISO 7064 MOD 11-2 check character (X for 10).
import type { ValueDetector } from '../../model/index.js';
import { allDigits, isCalendarDate, twoDigits, weightedSum } from '../validators/birth-date.js';

/** Weights 2^(17-i) mod 11 of ISO 7064 MOD 11-2 over 17 digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Province-level codes of GB/T 2260 (incl. Taiwan, Hong Kong, Macau). */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]);

export function isResidentId(value: string): boolean {
  if (value.length !== 18 || !allDigits(value.slice(0, 17))) return false;
  if (!PROVINCES.has(twoDigits(value, 0))) return false;
  const century = twoDigits(value, 6);
  if (century !== 19 && century !== 20) return false;
  if (!isCalendarDate(century * 100 + twoDigits(value, 8), twoDigits(value, 10), twoDigits(value, 12))) return false;
  const check = (12 - (weightedSum(value, WEIGHTS) % 11)) % 11;
  const last = value[17];
  return check === 10 ? last === 'X' || last === 'x' : last === String(check);
}

const detector: ValueDetector = {
  id: 'cn-resident-id',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Chinese resident identity card number with a valid province, date and check character.',
  scope: 'whole',
  strength: 0.9,
  prefilter: (value) => value.length === 18,
  match: (value) => (isResidentId(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
