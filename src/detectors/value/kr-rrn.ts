// Value detector: a South Korean Resident Registration Number (주민등록번호, Resident
// Registration Act): YYMMDD-SNNNNNC, the seventh digit giving sex and century (1-4 citizens,
// 5-8 foreign residents, 9 and 0 the 1800s), a valid birth date, and a weighted mod-11 check
// digit (stdnum kr.rrn, which checks the date too).
import type { ValueDetector } from '../../model/index.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^\d{6}-?\d{7}$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/kr/rrn.js'));

export function isRrn(value: string): boolean {
  return SHAPE.test(value) && valid(value.replace('-', ''));
}

const detector: ValueDetector = {
  id: 'kr-rrn',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'South Korean resident registration number (YYMMDD-SNNNNNC) with a valid date and check digit.',
  scope: 'whole',
  strength: 0.8,
  prefilter: (value) => value.length === 13 || value.length === 14,
  match: (value) => (isRrn(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
