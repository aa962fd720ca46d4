// Value detector: a Spanish DNI (Documento Nacional de Identidad): eight digits and the control
// letter "TRWAGMYFPDXBNJZSQVHLCKE"[n mod 23] (Real Decreto 1553/2005, art. 11).
import type { ValueDetector } from '../../model/index.js';
import { spanishControlLetter } from '../validators/es-control-letter.js';

const DNI = /^(\d{8})[- ]?([A-Z])$/;

const detector: ValueDetector = {
  id: 'es-dni',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Spanish DNI: eight digits and a valid control letter.',
  scope: 'whole',
  strength: 0.9,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 9 && value.length <= 10 && first >= 48 && first <= 57;
  },
  match(value) {
    const dni = value.length <= 10 ? DNI.exec(value) : null;
    if (dni === null) return undefined;
    return spanishControlLetter(Number(dni[1])) === dni[2] ? { category: 'government.national_id' } : undefined;
  },
};

export default detector;
