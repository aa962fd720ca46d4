// Value detector: a Dutch Burgerservicenummer: nine digits (eight written without the leading
// zero) passing the 11-test (Logisch Ontwerp BSN). About one 9-digit number in eleven passes.
import type { ValueDetector } from '../../model/index.js';
import { passesBsnElevenTest } from '../validators/eleven-test.js';

const BSN = /^\d{8,9}$/;

const detector: ValueDetector = {
  id: 'nl-bsn',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Dutch citizen service number (BSN) passing the 11-test.',
  scope: 'whole',
  strength: 0.5,
  weakCheck: true,
  prefilter: (value) => value.length === 9 || value.length === 8,
  match(value) {
    if ((value.length !== 9 && value.length !== 8) || !BSN.test(value)) return undefined;
    return passesBsnElevenTest(value.length === 8 ? '0' + value : value) ? { category: 'government.national_id' } : undefined;
  },
};

export default detector;
