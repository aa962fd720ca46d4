// Value detector: a UK NHS number (England, Wales, Isle of Man; CHI numbers of Scotland share the
// check): ten digits, usually written 3-3-4 with spaces or dashes, the last a mod-11 check digit
// over the first nine weighted 10 down to 2 (a remainder that would need a check digit of 10 makes
// the number invalid). One check digit lets about one random number in eleven pass, so the
// strength is set so that a column counts only when most of its values pass.
import type { ValueDetector } from '../../model/index.js';

/** Ten digits, optionally grouped 3-3-4 by single spaces or dashes. */
const SHAPE = /^\d{3}([ -]?)\d{3}\1\d{4}$/;

export function isNhsNumber(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  const digits = value.replace(/[ -]/g, '');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === digits.charCodeAt(9) - 48;
}

const detector: ValueDetector = {
  id: 'uk-nhs-number',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'UK NHS number (ten digits, 3-3-4, mod-11 check digit).',
  scope: 'whole',
  strength: 0.6,
  prefilter: (value) => value.length >= 10 && value.length <= 12,
  match: (value) => (isNhsNumber(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
