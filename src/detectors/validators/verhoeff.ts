// The Verhoeff check digit (J. Verhoeff, "Error Detecting Decimal Codes", 1969): multiplication
// in the dihedral group D5 with a position-dependent permutation. Used by SNOMED CT
// identifiers (SNOMED CT Technical Implementation Guide, "SCTID check-digit").

/** d(j, k): the Cayley table of D5. */
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

/**
 * p(pos mod 8, k): the permutation applied to a digit by its position from the right, built as
 * Verhoeff defines it: p(0) is the identity, p(1) = (1 5 7 6 2 8 3 0 9 4), p(i) = p(i-1)∘p(1).
 */
const P: number[][] = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]];
for (let i = 2; i < 8; i++) P.push(P[1].map((k) => P[i - 1][k]));

/** True when the digit string, check digit last, passes the Verhoeff check. */
export function passesVerhoeff(digits: string): boolean {
  if (digits.length === 0) return false;
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (digit < 0 || digit > 9) return false;
    c = D[c][P[i % 8][digit]];
  }
  return c === 0;
}
