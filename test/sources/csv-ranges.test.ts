// Splitting a CSV into byte ranges: every range starts on a record, reading the ranges one after
// another gives exactly the rows of one whole-file read, and a split point inside a quoted field
// is caught by the range before it (cleanEnd false).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row, SourceWarning } from '../../src/model/index.js';
import { openSource, type CsvDataset } from '../../src/sources/index.js';
import { planCsvRanges, type ByteRange } from '../../src/sources/csv-ranges.js';
import type { RangeReadSummary } from '../../src/sources/text-stream.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'datamin-ranges-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Rows with multi-line quoted notes, doubled quotes, non-ASCII text and the odd ragged row. */
function sampleCsv(rows: number, newline: string): string {
  const lines = ['id,name,email,notes'];
  for (let i = 1; i <= rows; i++) {
    const notes = i % 7 === 0 ? `"called on +49 30 ${1000000 + i}.${newline}second line, ""quoted"" text"` : i % 11 === 0 ? '"a, b"' : 'ok';
    lines.push(i % 97 === 0 ? `${i},Zoë Müller` : `${i},Zoë Müller ${i},z${i}@example.com,${notes}`);
  }
  return lines.join(newline) + newline;
}

async function write(name: string, text: string): Promise<{ file: string; size: number }> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return { file, size: Buffer.byteLength(text) };
}

async function readRange(file: string, range?: ByteRange): Promise<{ rows: Row[]; warnings: SourceWarning[]; summary?: RangeReadSummary }> {
  let summary: RangeReadSummary | undefined;
  const opened = await openSource(file, dir, range ? { range: { ...range, onEnd: (s) => (summary = s) } } : {});
  const dataset = opened.datasets[0] as CsvDataset;
  const rows: Row[] = [];
  const warnings: SourceWarning[] = [];
  for await (const batch of dataset.batches({ warn: (w) => warnings.push(w) })) rows.push(...batch.map((r) => [...r]));
  return summary ? { rows, warnings, summary } : { rows, warnings };
}

async function plan(file: string, size: number, rangeBytes: number): Promise<ByteRange[]> {
  const opened = await openSource(file, dir);
  const dataset = opened.datasets[0] as CsvDataset;
  return planCsvRanges(file, size, dataset.dialect, dataset.fields.length, rangeBytes);
}

describe('planCsvRanges', () => {
  for (const [label, newline] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    it(`splits a ${label} file with multi-line quoted fields into ranges whose rows add up to the whole file`, async () => {
      const { file, size } = await write(`multi-${label}.csv`, sampleCsv(3000, newline));
      const ranges = await plan(file, size, 20_000);
      expect(ranges.length).toBeGreaterThan(5);
      expect(ranges[0].start).toBe(0);
      expect(ranges.at(-1)!.end).toBe(size);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i].start).toBe(ranges[i - 1].end);

      const whole = await readRange(file);
      const parts = [];
      for (const range of ranges) parts.push(await readRange(file, range));
      expect(parts.flatMap((p) => p.rows)).toEqual(whole.rows);
      expect(parts.map((p) => p.summary!.cleanEnd)).toEqual(ranges.map(() => true));
      // Lines add up to the file's physical lines (the header included in the first range).
      expect(parts.reduce((n, p) => n + p.summary!.lines, 0)).toBe(sampleCsv(3000, newline).split(newline).length - 1);
      // Ragged rows are warned about in every range; counts add up to the whole file's.
      expect(parts.reduce((n, p) => n + p.summary!.warnings, 0)).toBe(30);
      expect(whole.warnings.at(-1)!.message).toBe('30 CSV problems in total (25 more not shown)');
    });
  }

  it('cuts the last two ranges in half, so threads finish together', async () => {
    const { file, size } = await write('tail.csv', sampleCsv(3000, '\n'));
    const rangeBytes = Math.round(size / 8);
    const sizes = (await plan(file, size, rangeBytes)).map((r) => (r.end - r.start) / rangeBytes);
    // 8 nominal ranges: 6 whole, then 4 halves (within the 1 kB a boundary search may move a cut).
    expect(sizes).toHaveLength(10);
    for (const s of sizes.slice(0, 6)) expect(s).toBeCloseTo(1, 1);
    for (const s of sizes.slice(6)) expect(s).toBeCloseTo(0.5, 1);
  });

  it('reads a file under two ranges in one piece', async () => {
    const { file, size } = await write('small.csv', sampleCsv(100, '\n'));
    expect(await plan(file, size, size)).toEqual([{ start: 0, end: size }]);
  });

  it('finds no boundary where every line break is inside one quoted field', async () => {
    const text = 'id,notes\n1,"' + 'line of text\n'.repeat(5000) + '"\n';
    const { file, size } = await write('one-cell.csv', text);
    expect(await plan(file, size, 10_000)).toEqual([{ start: 0, end: size }]);
  });

  it('reports a split inside a quoted field that looks like records as not ending cleanly', async () => {
    // A quoted cell holding lines that parse as 2-cell records fools the boundary search; the
    // range before the split then ends inside the open quote.
    const fake = Array.from({ length: 4000 }, (_, i) => `${i},fake row`).join('\n');
    const text = `id,notes\n1,"${fake}"\n2,ok\n`;
    const { file, size } = await write('fooled.csv', text);
    const ranges = await plan(file, size, 10_000);
    expect(ranges.length).toBeGreaterThan(1);
    const first = await readRange(file, ranges[0]);
    expect(first.summary!.cleanEnd).toBe(false);
  });
});
