// Value detector: a Belgian national register number (rijksregisternummer / numéro de registre
// national; KB 3 april 1984) or BIS number: YYMMDD, a serial 001-997 and a check number 97 -
// (first nine digits mod 97), with a 2 prefixed for births from 2000. Written bare or as
// YY.MM.DD-SSS.CC. Month or day 00 mean an unknown birth date; BIS numbers add 20 or 40 to the
// month. Otherwise the date must be a day of the century the check selects.
import type { ValueDetector } from '../../model/index.js';
import { allDigits, isCalendarDate, twoDigits } from '../validators/birth-date.js';

/** YY.MM.DD-SSS.CC → the eleven digits, or the value itself when already bare. */
function bareDigits(value: string): string | undefined {
  if (value.length === 11) return value;
  if (value.length !== 15 || value[2] !== '.' || value[5] !== '.' || value[8] !== '-' || value[12] !== '.') return undefined;
  return value.slice(0, 2) + value.slice(3, 5) + value.slice(6, 8) + value.slice(9, 12) + value.slice(13);
}

/** True when the date part is an unknown date or a day of `century` + YY. */
function hasBirthDate(digits: string, century: number): boolean {
  const monthCode = twoDigits(digits, 2);
  if (monthCode % 20 > 12 || monthCode > 52) return false;
  const month = monthCode % 20;
  const day = twoDigits(digits, 4);
  if (month === 0 || day === 0) return day <= 31;
  return isCalendarDate(century + twoDigits(digits, 0), month, day);
}

export function isRijksregisternummer(value: string): boolean {
  const digits = bareDigits(value);
  if (digits === undefined || !allDigits(digits)) return false;
  const serial = Number(digits.slice(6, 9));
  if (serial < 1 || serial > 997) return false;
  const first9 = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  if (97 - (first9 % 97) === check && hasBirthDate(digits, 1900)) return true;
  return 97 - ((2_000_000_000 + first9) % 97) === check && hasBirthDate(digits, 2000);
}

const detector: ValueDetector = {
  id: 'be-rijksregisternummer',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Belgian national register or BIS number with a valid date and mod-97 check.',
  scope: 'whole',
  strength: 0.85,
  prefilter: (value) => value.length === 11 || value.length === 15,
  match: (value) => (isRijksregisternummer(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
