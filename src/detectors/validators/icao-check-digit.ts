// The check digit of machine readable travel documents (ICAO Doc 9303 Part 3, §4.9):
// weights 7, 3, 1 repeating; digits count as themselves, A-Z as 10-35, the filler '<' as 0.

/** The check digit over value[start, end), or -1 when a character is not in [0-9A-Z<]. */
export function icaoCheckDigit(value: string, start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) {
    const code = value.charCodeAt(i);
    let n: number;
    if (code >= 48 && code <= 57) n = code - 48;
    else if (code >= 65 && code <= 90) n = code - 55;
    else if (code === 60) n = 0;
    else return -1;
    const weight = (i - start) % 3;
    sum += n * (weight === 0 ? 7 : weight === 1 ? 3 : 1);
  }
  return sum % 10;
}
