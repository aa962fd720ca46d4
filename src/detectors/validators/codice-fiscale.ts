// The check character of the Italian codice fiscale (Decreto Ministeriale 23 dicembre 1976,
// allegato; Agenzia delle Entrate): odd positions use a table, even positions their value.

// Values for characters in odd (1st, 3rd, ...) positions; digits map like A..J.
const ODD_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Index 0..25 for A-Z or 0-9 (digits count as A-J), -1 for anything else. */
function ordinal(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 65;
  return -1;
}

/** The check letter for the first 15 characters of `code` (upper case), or '' if malformed. */
export function codiceFiscaleCheckChar(code: string): string {
  if (code.length < 15) return '';
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const value = ordinal(code.charCodeAt(i));
    if (value < 0) return '';
    // Position i is 0-based here, so even i is an odd (1-based) position.
    sum += i % 2 === 0 ? ODD_VALUES[value] : value;
  }
  return String.fromCharCode(65 + (sum % 26));
}
