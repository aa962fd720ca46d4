// Value detector: the first phone number inside free text. Candidates must carry a + / 00
// prefix or separated digit groups; a bare digit run (order id, amount) is never one.
import type { ValueDetector, ValueHit } from '../../model/index.js';
import { isPhoneNumber } from '../validators/phone-number.js';

/**
 * Not glued to a word, + or -; then a digit, 7..22 digits or separators, and a digit. One
 * character class, so the only backtracking is the final digit; the scan stays linear.
 */
const CANDIDATE = /(?<![\w+-])\+?\(?\d[\d .\-/()]{7,22}\d/g;

/**
 * Each validated candidate costs a libphonenumber parse (~16 µs per country tried). Text with
 * more phone-shaped candidates than these that all fail is a table of figures, not a note.
 */
const MAX_CANDIDATES_VALIDATED = 32;
const MAX_CANDIDATES = 256;

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function findPhone(text: string): ValueHit | undefined {
  CANDIDATE.lastIndex = 0;
  let validated = 0;
  let candidates = 0;
  for (let m = CANDIDATE.exec(text); m !== null && candidates < MAX_CANDIDATES; m = CANDIDATE.exec(text), candidates++) {
    const start = m.index;
    const end = start + m[0].length;
    // Whole tokens only: no letter, digit or + glued to either side (SKU-4411…, ORD-2024-…).
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = end < text.length ? text.charCodeAt(end) : 32;
    if (isWordCode(before) || before === 43 || before === 45 || isWordCode(after) || after === 45) continue;
    if (isPhoneNumber(text, start, end, false)) return { category: 'contact.phone', start, end };
    if (++validated >= MAX_CANDIDATES_VALIDATED) return undefined;
  }
  return undefined;
}

/** The shortest value the prefilter lets through. */
const MIN_LENGTH = 9;

const detector: ValueDetector = {
  id: 'phone-in-text',
  kind: 'value',
  categories: ['contact.phone'],
  description: 'Phone number inside free text (international or separated national format).',
  scope: 'embedded',
  strength: 0.75,
  minLength: MIN_LENGTH,
  prefilter: (value) => value.length >= MIN_LENGTH,
  match: findPhone,
};

export default detector;
