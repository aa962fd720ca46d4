// Value detector: a UK postcode (Royal Mail Programmers' Guide; BS 7666): outward code of area
// letter(s), district and optional sub-district, then inward code of a digit and two letters
// that never use C, I, K, M, O or V. Case-insensitive, space optional. GIR 0AA included.
import type { ValueDetector } from '../../model/index.js';

const POSTCODE = /^(?:[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA)$/i;

const detector: ValueDetector = {
  id: 'uk-postcode',
  kind: 'value',
  categories: ['contact.postal_code'],
  description: 'UK postcode (e.g. SW1A 1AA).',
  scope: 'whole',
  strength: 0.7,
  prefilter: (value) => value.length >= 5 && value.length <= 8 && value.charCodeAt(0) >= 65,
  match(value) {
    return value.length <= 8 && POSTCODE.test(value) ? { category: 'contact.postal_code' } : undefined;
  },
};

export default detector;
