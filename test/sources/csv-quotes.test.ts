// A quote that opens a cell and never closes properly costs its record and an error naming the
// line it opened on, never the rest of the file (issue 26); a quote inside an unquoted cell is
// text (RFC 4180 §2.5), and a multi-line quoted cell is still one record.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row, SourceWarning } from '../../src/model/index.js';
import type { ScanResult } from '../../src/model/result.js';
import { openSource, type StreamOptions } from '../../src/sources/index.js';
import { findBrokenQuote } from '../../src/sources/csv-quotes.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'datamin-csv-quotes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Reads `text` as a CSV both ways (rows, and the fast record feed), which must agree. */
async function read(text: string, options: StreamOptions = {}): Promise<{ rows: Row[]; warnings: SourceWarning[]; fed: number; fedWarnings: SourceWarning[] }> {
  const file = path.join(dir, 'quotes.csv');
  await writeFile(file, text);
  const dataset = (await openSource(file, dir, options)).datasets[0];
  const rows: Row[] = [];
  const warnings: SourceWarning[] = [];
  for await (const row of dataset.rows!({ warn: (w) => warnings.push(w) })) rows.push([...row]);
  let fed = 0;
  const fedWarnings: SourceWarning[] = [];
  const sink = { addRecord: () => void fed++, add: (batch: readonly Row[]) => void (fed += batch.length) };
  await dataset.feed!(sink, { warn: (w) => fedWarnings.push(w) });
  return { rows, warnings, fed, fedWarnings };
}

const people = (count: number): string[] => Array.from({ length: count }, (_, i) => `${i + 1},Anna ${i + 1},anna${i + 1}@example.com`);

describe('quotes that do not close properly', () => {
  it('a stray quote at the start of a cell costs one record and an error on its line, not the rest of the file', async () => {
    const lines = ['id,name,email', ...people(50)];
    lines[3] = '3,"Anna 3,anna3@example.com';
    const { rows, warnings, fed, fedWarnings } = await read(lines.join('\n') + '\n');
    expect(rows).toHaveLength(49);
    expect(rows[2]).toEqual(['4', 'Anna 4', 'anna4@example.com']);
    expect(fed).toBe(49);
    const errors = warnings.filter((w) => w.level === 'error');
    expect(errors.map((w) => w.line)).toEqual([4, undefined]);
    expect(errors[0].message).toMatch(/quote opened on line 4 does not close properly/);
    expect(errors[1].message).toBe('49 of 50 records read: 1 record skipped because a quote in it does not close properly');
    expect(fedWarnings).toEqual(warnings);
    // Never the cell's text.
    expect(JSON.stringify(warnings)).not.toContain('anna3');
  });

  it('text after a closing quote breaks the quote', async () => {
    const lines = ['id,name,email', ...people(5)];
    lines[2] = '2,"Anna" 2,anna2@example.com';
    const { rows, warnings } = await read(lines.join('\n') + '\n');
    expect(rows.map((row) => row[0])).toEqual(['1', '3', '4', '5']);
    expect(warnings.filter((w) => w.level === 'error').map((w) => w.line)).toEqual([3, undefined]);
  });

  it('a stray quote that meets a quoted cell rows later is broken, and that cell is read', async () => {
    const lines = ['id,name,email', ...people(8)];
    lines[2] = '2,"Anna 2,anna2@example.com';
    lines[6] = '6,"Anna, 6",anna6@example.com';
    const { rows, warnings } = await read(lines.join('\n') + '\n');
    expect(rows.map((row) => row[0])).toEqual(['1', '3', '4', '5', '6', '7', '8']);
    expect(rows[4]).toEqual(['6', 'Anna, 6', 'anna6@example.com']);
    expect(warnings.filter((w) => w.level === 'error').map((w) => w.line)).toEqual([3, undefined]);
  });

  it('a stray quote closed properly rows later, making a record of the wrong width, is broken', async () => {
    const lines = ['id,name,email', ...people(8)];
    lines[2] = '2,Anna 2,"anna2@example.com';
    lines[6] = '6,Anna 6",anna6@example.com';
    const { rows, warnings } = await read(lines.join('\n') + '\n');
    expect(rows.map((row) => row[0])).toEqual(['1', '3', '4', '5', '6', '7', '8']);
    expect(rows[4]).toEqual(['6', 'Anna 6"', 'anna6@example.com']);
    expect(warnings.filter((w) => w.level === 'error').map((w) => w.line)).toEqual([3, undefined]);
  });

  it('keeps quotes inside unquoted cells as text and multi-line quoted cells as one record', async () => {
    const text = 'id,name,note\n1,Anna "Annie" M,plain\n2,Ben,"two\nlines, and ""quotes"""\n3,Cleo,5" screen\n';
    const { rows, warnings } = await read(text);
    expect(rows).toEqual([
      ['1', 'Anna "Annie" M', 'plain'],
      ['2', 'Ben', 'two\nlines, and "quotes"'],
      ['3', 'Cleo', '5" screen'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('recovers when the broken record is read in small chunks (CRLF, the chunked reader)', async () => {
    const lines = ['id,name,email', ...people(3000)];
    lines[2000] = '2000,"Anna 2000,anna2000@example.com';
    const { rows, warnings, fed } = await read(lines.join('\r\n') + '\r\n', { chunkBytes: 1024 });
    expect(rows).toHaveLength(2999);
    expect(fed).toBe(2999);
    expect(warnings.filter((w) => w.level === 'error').map((w) => w.line)).toEqual([2001, undefined]);
  });

  it('finds the broken quote in linear passes', () => {
    expect(findBrokenQuote('1,"a,b\n2,c,d\n', 0, 3, ',', '\n')).toBe(2);
    expect(findBrokenQuote('1,"a""b",c\n', 0, 3, ',', '\n')).toBeUndefined();
    expect(findBrokenQuote('1,a"b,c\n', 0, 3, ',', '\n')).toBeUndefined();
    expect(findBrokenQuote('1,"a"b,c\n', 0, 3, ',', '\n')).toBe(2);
    expect(findBrokenQuote('1,"a\nb",c\r\n', 0, 3, ',', '\r\n')).toBeUndefined();
  });
});

describe('the bundled customers.csv with a stray quote in row 3', () => {
  it('reports the line the quote opened on and how many rows were read, and exits 2', async () => {
    const lines = (await readFile(path.join(root, 'examples/customers.csv'), 'utf8')).split('\n');
    lines[3] = lines[3].replace(',Daan,', ',"Daan,');
    await writeFile(path.join(dir, 'customers.csv'), lines.join('\n'));
    const { code, stdout } = await runCli(['scan', 'customers.csv', '--format', 'json'], { cwd: dir });
    expect(code).toBe(2);
    const result = JSON.parse(stdout) as ScanResult;
    const errors = result.errors.filter((e) => e.level === 'error');
    expect(errors.map((e) => [e.file, e.line])).toEqual(expect.arrayContaining([['customers.csv', 4], ['customers.csv', undefined]]));
    expect(errors.map((e) => e.message).join('\n')).toContain('239 of 240 records read');
  });
});

describe('a broken quote in a file read in byte ranges', () => {
  it('reports what a whole-file read reports', async () => {
    const lines = ['id,name,email', ...people(4000)];
    lines[3000] = '3000,"Anna 3000,anna3000@example.com';
    await writeFile(path.join(dir, 'big.csv'), lines.join('\n') + '\n');
    const scan = async (env: Record<string, string>): Promise<ScanResult['errors']> => {
      const { code, stdout } = await runCli(['scan', 'big.csv', '--format', 'json'], { cwd: dir, env });
      expect(code).toBe(2);
      return (JSON.parse(stdout) as ScanResult).errors;
    };
    const whole = await scan({});
    expect(whole.find((e) => e.line === 3001)?.message).toMatch(/quote opened on line 3001/);
    expect(whole.map((e) => e.message)).toContain('3999 of 4000 records read: 1 record skipped because a quote in it does not close properly');
    expect(await scan({ DATAMIN_RANGE_BYTES: '20000' })).toEqual(whole);
  });
});
