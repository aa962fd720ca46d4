// The Dutch "elfproef" (11-test) for the Burgerservicenummer, as specified in the Logisch
// Ontwerp BSN (Rijksdienst voor Identiteitsgegevens): weights 9..2 and -1 on the last digit.

/** True when the 9 digits of `digits` pass the BSN 11-test and are not all zero. */
export function passesBsnElevenTest(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  let nonZero = false;
  for (let i = 0; i < 9; i++) {
    const digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (digit !== 0) nonZero = true;
    sum += i === 8 ? -digit : digit * (9 - i);
  }
  return nonZero && sum % 11 === 0;
}
