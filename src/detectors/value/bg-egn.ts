// Value detector: a Bulgarian ЕГН (Единен граждански номер; Закон за гражданската регистрация
// чл. 10): YYMMDD (+20 on the month for the 1800s, +40 for the 2000s), a three-digit serial and
// a check digit, the first nine weighted 2 4 8 5 10 9 7 3 6 mod 11 (10 counts as 0).
import type { ValueDetector } from '../../model/index.js';
import { allDigits, isCalendarDate, twoDigits, weightedSum } from '../validators/birth-date.js';

const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6];

export function isEgn(value: string): boolean {
  if (value.length !== 10 || !allDigits(value)) return false;
  const monthCode = twoDigits(value, 2);
  const century = monthCode > 40 ? 2000 : monthCode > 20 ? 1800 : 1900;
  if (!isCalendarDate(century + twoDigits(value, 0), monthCode % 20, twoDigits(value, 4))) return false;
  if (monthCode > 52) return false;
  return (weightedSum(value, WEIGHTS) % 11) % 10 === value.charCodeAt(9) - 48;
}

const detector: ValueDetector = {
  id: 'bg-egn',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Bulgarian uniform civil number (EGN) with a valid date and check digit.',
  scope: 'whole',
  strength: 0.7,
  prefilter: (value) => value.length === 10,
  match: (value) => (isEgn(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
