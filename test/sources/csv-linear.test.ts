// Hostile CSV shapes scan in linear time (issue 26): a very wide export and a cell of escaped
// quotes. Each case is timed at two sizes; twice the input must take well under three times as
// long (a quadratic cost takes four), with small absolute sizes so the suite stays fast.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceWarning } from '../../src/model/index.js';
import { DatasetProfiler } from '../../src/classify/profile-dataset.js';
import { detectorSet } from '../../src/detectors/index.js';
import { openSource } from '../../src/sources/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'datamin-csv-linear-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Opens, reads and classifies one CSV text; returns the seconds it took and what it read. */
async function scanCsv(name: string, text: string): Promise<{ seconds: number; rows: number; fields: number; health: number; warnings: SourceWarning[] }> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  const started = performance.now();
  // Small reads: more of them per long row, as a bigger file would need.
  const opened = await openSource(file, dir, { chunkBytes: 16 * 1024 });
  const dataset = opened.datasets[0];
  const profiler = new DatasetProfiler(dataset, { sample: 1000, showValues: false, detectors: detectorSet() });
  const warnings: SourceWarning[] = [];
  await dataset.feed!(profiler, { warn: (w) => warnings.push(w) });
  const evidence = await profiler.finish();
  const health = evidence.fields.filter((field) => field.categories.some((c) => c.id === 'special.health')).length;
  return { seconds: (performance.now() - started) / 1000, rows: profiler.rows, fields: evidence.fields.length, health, warnings };
}

/** The better of two runs at each size, so one slow moment on a shared machine does not decide. */
async function timeTwoSizes(make: (size: number) => string, size: number): Promise<[number, number]> {
  const at = async (n: number): Promise<number> => {
    const text = make(n);
    const first = await scanCsv(`conditions-${n}-a.csv`, text);
    const second = await scanCsv(`conditions-${n}-b.csv`, text);
    return Math.min(first.seconds, second.seconds);
  };
  await at(size / 4); // warm up the detectors and the JIT
  // Other test files share the two cores: a stalled timing is retried, a quadratic one fails
  // every attempt.
  let once = Infinity;
  let twice = Infinity;
  for (let attempt = 0; attempt < 3 && !(twice < 3 * once); attempt++) {
    once = Math.min(once, await at(size));
    twice = Math.min(twice, await at(2 * size));
  }
  return [once, twice];
}

describe('hostile CSV shapes in linear time', () => {
  // A clinical table: every CODE column looks for a person column among the others.
  const wide = (columns: number): string => {
    const names = Array.from({ length: columns }, (_, i) => `CODE${i + 1}`);
    names.push('PATIENT');
    return `${names.join(',')}\n${names.map((_, i) => String(i)).join(',')}\n`;
  };

  it('classifies a CSV of thousands of columns in time linear in the columns', async () => {
    const check = await scanCsv('conditions.csv', wide(100));
    expect(check).toMatchObject({ rows: 1, fields: 101, warnings: [] });
    expect(check.health).toBe(100);
    const [once, twice] = await timeTwoSizes(wide, 1000);
    expect(twice).toBeLessThan(3 * once);
  }, 120_000);

  // One quoted cell of `""` escapes, longer than a record the byte scanner keeps (1 MiB).
  const escapedQuotes = (pairs: number): string => `id,note\n1,"${'""'.repeat(pairs)}"\n2,plain\n`;

  it('reads a quoted cell of escaped quotes in time linear in its length', async () => {
    const check = await scanCsv('quotes.csv', escapedQuotes(600_000));
    expect(check).toMatchObject({ rows: 2, fields: 2, warnings: [] });
    const [once, twice] = await timeTwoSizes(escapedQuotes, 600_000);
    expect(twice).toBeLessThan(3 * once);
  }, 120_000);
});
