// Value detector: a whole value that is a phone number (E.164 or a national format of US, GB,
// DE, FR, ES, IT, NL), validated against the numbering plans by libphonenumber-js.
import type { ValueDetector } from '../../model/index.js';
import { isPhoneNumber } from '../validators/phone-number.js';

/** First character of a phone number as written: +, (, or a digit. */
function startsLikePhone(code: number): boolean {
  return code === 43 || code === 40 || (code >= 48 && code <= 57);
}

const detector: ValueDetector = {
  id: 'phone',
  kind: 'value',
  categories: ['contact.phone'],
  description: 'Phone number in international or national format, valid in its numbering plan.',
  scope: 'whole',
  strength: 0.8,
  prefilter: (value) => value.length >= 9 && value.length <= 32 && startsLikePhone(value.charCodeAt(0)),
  match(value) {
    return isPhoneNumber(value, 0, value.length, true) ? { category: 'contact.phone' } : undefined;
  },
};

export default detector;
