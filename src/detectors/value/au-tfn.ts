// Value detector: an Australian Tax File Number (Australian Taxation Office): eight or nine
// digits written NNN NNN NNN, weighted mod-11 over the whole number (stdnum au.tfn). One number
// of the right length in eleven passes and it carries no date: a weak check, counting only when
// most of a column passes.
import type { ValueDetector } from '../../model/index.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^\d{3}([ -]?)\d{3}\1\d{2,3}$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/au/tfn.js'));

export function isTfn(value: string): boolean {
  return SHAPE.test(value) && valid(value.replace(/[ -]/g, ''));
}

const detector: ValueDetector = {
  id: 'au-tfn',
  kind: 'value',
  categories: ['government.tax_id'],
  description: 'Australian Tax File Number: eight or nine digits with the ATO mod-11 check; weak without a name.',
  scope: 'whole',
  strength: 0.55,
  weakCheck: true,
  prefilter: (value) => value.length >= 8 && value.length <= 11,
  match: (value) => (isTfn(value) ? { category: 'government.tax_id' } : undefined),
};

export default detector;
