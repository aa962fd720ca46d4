// Value detector: a LOINC code, the id of a laboratory test or clinical measurement: one to five
// digits, a hyphen and a mod-10 check digit (LOINC Users' Guide, Appendix "Calculating Mod 10
// check digits": the Luhn scheme over the digits before the hyphen), e.g. 8302-2 (body height).
import type { ValueDetector } from '../../model/index.js';
import { isLuhnValid } from '../validators/luhn.js';

const LOINC = /^(\d{1,5})-(\d)$/;

const detector: ValueDetector = {
  id: 'loinc-code',
  kind: 'value',
  categories: ['special.health'],
  description: 'LOINC code: 1-5 digits, hyphen, mod-10 check digit (8302-2).',
  scope: 'whole',
  // One random "n-d" pair in ten passes: too weak alone, it confirms a clinical name or dataset.
  strength: 0.4,
  prefilter: (value) => value.length >= 3 && value.length <= 7 && value.charCodeAt(value.length - 2) === 45,
  match(value) {
    const m = LOINC.exec(value);
    return m && isLuhnValid(value) ? { category: 'special.health' } : undefined;
  },
};

export default detector;
