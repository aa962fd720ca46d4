// Value detector: a Czech or Slovak birth number (rodné číslo, Act 133/2000 Coll. §13):
// YYMMDD/NNNN since 1954, the month plus 50 for women (plus 20 or 70 when a day's numbers ran
// out, since 2004), a valid birth date, and the whole ten-digit number divisible by 11 (stdnum
// cz.rc). The nine-digit numbers before 1954 have no check digit and are not matched.
import type { ValueDetector } from '../../model/index.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^\d{6}\/?\d{4}$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/cz/rc.js'));

export function isRodneCislo(value: string): boolean {
  return SHAPE.test(value) && valid(value.replace('/', ''));
}

const detector: ValueDetector = {
  id: 'cz-rodne-cislo',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Czech or Slovak birth number (rodné číslo, YYMMDD/NNNN) with a valid date and mod-11 check.',
  scope: 'whole',
  strength: 0.65,
  weakCheck: true,
  prefilter: (value) => value.length === 10 || value.length === 11,
  match: (value) => (isRodneCislo(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
