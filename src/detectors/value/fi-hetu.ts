// Value detector: a Finnish henkilötunnus (DVV; Väestötietolaki 128/2010 and the 2023 added
// century signs): DDMMYY, a century sign ('+' 1800s; '-' or Y X W V U 1900s; A B C D E F
// 2000s), an individual number 002-999 and a check character, the nine digits mod 31 looked up
// in 0-9 and the letters without G I O Q Z.
import type { ValueDetector } from '../../model/index.js';
import { allDigits, isCalendarDate, twoDigits } from '../validators/birth-date.js';

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

function centuryOf(sign: string): number | undefined {
  if (sign === '+') return 1800;
  if ('-YXWVU'.includes(sign)) return 1900;
  if ('ABCDEF'.includes(sign)) return 2000;
  return undefined;
}

export function isHetu(value: string): boolean {
  if (value.length !== 11) return false;
  const century = centuryOf(value[6]);
  const digits = value.slice(0, 6) + value.slice(7, 10);
  if (century === undefined || !allDigits(digits)) return false;
  if (!isCalendarDate(century + twoDigits(value, 4), twoDigits(value, 2), twoDigits(value, 0))) return false;
  if (Number(value.slice(7, 10)) < 2) return false;
  return CHECK_CHARACTERS[Number(digits) % 31] === value[10].toUpperCase();
}

const detector: ValueDetector = {
  id: 'fi-hetu',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Finnish personal identity code (henkilötunnus) with a valid date and check character.',
  scope: 'whole',
  strength: 0.9,
  prefilter: (value) => value.length === 11,
  match: (value) => (isHetu(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
