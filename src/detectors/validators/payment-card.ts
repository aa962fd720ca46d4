// Payment card numbers (PANs): issuer identification number (IIN) ranges per brand, lengths
// and the Luhn check (ISO/IEC 7812-1). Ranges follow the brands' published IIN tables as
// summarised by the credit-card-type package, widened to the lengths ISO/IEC 7812 allows.
import { isLuhnValid } from './luhn.js';

interface IinRange {
  brand: string;
  /** Inclusive bounds on the first `digits` digits. */
  low: number;
  high: number;
  digits: number;
  minLength: number;
  maxLength: number;
}

const r = (brand: string, low: number, high: number, minLength: number, maxLength: number): IinRange => ({
  brand, low, high, digits: String(low).length, minLength, maxLength,
});

const IIN_RANGES: readonly IinRange[] = [
  r('visa', 4, 4, 13, 19),
  r('mastercard', 51, 55, 16, 16),
  r('mastercard', 2221, 2720, 16, 16),
  r('american-express', 34, 34, 15, 15),
  r('american-express', 37, 37, 15, 15),
  r('diners-club', 300, 305, 14, 19),
  r('diners-club', 36, 36, 14, 19),
  r('diners-club', 38, 39, 14, 19),
  r('discover', 6011, 6011, 16, 19),
  r('discover', 644, 649, 16, 19),
  r('discover', 65, 65, 16, 19),
  r('jcb', 3528, 3589, 16, 19),
  r('unionpay', 62, 62, 16, 19),
  r('maestro', 5018, 5018, 13, 19),
  r('maestro', 5020, 5020, 13, 19),
  r('maestro', 5038, 5038, 13, 19),
  r('maestro', 5893, 5893, 13, 19),
  r('maestro', 6304, 6304, 13, 19),
  r('maestro', 6759, 6759, 13, 19),
  r('maestro', 6761, 6763, 13, 19),
  r('mir', 2200, 2204, 16, 19),
  r('rupay', 60, 60, 16, 16),
  r('rupay', 508, 508, 16, 16),
];

/**
 * The brand of a card number whose digits lie in value[start, end) (spaces and dashes
 * skipped), or undefined when no known IIN range and length fit or Luhn fails.
 */
export function paymentCardBrand(value: string, start = 0, end = value.length): string | undefined {
  let length = 0;
  let prefix = 0; // first four digits as a number
  for (let i = start; i < end; i++) {
    const code = value.charCodeAt(i);
    if (code === 32 || code === 45) continue;
    if (code < 48 || code > 57) return undefined;
    if (length < 4) prefix = prefix * 10 + (code - 48);
    length++;
  }
  if (length < 13 || length > 19) return undefined;
  for (const range of IIN_RANGES) {
    const head = Math.floor(prefix / 10 ** (4 - range.digits));
    if (head >= range.low && head <= range.high && length >= range.minLength && length <= range.maxLength) {
      return isLuhnValid(value, start, end) ? range.brand : undefined;
    }
  }
  return undefined;
}
