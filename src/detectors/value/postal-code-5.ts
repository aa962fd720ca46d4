// Value detector (weak): five digits, the postal code format of the US (ZIP), Germany (PLZ),
// France, Spain, Italy and many more (UPU Postal Addressing Systems). Any 5-digit id passes,
// so the name decides.
import type { ValueDetector } from '../../model/index.js';

const FIVE_DIGITS = /^\d{5}$/;

const detector: ValueDetector = {
  id: 'postal-code-5',
  kind: 'value',
  categories: ['contact.postal_code'],
  description: 'Five-digit postal code (US ZIP, DE, FR, ES, IT); weak without a name.',
  scope: 'whole',
  strength: 0.15,
  prefilter: (value) => value.length === 5,
  match(value) {
    return value.length === 5 && FIVE_DIGITS.test(value) && value !== '00000' ? { category: 'contact.postal_code' } : undefined;
  },
};

export default detector;
