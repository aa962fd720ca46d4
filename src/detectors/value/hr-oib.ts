// Value detector: a Croatian personal identification number (osobni identifikacijski broj, OIB
// Act, NN 60/08): eleven digits, optionally after HR, the last an ISO 7064 MOD 11,10 check digit
// (stdnum hr.oib). One number in ten passes and it carries no date: a weak check, counting only
// when most of a column passes.
import type { ValueDetector } from '../../model/index.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^(?:HR)?\d{11}$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/hr/oib.js'));

export function isOib(value: string): boolean {
  const upper = value.toUpperCase();
  return SHAPE.test(upper) && valid(upper.replace(/^HR/, ''));
}

const detector: ValueDetector = {
  id: 'hr-oib',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Croatian personal identification number (OIB): eleven digits, ISO 7064 MOD 11,10 check; weak without a name.',
  scope: 'whole',
  strength: 0.55,
  weakCheck: true,
  prefilter: (value) => value.length === 11 || value.length === 13,
  match: (value) => (isOib(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
