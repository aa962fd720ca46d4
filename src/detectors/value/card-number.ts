// Value detector: a whole value that is a payment card number (PAN): 13-19 digits, optionally
// grouped with spaces or dashes, a known IIN range for its length, and a valid Luhn digit.
import type { ValueDetector } from '../../model/index.js';
import { paymentCardBrand } from '../validators/payment-card.js';

const detector: ValueDetector = {
  id: 'card-number',
  kind: 'value',
  categories: ['financial.card_number'],
  description: 'Payment card number: known issuer range, valid length and Luhn check digit.',
  scope: 'whole',
  strength: 0.95,
  canonicalFormat: true,
  prefilter(value) {
    const first = value.charCodeAt(0);
    // Every known IIN starts with 2-6.
    return value.length >= 13 && value.length <= 23 && first >= 50 && first <= 54;
  },
  match(value) {
    if (value.length < 13 || value.length > 23) return undefined;
    // Separators only singly between digits (paymentCardBrand skips them).
    for (let i = 1; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code !== 32 && code !== 45) continue;
      const previous = value.charCodeAt(i - 1);
      if (i === value.length - 1 || previous < 48 || previous > 57) return undefined;
    }
    return paymentCardBrand(value) === undefined ? undefined : { category: 'financial.card_number' };
  },
};

export default detector;
