// CSV/TSV source: dialect sniffing, headers, encodings, ragged rows, line numbers, chunk boundaries.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/model/index.js';
import type { CsvDataset } from '../../src/sources/index.js';
import { looksLikeDataRow, uniqueFieldNames } from '../../src/sources/csv-sniff.js';
import { openSource } from '../../src/sources/index.js';
import { fieldNames, readAll } from './read-all.js';

describe('csv source', () => {
  it('sniffs a semicolon delimiter and declares header fields at line 1', async () => {
    const { dataset, rows, warnings } = await readAll('csv/semicolon.csv');
    expect(dataset.kind).toBe('csv');
    expect(dataset.name).toBe('semicolon');
    expect(dataset.location).toBe('csv/semicolon.csv');
    expect((dataset as CsvDataset).dialect.delimiter).toBe(';');
    expect(dataset.fields).toEqual([
      { name: 'name', line: 1, column: 1 },
      { name: 'email', line: 1, column: 2 },
      { name: 'city', line: 1, column: 3 },
    ]);
    expect(rows).toEqual([
      ['Anna Schmidt', 'anna@example.com', 'Berlin'],
      ['Jean Dupont', 'jean@example.org', 'Paris'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads TSV (a comma inside a cell does not win the sniff)', async () => {
    const { dataset, rows } = await readAll('csv/people.tsv');
    expect((dataset as CsvDataset).dialect.delimiter).toBe('\t');
    expect(rows[1]).toEqual(['2', 'Jean, Dupont', '+33 1 23 45 67 89']);
  });

  it('reads pipe-delimited files', async () => {
    const { dataset, rows } = await readAll('csv/pipe.csv');
    expect((dataset as CsvDataset).dialect.delimiter).toBe('|');
    expect(rows).toEqual([
      ['1', 'Anna', 'a, b'],
      ['2', 'Jean', 'c; d'],
    ]);
  });

  it('keeps quoted multi-line fields and escaped quotes, and counts physical lines after them', async () => {
    const { rows, warnings } = await readAll('csv/multiline.csv');
    expect(rows[0]).toEqual(['1', 'Main St 1\nApt 2\n10115 Berlin', 'she said "hi"']);
    expect(rows[1]).toEqual(['2', 'Plain', 'comma, inside']);
    // Row 3 starts on physical line 6: header, three lines of row 1, row 2.
    expect(rows[2]).toEqual(['3', 'extra', 'cells']);
    expect(warnings).toEqual([{ message: 'row on line 6 has 4 cells, the header has 3 (extra cells ignored)', line: 6 }]);
  });

  it('handles CRLF files with a CRLF inside a quoted field', async () => {
    const { dataset, rows, warnings } = await readAll('csv/crlf.csv');
    expect((dataset as CsvDataset).dialect.newline).toBe('\r\n');
    expect(rows).toEqual([['1', 'Anna\r\nSchmidt'], ['2', 'Jean'], ['3', 'Bob']]);
    expect(warnings.map((warning) => warning.line)).toEqual([5]);
  });

  it('strips a UTF-8 byte-order mark from the first header', async () => {
    const { dataset, rows } = await readAll('csv/bom.csv');
    expect(fieldNames(dataset)).toEqual(['email', 'name']);
    expect(rows).toEqual([['anna@example.com', 'Anna']]);
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', async () => {
    const { dataset, rows } = await readAll('csv/latin1.csv');
    expect((dataset as CsvDataset).dialect.encoding).toBe('windows-1252');
    expect(rows).toEqual([
      ['Müller', 'Köln', '12 €'],
      ['Renée', 'Orléans', '“5”'],
    ]);
  });

  it('decodes a windows-1252 header with €, curly quotes and accents (a whole small file)', async () => {
    // Node 20's TextDecoder turned 0x80–0x9F into C1 controls outside streaming mode.
    const dir = await mkdtemp(path.join(tmpdir(), 'datamin-cp1252-'));
    try {
      await writeFile(path.join(dir, 'prices.csv'), Buffer.from('prix \x80;\x93nom\x94;pr\xe9nom\n12;Zo\xeb;Ren\xe9e\n', 'latin1'));
      const opened = await openSource('prices.csv', dir);
      expect(opened.datasets[0].fields.map((f) => f.name)).toEqual(['prix €', '“nom”', 'prénom']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports ragged rows with their line and skips blank lines', async () => {
    const { rows, warnings } = await readAll('csv/ragged.csv');
    expect(rows).toEqual([['1', '2', '3'], ['4', '5'], ['6', '7', '8'], ['10', '11', '12']]);
    expect(warnings).toEqual([
      { message: 'row on line 3 has 2 cells, the header has 3', line: 3 },
      { message: 'row on line 4 has 4 cells, the header has 3 (extra cells ignored)', line: 4 },
    ]);
  });

  it('caps warnings at five per file plus a final count', async () => {
    const { rows, warnings } = await readAll('csv/many-ragged.csv');
    expect(rows).toHaveLength(9);
    expect(warnings).toHaveLength(6);
    expect(warnings[4].line).toBe(6);
    expect(warnings[5]).toEqual({ message: '8 CSV problems in total (3 more not shown)' });
  });

  it('makes duplicate and empty header names unique', async () => {
    const { dataset } = await readAll('csv/duplicate-headers.csv');
    expect(fieldNames(dataset)).toEqual(['id', 'name', 'name_2', 'column_4', 'email', 'column_6']);
    expect(dataset.fields.map((field) => field.column)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('treats a first row with an e-mail address as data and synthesizes column names', async () => {
    const { dataset, rows } = await readAll('csv/no-header.csv');
    expect((dataset as CsvDataset).dialect.hasHeader).toBe(false);
    expect(fieldNames(dataset)).toEqual(['column_1', 'column_2', 'column_3']);
    expect(rows).toEqual([
      ['1', 'anna@example.com', 'Berlin'],
      ['2', 'jean@example.org', 'Paris'],
    ]);
  });

  it('treats an all-numeric first row as data', async () => {
    const { rows } = await readAll('csv/numeric-first-row.csv');
    expect(rows).toEqual([['1', '2', '3'], ['4', '5', '6']]);
  });

  it('reads an empty file as no fields and no rows', async () => {
    const { dataset, rows, warnings } = await readAll('csv/empty.csv');
    expect(dataset.fields).toEqual([]);
    expect(rows).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('reports a quote that never closes as an error naming its line, and reads the lines after it', async () => {
    const { rows, warnings, error } = await readAll('csv/unterminated.csv');
    expect(error).toBeUndefined();
    expect(rows).toEqual([
      ['1', 'ok'],
      ['3', 'x'],
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({ level: 'error', line: 3, message: expect.stringMatching(/^a quote opened on line 3 does not close properly .*line 3 skipped/) }),
      { level: 'error', message: '2 of 3 records read: 1 record skipped because a quote in it does not close properly' },
    ]);
  });

  it('rejects a file whose header row never closes its quote', async () => {
    const promise = readAll('csv/broken-header.csv');
    await expect(promise).rejects.toBeInstanceOf(SourceError);
    await expect(promise).rejects.toMatchObject({ file: 'csv/broken-header.csv', line: 1 });
  });

  it.each(['csv/multiline.csv', 'csv/crlf.csv', 'csv/latin1.csv', 'csv/unterminated.csv', 'csv/ragged.csv', 'csv/bom.csv'])(
    'yields the same rows and warnings with tiny read chunks: %s',
    async (fixture) => {
      const whole = await readAll(fixture);
      for (const chunkBytes of [1, 2, 3, 5, 8, 13]) {
        const chunked = await readAll(fixture, { chunkBytes });
        expect(chunked.rows, `chunkBytes ${chunkBytes}`).toEqual(whole.rows);
        expect(chunked.warnings, `chunkBytes ${chunkBytes}`).toEqual(whole.warnings);
      }
    },
  );

  it('reports progress per chunk, not per row', async () => {
    const { progressCalls, rows } = await readAll('csv/many-ragged.csv', { chunkBytes: 8 });
    expect(rows).toHaveLength(9);
    expect(progressCalls).toBeGreaterThan(1);
    const single = await readAll('csv/many-ragged.csv');
    expect(single.progressCalls).toBeLessThanOrEqual(2);
  });

  it('streams a ~20 MB file without holding it in memory', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'datamin-csv-'));
    try {
      const file = path.join(folder, 'big.csv');
      const line = (i: number): string => `${i},user${i}@example.com,"Street ${i}, Berlin",${(i * 1.5).toFixed(2)}\n`;
      const lines: string[] = ['id,email,address,amount\n'];
      for (let i = 0; i < 20_000; i++) lines.push(line(i));
      await writeFile(file, lines.join(''));
      // ~1 MB per block: append the body 20 times (headers only once).
      const body = lines.slice(1).join('');
      for (let i = 0; i < 19; i++) await writeFile(file, body, { flag: 'a' });
      const { openSource } = await import('../../src/sources/index.js');
      const [dataset] = (await openSource(file, folder)).datasets;
      if (!dataset) throw new Error('no dataset');
      expect(dataset.sizeBytes).toBeGreaterThan(18_000_000);
      const before = process.memoryUsage().rss;
      let peak = before;
      let count = 0;
      let misaligned = 0;
      for await (const row of dataset.rows!({ warn: () => undefined })) {
        count++;
        if (row.length !== 4) misaligned++;
        if (count % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      }
      expect(count).toBe(400_000);
      expect(misaligned).toBe(0);
      expect(peak - before).toBeLessThan(60 * 1024 * 1024);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('csv header heuristics', () => {
  it.each([
    [['name', 'email'], false],
    [['2019', 'region'], false],
    [['1', 'anna@example.com'], true],
    [['2024-01-31', 'Anna'], true],
    [['1', '2.5', '-3'], true],
    [['', ''], false],
  ])('looksLikeDataRow(%j) is %s', (row, expected) => {
    expect(looksLikeDataRow(row)).toBe(expected);
  });

  it('renames repeats past names already taken', () => {
    expect(uniqueFieldNames(['a', 'a_2', 'a', ' '])).toEqual(['a', 'a_2', 'a_3', 'column_4']);
  });
});
