// Value detector: an Argentinian CUIT/CUIL of a person (AFIP; ANSES): a two-digit type, the
// eight-digit DNI and a mod-11 check digit, written 20-12345678-6 or bare (stdnum ar.cuit). The
// types 20, 23, 24 and 27 are people (30, 33 and 34 are companies, which are not personal data).
// One number in eleven passes the check: a weak one, counting only when most of a column passes.
import type { ValueDetector } from '../../model/index.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^(?:20|23|24|27)(-?)\d{8}\1\d$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/ar/cuit.js'));

export function isPersonalCuit(value: string): boolean {
  return SHAPE.test(value) && valid(value.replace(/-/g, ''));
}

const detector: ValueDetector = {
  id: 'ar-cuit',
  kind: 'value',
  categories: ['government.tax_id'],
  description: "Argentinian CUIT/CUIL of a person (types 20, 23, 24, 27) with the mod-11 check digit.",
  scope: 'whole',
  strength: 0.6,
  weakCheck: true,
  prefilter: (value) => value.length === 11 || value.length === 13,
  match: (value) => (isPersonalCuit(value) ? { category: 'government.tax_id' } : undefined),
};

export default detector;
