// Luhn (mod 10) check digit, ISO/IEC 7812-1 Annex B: used by payment cards.

/**
 * True when the digits of `value` between `start` and `end` pass the Luhn check. Spaces and
 * dashes are skipped (card numbers are often grouped); any other non-digit fails.
 */
export function isLuhnValid(value: string, start = 0, end = value.length): boolean {
  let sum = 0;
  let double = false;
  let digits = 0;
  for (let i = end - 1; i >= start; i--) {
    const code = value.charCodeAt(i);
    if (code === 32 || code === 45) continue;
    const digit = code - 48;
    if (digit < 0 || digit > 9) return false;
    if (double) sum += digit > 4 ? digit * 2 - 9 : digit * 2;
    else sum += digit;
    double = !double;
    digits++;
  }
  return digits > 0 && sum % 10 === 0;
}
