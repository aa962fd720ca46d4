// Value detector: an Estonian personal identification code (isikukood, Population Register Act
// §5) or a Lithuanian personal code (asmens kodas), one scheme (EVS 585:2007; LST 1185): GYYMMDD
// NNN C, the first digit 1-6 giving sex and century, a valid birth date, and a two-pass mod-11
// check digit. stdnum's lt.asmens runs the same check as its ee.ik and checks the date too
// (ee.ik does not), so both countries' numbers go through it.
import type { ValueDetector } from '../../model/index.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^[1-6]\d{10}$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/lt/asmens.js'));

export function isBalticPersonalCode(value: string): boolean {
  return SHAPE.test(value) && valid(value);
}

const detector: ValueDetector = {
  id: 'ee-lt-personal-code',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Estonian isikukood or Lithuanian asmens kodas: century digit, valid date, mod-11 check digit.',
  scope: 'whole',
  strength: 0.8,
  prefilter: (value) => value.length === 11,
  match: (value) => (isBalticPersonalCode(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
