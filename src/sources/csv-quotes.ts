// Finds the quote that broke a CSV record, so a stray `"` costs one row and an error naming its
// line instead of swallowing the rest of the file into one cell (issue 26).
//
// RFC 4180 §2.5–2.7: a quote opens a quoted cell only as the cell's first character (elsewhere it
// is literal text); inside, `""` is a quote; the closing quote is followed by the delimiter, the
// line break or the end of the input. A quote that never closes, or closes followed by anything
// else, "does not close properly". So does one that closes properly on a later line when the
// record it made has the wrong number of cells: a stray quote at the start of a cell that found
// a partner rows later (a legitimate multi-line cell leaves the record its header's width).
import type { LineBreak } from './csv-sniff.js';

/**
 * The offset in `text` of the quote that opened a cell and did not close properly, in the record
 * starting at `from`; undefined when the record is well formed. Linear in the record's length.
 */
export function findBrokenQuote(text: string, from: number, width: number, delimiter: string, newline: LineBreak): number | undefined {
  const lineBreak = newline === '\r' ? '\r' : '\n';
  let at = from;
  let cells = 0;
  let firstMultiLine: number | undefined;
  // The next delimiter and record end at or after `at`, searched again only once passed (a wide
  // record must not search to its end once per cell).
  let nextDelimiter = -2;
  let nextNewline = -2;
  const after = (found: number, position: number, search: string): number => (found !== -1 && found < position ? text.indexOf(search, position) : found);
  for (;;) {
    cells++;
    if (text.charCodeAt(at) === 0x22) {
      const open = at;
      const firstBreak = text.indexOf(lineBreak, at);
      let close = at;
      for (;;) {
        close = text.indexOf('"', close + 1);
        if (close === -1) return open;
        if (text.charCodeAt(close + 1) !== 0x22) break;
        close++;
      }
      if (firstBreak !== -1 && firstBreak < close) firstMultiLine ??= open;
      at = close + 1;
      if (at >= text.length) break;
      if (text.startsWith(delimiter, at)) {
        at += delimiter.length;
        continue;
      }
      if (text.startsWith(newline, at)) break;
      return open;
    }
    nextDelimiter = nextDelimiter === -2 ? text.indexOf(delimiter, at) : after(nextDelimiter, at, delimiter);
    nextNewline = nextNewline === -2 ? text.indexOf(newline, at) : after(nextNewline, at, newline);
    if (nextDelimiter !== -1 && (nextNewline === -1 || nextDelimiter < nextNewline)) {
      at = nextDelimiter + delimiter.length;
      continue;
    }
    break;
  }
  return cells !== width ? firstMultiLine : undefined;
}

/** The offset just after the `count`-th line break of `text` (0 for none). */
export function offsetAfterLines(text: string, count: number, lineBreak: '\n' | '\r'): number {
  let at = 0;
  for (let i = 0; i < count && at !== -1; i++) {
    const found = text.indexOf(lineBreak, at);
    at = found === -1 ? text.length : found + 1;
  }
  return at;
}
