// Value detector: a US ZIP+4 code (USPS Publication 28, §2): five digits, a hyphen, four digits.
import type { ValueDetector } from '../../model/index.js';

const ZIP4 = /^\d{5}-\d{4}$/;

const detector: ValueDetector = {
  id: 'us-zip4',
  kind: 'value',
  categories: ['contact.postal_code'],
  description: 'US ZIP+4 code (12345-6789).',
  scope: 'whole',
  strength: 0.6,
  prefilter: (value) => value.length === 10 && value.charCodeAt(5) === 45,
  match(value) {
    // 00000 is no delivery area.
    return value.length === 10 && ZIP4.test(value) && !value.startsWith('00000') ? { category: 'contact.postal_code' } : undefined;
  },
};

export default detector;
