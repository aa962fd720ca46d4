// Value detector: a Mexican Clave Única de Registro de Población (CURP, RENAPO, DOF 23-10-1996):
// four letters of the name, YYMMDD, H/M (or X) for sex, the two-letter state, three consonants
// of the name, a homonym character and a check digit over all of it (stdnum mx.curp, which
// checks the date and the state too). Written in upper or lower case.
import type { ValueDetector } from '../../model/index.js';
import { requireCjs } from '../../util/require-cjs.js';
import { lazyStdnum } from '../validators/stdnum.js';

const SHAPE = /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/;
const valid = lazyStdnum(() => requireCjs('stdnum/lib/cjs/mx/curp.js'));

export function isCurp(value: string): boolean {
  const upper = value.toUpperCase();
  return SHAPE.test(upper) && valid(upper);
}

const detector: ValueDetector = {
  id: 'mx-curp',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Mexican CURP: name letters, birth date, sex, state, consonants and check digit.',
  scope: 'whole',
  strength: 0.9,
  prefilter: (value) => value.length === 18,
  match: (value) => (isCurp(value) ? { category: 'government.national_id' } : undefined),
};

export default detector;
