// ISO/IEC 7064 MOD 11,10 hybrid check digit: used by the German Steuer-Identifikationsnummer
// (BZSt, § 139b AO; the algorithm is the pure-system hybrid of ISO/IEC 7064:2003 §8).

/** The check digit for `digits` (0-9 only), or -1 when `digits` holds anything else. */
export function iso7064Mod11_10(digits: string): number {
  let product = 10;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    let sum = (digit + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}
