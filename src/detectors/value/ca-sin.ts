// Value detector: a Canadian Social Insurance Number (Employment and Social Development Canada,
// SIN Code of Practice): nine digits written NNN NNN NNN or NNN-NNN-NNN, the last a Luhn check
// digit (stdnum ca.sin). The first digit is the province of registration, 1-7, or 9 for a
// temporary resident; 0 and 8 are never given to people. One nine-digit number in ten passes
// Luhn and it carries no date: a weak check, counting only when most of a column passes.
import type { ValueDetector } from '../../model/index.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^[1-79]\d{2}([ -]?)\d{3}\1\d{3}$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/ca/sin.js'));

export function isSin(value: string): boolean {
  return SHAPE.test(value) && valid(value.replace(/[ -]/g, ''));
}

const detector: ValueDetector = {
  id: 'ca-sin',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Canadian Social Insurance Number: nine digits, province digit 1-7 or 9, Luhn check; weak without a name.',
  scope: 'whole',
  strength: 0.55,
  weakCheck: true,
  prefilter: (value) => value.length === 9 || value.length === 11,
  match: (value) => (isSin(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
