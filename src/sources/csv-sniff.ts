// CSV dialect sniffing on a file's first bytes: line break, delimiter, and whether the first
// row is a header; plus turning header cells into unique field names.
import type PapaModule from 'papaparse';
import { requireCjs } from '../util/require-cjs.js';

const Papa = requireCjs('papaparse') as typeof PapaModule;

export type LineBreak = '\n' | '\r\n' | '\r';
export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof CANDIDATE_DELIMITERS)[number];

/** The parts of papaparse's (undocumented but exported) core Parser result that we use. */
export interface PapaParseResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

/** papaparse's core parser: no guessing, no header handling, resumable via ignoreLastRow. */
export function createParser(delimiter: Delimiter, newline: LineBreak, preview?: number): { parse(input: string): PapaParseResult; parseComplete(input: string): PapaParseResult } {
  const parser = new Papa.Parser({ delimiter, newline, ...(preview ? { preview } : {}) });
  return {
    /** Parses complete rows only; meta.cursor is where the unfinished last row starts. */
    parse: (input) => parser.parse(input, 0, true) as PapaParseResult,
    /** Parses everything, the last row included (end of file). */
    parseComplete: (input) => parser.parse(input, 0, false) as PapaParseResult,
  };
}

/** The first line break in the sample decides (RFC 4180 §2 says CRLF; exports use all three). */
export function sniffLineBreak(sample: string): LineBreak {
  const match = /\r\n|\n|\r/.exec(sample);
  return (match?.[0] as LineBreak | undefined) ?? '\n';
}

/** papaparse returns an empty line as one empty cell. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.length === 1 && row[0] === '';
}

/**
 * Picks the candidate whose first rows have the most consistent cell count (least total change
 * from row to row), breaking ties by the larger count — papaparse's own guessDelimiter rule, on
 * our candidate list. A sample with a single column falls back to the extension's default.
 */
export function sniffDelimiter(sample: string, newline: LineBreak, isWholeFile: boolean, fallback: Delimiter): Delimiter {
  let best: { delimiter: Delimiter; delta: number; average: number } | undefined;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const parser = createParser(delimiter, newline, 20);
    const rows = (isWholeFile ? parser.parseComplete(sample) : parser.parse(sample)).data.filter((row) => !isBlankRow(row));
    if (rows.length === 0) continue;
    let delta = 0;
    for (let i = 1; i < rows.length; i++) delta += Math.abs(rows[i].length - rows[i - 1].length);
    const average = rows.reduce((sum, row) => sum + row.length, 0) / rows.length;
    if (average < 2) continue;
    if (!best || delta < best.delta || (delta === best.delta && average > best.average)) best = { delimiter, delta, average };
  }
  return best?.delimiter ?? fallback;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NUMBER = /^[-+]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][-+]?\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A first row "looks like data" (so the file has no header) when a cell is an e-mail address or
 * an ISO 8601 date, or when every non-empty cell is a number. Column names are never e-mail
 * addresses or dates; an all-numeric header row is rare enough to accept the misreading.
 */
export function looksLikeDataRow(row: readonly string[], body: readonly (readonly string[])[] = []): boolean {
  const cells = row.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (cells.length === 0) return false;
  if (cells.some((cell) => EMAIL.test(cell) || ISO_DATE.test(cell))) return true;
  if (cells.every((cell) => NUMBER.test(cell))) return true;
  return bodyVotesData(row, body);
}

const PHONE_LIKE = /^\+?[\d()][\d\s()./-]{5,}\d$/;
const DATE_LIKE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4})$/;
/** Shapes a column name never has but values often do. */
function shapeOf(cell: string): string {
  if (NUMBER.test(cell)) return 'number';
  if (ISO_DATE.test(cell) || DATE_LIKE.test(cell)) return 'date';
  if (PHONE_LIKE.test(cell)) return 'phone';
  if (/\d/.test(cell) && /\s/.test(cell) && /\p{L}/u.test(cell)) return 'digits-and-words';
  return 'text';
}

/**
 * Compares the first row with the rows below it, column by column (the way Python's
 * csv.Sniffer.has_header does): a column whose values are numbers, dates or phone numbers under a
 * first cell that is text votes for a header; a first cell of the same non-text shape as its
 * column, or one that recurs as a value further down, votes for data. A header row whose cells
 * are taken for data would print a person's values as field names (issue 26), so a tie on a
 * column of plain text decides nothing and the majority of votes wins.
 */
function bodyVotesData(row: readonly string[], body: readonly (readonly string[])[]): boolean {
  if (body.length < 2) return false;
  let header = 0;
  let data = 0;
  row.forEach((raw, column) => {
    const first = raw.trim();
    if (first === '') return;
    const below = body.map((r) => (r[column] ?? '').trim()).filter((v) => v !== '');
    if (below.length < 2) return;
    const counts = new Map<string, number>();
    for (const v of below) counts.set(shapeOf(v), (counts.get(shapeOf(v)) ?? 0) + 1);
    const [dominant, n] = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
    const firstShape = shapeOf(first);
    if (dominant !== 'text' && n / below.length >= 0.8) {
      if (firstShape === dominant) data++;
      else if (firstShape === 'text') header++;
      return;
    }
    const folded = first.toLowerCase();
    if (below.some((v) => v.toLowerCase() === folded)) data++;
  });
  return data > header;
}

/**
 * Header cells → unique field names. Cells are trimmed; an empty cell becomes `column_N`
 * (N = 1-based column); a repeated name gets `_2`, `_3`… (skipping names already taken).
 */
export function uniqueFieldNames(header: readonly string[]): string[] {
  const taken = new Set<string>();
  const names: string[] = [];
  header.forEach((cell, index) => {
    const base = cell.trim() || `column_${index + 1}`;
    let name = base;
    for (let suffix = 2; taken.has(name); suffix++) name = `${base}_${suffix}`;
    taken.add(name);
    names.push(name);
  });
  return names;
}
