// The byte-level record scanner on its own: the hash it serves for a cell is always valueHash of
// the cell's text (ASCII cells hashed byte by byte, UTF-8 cells beyond ASCII hashed as text from
// their bytes, quoted cells found by memchr with their escapes undone), the cell bounds and inner
// line breaks are right, and bytes that are not well-formed UTF-8 fall back to the decoded text.
import { describe, expect, it } from 'vitest';
import { INCOMPLETE, IRREGULAR, RecordScanner } from '../../src/sources/csv-record-scanner.js';
import type { CsvDialect } from '../../src/sources/csv.js';
import { valueHash } from '../../src/util/hyperloglog.js';
import { seededRandom } from '../../src/util/reservoir.js';

interface Scanned {
  cells: string[];
  hashes: number[];
  breaks: number;
}

/** Scans every record of `bytes` (whole input) and returns what the scanner serves per record. */
function scanAll(bytes: Buffer, dialect: CsvDialect, width: number): Scanned[] {
  const scanner = new RecordScanner(dialect, width, bytes.length + 16);
  bytes.copy(scanner.buffer, 0);
  scanner.startChunk(0, bytes.length);
  const out: Scanned[] = [];
  let at = 0;
  while (at < bytes.length) {
    const next = scanner.scanRecord(at, bytes.length, true);
    if (next === INCOMPLETE || next === IRREGULAR) throw new Error(`record at ${at}: ${next}`);
    const cells = Array.from({ length: scanner.cells }, (_, i) => scanner.text(i));
    const hashes = Array.from({ length: scanner.cells }, (_, i) => scanner.hash(i));
    out.push({ cells, hashes, breaks: scanner.innerBreaks });
    at = next;
  }
  return out;
}

const quote = (cell: string): string => `"${cell.replaceAll('"', '""')}"`;
const utf8: CsvDialect = { delimiter: ',', newline: '\n', encoding: 'utf-8', hasHeader: true };

describe('RecordScanner', () => {
  const cells = [
    '',
    'plain',
    'Müller',
    'ü',
    'Zoë Ångström, 12 Hauptstraße',
    '東京都',
    'emoji 🎉 and 𝄞',
    'say ""hi"" to Zoë',
    'Zoë said "bonjour"',
    'line\nbreak ü',
    'two\nline\nbreaks',
    '"',
    '""',
    'ü"',
    '"ü',
    'ascii then ü then "quote" then 🎉',
  ];

  it('hashes every cell as valueHash hashes its text, quoted or not, with inner line breaks counted', () => {
    for (const newline of ['\n', '\r\n'] as const) {
      const dialect = { ...utf8, newline };
      const rows: string[][] = [];
      const random = seededRandom(7);
      for (let r = 0; r < 400; r++) rows.push(Array.from({ length: 3 }, () => cells[Math.floor(random() * cells.length)]));
      const text = rows.map((row) => row.map((cell) => (/[",\r\n]/.test(cell) || random() < 0.3 ? quote(cell) : cell)).join(',')).join(newline);
      const scanned = scanAll(Buffer.from(text, 'utf8'), dialect, 3);
      expect(scanned.length).toBe(rows.length);
      scanned.forEach((record, r) => {
        expect(record.cells).toEqual(rows[r]);
        expect(record.hashes).toEqual(rows[r].map(valueHash));
        expect(record.breaks).toBe(rows[r].join('').split('\n').length - 1);
      });
    }
  });

  it('falls back to the decoded text for bytes that are not well-formed UTF-8', () => {
    const bad = [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc3], [0xe2, 0x82], [0x80], [0xff]];
    for (const bytes of bad) {
      for (const quoted of [false, true]) {
        const cell = Buffer.concat([Buffer.from('ab'), Buffer.from(bytes), Buffer.from('cd')]);
        const escaped = Buffer.concat([Buffer.from('x""'), Buffer.from(bytes), Buffer.from('""y')]);
        const line = quoted ? Buffer.concat([Buffer.from('"'), cell, Buffer.from('","'), escaped, Buffer.from('"\n')]) : Buffer.concat([cell, Buffer.from(',z\n')]);
        const [record] = scanAll(line, utf8, 2);
        expect(record.hashes, `${bytes.join(' ')} ${quoted ? 'quoted' : 'unquoted'}`).toEqual(record.cells.map(valueHash));
        expect(record.cells[0]).toContain('\ufffd');
      }
    }
  });

  it('hashes windows-1252 cells beyond ASCII as their decoded text', () => {
    const dialect: CsvDialect = { ...utf8, encoding: 'windows-1252' };
    const line = Buffer.from([...Buffer.from('M'), 0xfc, ...Buffer.from('ller,"'), 0x80, ...Buffer.from(' 5 ""x""'), 0xe9, ...Buffer.from('"\n')]);
    const [record] = scanAll(line, dialect, 2);
    expect(record.cells).toEqual(['Müller', '€ 5 "x"é']);
    expect(record.hashes).toEqual(record.cells.map(valueHash));
  });

  it('finds quotes only in the current read, not in stale bytes after it', () => {
    const scanner = new RecordScanner(utf8, 2, 64);
    // A stale quote after the read's end must not be taken for the cell's closing quote.
    scanner.buffer.fill(0x22);
    Buffer.from('"abc').copy(scanner.buffer, 0);
    scanner.startChunk(0, 4);
    expect(scanner.scanRecord(0, 4, false)).toBe(INCOMPLETE);
    expect(scanner.scanRecord(0, 4, true)).toBe(IRREGULAR);
    Buffer.from('"abc","d""e"\n').copy(scanner.buffer, 0);
    scanner.startChunk(0, 13);
    expect(scanner.scanRecord(0, 13, true)).toBe(13);
    expect([scanner.text(0), scanner.text(1)]).toEqual(['abc', 'd"e']);
    expect(scanner.hash(1)).toBe(valueHash('d"e'));
  });

  it('ends cells of every length right at the end of a full read, odd or even, quoted or not', () => {
    for (let a = 0; a <= 5; a++) {
      for (let b = 0; b <= 5; b++) {
        for (const quoted of [false, true]) {
          const cells = ['x'.repeat(a), 'yz'.repeat(b).slice(0, b)];
          const text = cells.map((cell) => (quoted ? quote(cell) : cell)).join(',');
          // A buffer exactly as big as the read: the cell ends at the sentinel.
          const scanner = new RecordScanner(utf8, 2, text.length);
          Buffer.from(text).copy(scanner.buffer, 0);
          scanner.startChunk(0, text.length);
          expect(scanner.scanRecord(0, text.length, false), text).toBe(INCOMPLETE);
          expect(scanner.scanRecord(0, text.length, true), text).toBe(text.length);
          expect([scanner.text(0), scanner.text(1)]).toEqual(cells);
          expect([scanner.hash(0), scanner.hash(1)]).toEqual(cells.map(valueHash));
          const line = `${text}\n`;
          const withBreak = new RecordScanner(utf8, 2, line.length);
          Buffer.from(line).copy(withBreak.buffer, 0);
          withBreak.startChunk(0, line.length);
          expect(withBreak.scanRecord(0, line.length, false), line).toBe(line.length);
          expect([withBreak.hash(0), withBreak.hash(1)]).toEqual(cells.map(valueHash));
        }
      }
    }
  });

  it('reads a record again correctly after scanning further records of the same read', () => {
    const text = '"a""b","c"\n"d","e""f"\n"g","h"\n';
    const scanner = new RecordScanner(utf8, 2, 64);
    Buffer.from(text).copy(scanner.buffer, 0);
    scanner.startChunk(0, text.length);
    const starts = [0];
    for (let at = 0; at < text.length; ) starts.push((at = scanner.scanRecord(at, text.length, true)));
    expect(starts).toEqual([0, 11, 22, 30]);
    for (const [at, cells] of [[11, ['d', 'e"f']], [0, ['a"b', 'c']], [22, ['g', 'h']], [0, ['a"b', 'c']]] as const) {
      scanner.scanRecord(at, text.length, true);
      expect([scanner.text(0), scanner.text(1)]).toEqual(cells);
      expect([scanner.hash(0), scanner.hash(1)]).toEqual(cells.map(valueHash));
    }
  });
});
