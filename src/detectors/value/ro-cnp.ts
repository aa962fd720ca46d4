// Value detector: a Romanian Cod Numeric Personal (Legea 119/1996, HG 1375/2006): S YY MM DD
// JJ NNN C, where S gives sex and century (1/2 1900s, 3/4 1800s, 5/6 2000s, 7/8 residents, 9
// foreigners), JJ the county (01-52), NNN 001-999, and C the digit sum weighted 279146358279
// mod 11 (10 counts as 1).
import type { ValueDetector } from '../../model/index.js';
import { allDigits, isCalendarDate, twoDigits, weightedSum } from '../validators/birth-date.js';

const WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];

/** Possible birth centuries for the first digit (residents and foreigners do not carry one). */
function centuriesOf(first: number): readonly number[] {
  if (first === 1 || first === 2) return [1900];
  if (first === 3 || first === 4) return [1800];
  if (first === 5 || first === 6) return [2000];
  if (first >= 7) return [1900, 2000];
  return [];
}

export function isCnp(value: string): boolean {
  if (value.length !== 13 || !allDigits(value)) return false;
  const month = twoDigits(value, 3);
  const day = twoDigits(value, 5);
  const yy = twoDigits(value, 1);
  if (!centuriesOf(value.charCodeAt(0) - 48).some((c) => isCalendarDate(c + yy, month, day))) return false;
  const county = twoDigits(value, 7);
  if (county < 1 || county > 52 || Number(value.slice(9, 12)) === 0) return false;
  const remainder = weightedSum(value, WEIGHTS) % 11;
  return (remainder === 10 ? 1 : remainder) === value.charCodeAt(12) - 48;
}

const detector: ValueDetector = {
  id: 'ro-cnp',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Romanian personal numeric code (CNP) with a valid date, county and check digit.',
  scope: 'whole',
  strength: 0.9,
  prefilter: (value) => value.length === 13,
  match: (value) => (isCnp(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
