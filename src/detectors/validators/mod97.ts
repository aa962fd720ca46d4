// Remainder modulo 97 of a long decimal number (ISO 7064 MOD 97-10 arithmetic, as used by
// IBAN and by the French NIR key), computed digit by digit so no precision is lost.

/** `digits` modulo 97, or -1 when `digits` holds anything but 0-9. */
export function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    remainder = (remainder * 10 + digit) % 97;
  }
  return remainder;
}
