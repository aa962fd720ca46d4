// Value detector: a Turkish T.C. Kimlik No (Nüfus ve Vatandaşlık İşleri): eleven digits, no
// leading zero, the tenth digit (7 × odd-position sum − even-position sum) mod 10 and the
// eleventh the sum of the first ten mod 10. It carries no date, so two check digits are all
// that separate it from a random number: one in a hundred passes, and the strength is set so
// that a column counts only when most of its values pass.
import type { ValueDetector } from '../../model/index.js';
import { allDigits } from '../validators/birth-date.js';

export function isTcKimlik(value: string): boolean {
  if (value.length !== 11 || value.charCodeAt(0) === 48 || !allDigits(value)) return false;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < 9; i++) {
    if (i % 2 === 0) odd += value.charCodeAt(i) - 48;
    else even += value.charCodeAt(i) - 48;
  }
  const tenth = value.charCodeAt(9) - 48;
  if ((((odd * 7 - even) % 10) + 10) % 10 !== tenth) return false;
  return (odd + even + tenth) % 10 === value.charCodeAt(10) - 48;
}

const detector: ValueDetector = {
  id: 'tr-tc-kimlik',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Turkish identity number (T.C. Kimlik No) with both check digits.',
  scope: 'whole',
  strength: 0.7,
  prefilter: (value) => value.length === 11,
  match: (value) => (isTcKimlik(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
