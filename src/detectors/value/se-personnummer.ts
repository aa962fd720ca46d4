// Value detector: a Swedish personnummer or samordningsnummer (Skatteverket SKV 704): YYMMDD,
// a three-digit serial and a Luhn check digit over those nine digits, written YYMMDD-NNNC ('+'
// once the holder is 100), or with the century as YYYYMMDD[-]NNNC. Coordination numbers add 60
// to the day. The date must be a calendar day: Luhn alone passes one random number in ten.
import type { ValueDetector } from '../../model/index.js';
import { isLuhnValid } from '../validators/luhn.js';
import { allDigits, isCalendarDate, twoDigits } from '../validators/birth-date.js';

/** True when MMDD at `start` is a day of `year` (or, without a century, of 1900+yy or 2000+yy). */
function hasBirthDate(digits: string, start: number, year: number | undefined): boolean {
  const month = twoDigits(digits, start);
  let day = twoDigits(digits, start + 2);
  if (day > 60) day -= 60;
  if (year !== undefined) return isCalendarDate(year, month, day);
  const yy = twoDigits(digits, start - 2);
  return isCalendarDate(1900 + yy, month, day) || isCalendarDate(2000 + yy, month, day);
}

/** The ten digits YYMMDDNNNC with the date checked, or undefined when not a personnummer. */
export function personnummerDigits(value: string): string | undefined {
  const n = value.length;
  const separated = n === 11 || n === 13;
  if (n !== 10 && n !== 11 && n !== 12 && n !== 13) return undefined;
  let digits = value;
  if (separated) {
    const sep = value.charCodeAt(n - 5);
    if (sep !== 45 && sep !== 43) return undefined;
    digits = value.slice(0, n - 5) + value.slice(n - 4);
  }
  if (!allDigits(digits)) return undefined;
  if (digits.length === 12) {
    const century = twoDigits(digits, 0);
    if (century < 18 || century > 20) return undefined;
    if (!hasBirthDate(digits, 4, century * 100 + twoDigits(digits, 2))) return undefined;
    digits = digits.slice(2);
  } else if (!hasBirthDate(digits, 2, undefined)) return undefined;
  return isLuhnValid(digits) ? digits : undefined;
}

const detector: ValueDetector = {
  id: 'se-personnummer',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Swedish personal identity or coordination number with a valid date and Luhn digit.',
  scope: 'whole',
  strength: 0.7,
  prefilter: (value) => value.length >= 10 && value.length <= 13,
  match: (value) => (personnummerDigits(value) === undefined ? undefined : { category: 'government.national_id' }),
};

export default detector;
