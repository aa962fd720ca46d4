// Value detector: a Norwegian fødselsnummer or D-number (Skatteetaten, folkeregisterforskriften
// § 2-2-1): DDMMYY, an individual number whose range gives the century, and two mod-11 check
// digits (a remainder of 10 means the number is never issued). D-numbers add 40 to the day,
// H-numbers 40 to the month. Two check digits and the date leave about one random 11-digit
// number in four hundred.
import type { ValueDetector } from '../../model/index.js';
import { allDigits, isCalendarDate, twoDigits, weightedSum } from '../validators/birth-date.js';

const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** The mod-11 check digit for the weights, or -1 when the remainder leaves none. */
function checkDigit(value: string, weights: readonly number[]): number {
  const digit = 11 - (weightedSum(value, weights) % 11);
  return digit === 11 ? 0 : digit === 10 ? -1 : digit;
}

/** The birth year from the two-digit year and the individual number (the Folkeregister table). */
function yearOf(yy: number, individual: number): number | undefined {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (yy <= 39) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return undefined;
}

export function isFodselsnummer(value: string): boolean {
  if (value.length !== 11 || !allDigits(value)) return false;
  let day = twoDigits(value, 0);
  let month = twoDigits(value, 2);
  if (day > 40) day -= 40;
  if (month > 40) month -= 40;
  const year = yearOf(twoDigits(value, 4), Number(value.slice(6, 9)));
  if (year === undefined || !isCalendarDate(year, month, day)) return false;
  return checkDigit(value, FIRST_WEIGHTS) === value.charCodeAt(9) - 48 && checkDigit(value, SECOND_WEIGHTS) === value.charCodeAt(10) - 48;
}

const detector: ValueDetector = {
  id: 'no-fodselsnummer',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Norwegian national identity number (fødselsnummer or D-number) with a valid date and both check digits.',
  scope: 'whole',
  strength: 0.9,
  prefilter: (value) => value.length === 11,
  match: (value) => (isFodselsnummer(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
