// Value detector: an IBAN (ISO 13616-1): country code, two check digits (ISO 7064 MOD 97-10)
// and the country's BBAN format, validated by ibantools. Print form with spaces is accepted.
import { isValidIBAN } from 'ibantools';
import type { ValueDetector } from '../../model/index.js';

/** Upper-case ASCII letter. */
function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

const detector: ValueDetector = {
  id: 'iban',
  kind: 'value',
  categories: ['financial.iban'],
  description: 'IBAN with a valid mod-97 checksum and country-specific account format.',
  scope: 'whole',
  strength: 0.97,
  canonicalFormat: true,
  // Electronic form is 15..34 characters; the print form adds a space every four.
  prefilter: (value) =>
    value.length >= 15 && value.length <= 42 && isUpper(value.charCodeAt(0)) && isUpper(value.charCodeAt(1)) &&
    value.charCodeAt(2) >= 48 && value.charCodeAt(2) <= 57,
  match(value) {
    if (value.length < 15 || value.length > 42) return undefined;
    const electronic = value.includes(' ') ? value.replaceAll(' ', '') : value;
    return isValidIBAN(electronic) ? { category: 'financial.iban' } : undefined;
  },
};

export default detector;
