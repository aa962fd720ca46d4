// Value detector: a South African identity number (Identification Act 68 of 1997; Home
// Affairs): YYMMDD, a four-digit sequence (0000-4999 female, 5000-9999 male), a citizenship
// digit (0 citizen, 1 permanent resident, 2 refugee), a digit formerly used for race (now 8 or
// 9) and a Luhn check digit over all thirteen.
import type { ValueDetector } from '../../model/index.js';
import { isLuhnValid } from '../validators/luhn.js';
import { allDigits, isCalendarDate, twoDigits } from '../validators/birth-date.js';

export function isZaIdNumber(value: string): boolean {
  if (value.length !== 13 || !allDigits(value)) return false;
  const citizenship = value.charCodeAt(10) - 48;
  if (citizenship > 2) return false;
  const yy = twoDigits(value, 0);
  const month = twoDigits(value, 2);
  const day = twoDigits(value, 4);
  if (!isCalendarDate(1900 + yy, month, day) && !isCalendarDate(2000 + yy, month, day)) return false;
  return isLuhnValid(value);
}

const detector: ValueDetector = {
  id: 'za-id-number',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'South African identity number with a valid date, citizenship digit and Luhn check.',
  scope: 'whole',
  strength: 0.85,
  prefilter: (value) => value.length === 13,
  match: (value) => (isZaIdNumber(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
