// Value detector: a whole value that is an email address (RFC 5322 dot-atom syntax).
import type { ValueDetector } from '../../model/index.js';
import { isEmailAddress } from '../validators/email-syntax.js';

const detector: ValueDetector = {
  id: 'email',
  kind: 'value',
  categories: ['contact.email'],
  description: 'Email address: local@domain with a dotted domain and an alphabetic top-level domain.',
  scope: 'whole',
  strength: 0.97,
  prefilter: (value) => value.length >= 6 && value.length <= 254 && value.includes('@'),
  match(value) {
    return isEmailAddress(value) ? { category: 'contact.email' } : undefined;
  },
};

export default detector;
