// Value detector: an Icelandic personal identity number (kennitala, Registers Iceland):
// DDMMYY-RRCM, a valid birth date, a weighted mod-11 check digit C and the century M (9 for the
// 1900s, 0 for the 2000s), checked by stdnum is.kennitala. An organisation's kennitala adds 40
// to the day; it is not a person's and is not matched.
import type { ValueDetector } from '../../model/index.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^[0-3]\d{5}-?\d{4}$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/is/kennitala.js'));

export function isKennitala(value: string): boolean {
  return SHAPE.test(value) && valid(value.replace('-', ''));
}

const detector: ValueDetector = {
  id: 'is-kennitala',
  kind: 'value',
  categories: ['government.national_id'],
  description: "Icelandic kennitala of a person (DDMMYY-RRCM) with a valid date, mod-11 check digit and century digit.",
  scope: 'whole',
  strength: 0.75,
  prefilter: (value) => value.length === 10 || value.length === 11,
  match: (value) => (isKennitala(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
