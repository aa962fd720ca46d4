// The control letter of the Spanish DNI and NIE (Real Decreto 1553/2005, art. 11; Ministerio
// del Interior): "TRWAGMYFPDXBNJZSQVHLCKE"[number mod 23].

const CONTROL_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** The control letter for a DNI number (or an NIE with X/Y/Z replaced by 0/1/2). */
export function spanishControlLetter(number: number): string {
  return CONTROL_LETTERS.charAt(number % 23);
}
