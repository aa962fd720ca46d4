// Value detector: the machine readable zone of a passport (ICAO Doc 9303 Part 4, TD3): line 2
// alone or both lines, with the document number, birth date, expiry, optional data and
// composite check digits all valid (ICAO 9303 Part 3 §4.9).
import type { ValueDetector } from '../../model/index.js';
import { icaoCheckDigit } from '../validators/icao-check-digit.js';

/** TD3 line 1: P, type, issuing state, names; line 2: 44 characters of [0-9A-Z<]. */
const LINE_1 = /^P[A-Z<][A-Z<]{3}[A-Z<]{39}$/;
const LINE_2 = /^[0-9A-Z<]{9}\d[A-Z<]{3}\d{6}\d[MFX<]\d{6}\d[0-9A-Z<]{14}[\d<]\d$/;

/** Check digits of TD3 line 2 (positions per ICAO 9303 Part 4 §4.2.2.2). */
function hasValidCheckDigits(line: string): boolean {
  const digit = (i: number): number => line.charCodeAt(i) - 48;
  if (icaoCheckDigit(line, 0, 9) !== digit(9)) return false;
  if (icaoCheckDigit(line, 13, 19) !== digit(19)) return false;
  if (icaoCheckDigit(line, 21, 27) !== digit(27)) return false;
  // Optional-data check digit may be '<' when the optional data is all fillers.
  const optional = icaoCheckDigit(line, 28, 42);
  if (line.charCodeAt(42) === 60 ? optional !== 0 : optional !== digit(42)) return false;
  return compositeCheckDigit(line) === digit(43);
}

/**
 * ICAO 9303 composite check: document number + check, birth date + check, expiry + check and
 * optional data + check (positions 1-10, 14-20, 22-43) weighted as one sequence.
 */
function compositeCheckDigit(line: string): number {
  const joined = line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43);
  return icaoCheckDigit(joined, 0, joined.length);
}

const detector: ValueDetector = {
  id: 'passport-mrz',
  kind: 'value',
  categories: ['government.passport'],
  description: 'Passport machine readable zone (ICAO 9303 TD3) with valid check digits.',
  scope: 'whole',
  strength: 0.9,
  prefilter: (value) => value.length === 44 || (value.length >= 89 && value.length <= 90),
  match(value) {
    let line2 = value;
    if (value.length !== 44) {
      // Both lines, separated by a line break.
      const separator = value.slice(44, -44);
      if (value.length > 90 || (separator !== '\n' && separator !== '\r\n') || !LINE_1.test(value.slice(0, 44))) return undefined;
      line2 = value.slice(-44);
    }
    return LINE_2.test(line2) && hasValidCheckDigits(line2) ? { category: 'government.passport' } : undefined;
  },
};

export default detector;
