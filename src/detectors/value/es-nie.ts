// Value detector: a Spanish NIE (Número de Identidad de Extranjero): X, Y or Z, seven digits and
// the DNI control letter computed with X/Y/Z read as 0/1/2 (Orden INT/2058/2008).
import type { ValueDetector } from '../../model/index.js';
import { spanishControlLetter } from '../validators/es-control-letter.js';

const NIE = /^([XYZ])[- ]?(\d{7})[- ]?([A-Z])$/;

const detector: ValueDetector = {
  id: 'es-nie',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Spanish NIE: X/Y/Z, seven digits and a valid control letter.',
  scope: 'whole',
  strength: 0.9,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 9 && value.length <= 11 && first >= 88 && first <= 90;
  },
  match(value) {
    const nie = value.length <= 11 ? NIE.exec(value) : null;
    if (nie === null) return undefined;
    const number = (nie[1].charCodeAt(0) - 88) * 10000000 + Number(nie[2]);
    return spanishControlLetter(number) === nie[3] ? { category: 'government.national_id' } : undefined;
  },
};

export default detector;
