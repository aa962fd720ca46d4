// Value detector: a Polish PESEL (ustawa o ewidencji ludności, art. 15): YYMMDD, a serial of
// four digits (the last one odd for men) and a check digit with weights 1-3-7-9 mod 10. The month
// carries the century: +80 for 1800-1899, +0 for 1900s, +20 for 2000s (+40/+60 for 2100-2299,
// not yet issued and refused here). A random 11-digit number passes the date and the check
// about one time in sixty, so a column of them scores far below the reporting threshold.
import type { ValueDetector } from '../../model/index.js';
import { allDigits, isCalendarDate, twoDigits, weightedSum } from '../validators/birth-date.js';

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** The century a PESEL month code stands for, or undefined for codes never issued. */
function centuryOf(monthCode: number): number | undefined {
  if (monthCode >= 81 && monthCode <= 92) return 1800;
  if (monthCode >= 1 && monthCode <= 12) return 1900;
  if (monthCode >= 21 && monthCode <= 32) return 2000;
  return undefined;
}

export function isPesel(value: string): boolean {
  if (value.length !== 11 || !allDigits(value)) return false;
  const monthCode = twoDigits(value, 2);
  const century = centuryOf(monthCode);
  if (century === undefined) return false;
  const month = monthCode % 20;
  if (!isCalendarDate(century + twoDigits(value, 0), month, twoDigits(value, 4))) return false;
  return (10 - (weightedSum(value, WEIGHTS) % 10)) % 10 === value.charCodeAt(10) - 48;
}

const detector: ValueDetector = {
  id: 'pl-pesel',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Polish PESEL number with a valid birth date and check digit.',
  scope: 'whole',
  strength: 0.85,
  prefilter: (value) => value.length === 11,
  match: (value) => (isPesel(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
