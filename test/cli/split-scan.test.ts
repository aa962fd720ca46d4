// A big CSV is read in byte ranges (on all cores) and the range profiles merged: the scan must
// report what one whole-file read reports (rows, counts, dates, distinct, categories, warnings
// with their line numbers), the same for every --jobs, and fall back to a whole-file read when a
// split point lands inside a quoted field.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';
import { planSplit } from '../../src/cli/split-input.js';
import { runScan } from '../../src/cli/scan-pipeline.js';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
let dir: string;

/** ~400 KB: people, dates over ten years, multi-line quoted notes, a ragged row every 500. */
function customersCsv(rows: number): string {
  const lines = ['id,full_name,email,phone,signup_date,notes'];
  for (let i = 1; i <= rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    const notes = i % 9 === 0 ? `"Called +44 7911 ${String(100000 + i).slice(-6)}\nabout ""order ${i}"""` : i % 13 === 0 ? `"write to x${i}@example.org"` : 'ok';
    if (i % 500 === 0) lines.push(`${i},Broken Row`);
    else lines.push(`${i},Anna Müller ${i % 300},anna.m${i}@example.com,+44 7911 ${String(123456 + i).slice(-6)},${2016 + (i % 10)}-${month}-${day},${notes}`);
  }
  return lines.join('\n') + '\n';
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'datamin-split-'));
  await writeFile(path.join(dir, 'customers.csv'), customersCsv(6000));
  const fake = Array.from({ length: 6000 }, (_, i) => `${i},fake row ${i}`).join('\n');
  await writeFile(path.join(dir, 'fooled.csv'), `id,notes\n1,"${fake}"\n2,ok\n3,anna@example.com\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function scan(file: string, env: Record<string, string> = {}): Promise<ScanResult> {
  const out = await runCli(['scan', file, '--format', 'json'], { cwd: dir, env });
  expect(out.stderr).toBe('');
  return JSON.parse(out.stdout) as ScanResult;
}

/** What must not depend on how the file was read. */
function essentials(result: ScanResult): unknown {
  return {
    datasets: result.datasets,
    fields: result.fields.map((f) => ({ field: f.field, stats: f.stats, categories: f.categories.map((c) => c.id) })),
    errors: result.errors,
    findings: result.findings.map((f) => f.fingerprint),
  };
}

describe('scanning a CSV in byte ranges', () => {
  it('reports what a whole-file read reports', async () => {
    const file = path.join(dir, 'customers.csv');
    const ranges = (await planSplit({ file, label: 'customers.csv', cwd: dir, sample: 10_000, showValues: false }, (await stat(file)).size, 40_000))?.ranges;
    expect(ranges?.length).toBeGreaterThanOrEqual(8);
    const whole = await scan('customers.csv');
    const split = await scan('customers.csv', { DATAMIN_RANGE_BYTES: '40000' });
    expect(whole.datasets[0].rows).toBe(6000);
    expect(whole.errors.filter((e) => e.line).map((e) => e.line)).toEqual([501, 1001, 1501, 2001, 2501].map((n) => n + Math.floor(n / 9)));
    expect(essentials(split)).toEqual(essentials(whole));
  });

  it('reports progress for the whole file, summed over its ranges', async () => {
    const size = (await stat(path.join(dir, 'customers.csv'))).size;
    const seen: Array<{ input: string; rows: number; bytes: number; total: number | undefined }> = [];
    await runScan({
      paths: ['customers.csv'],
      cwd: dir,
      sample: 1000,
      showValues: false,
      failOn: 'high',
      now: new Date('2026-11-30T12:00:00Z'),
      version: 'test',
      rangeBytes: 40_000,
      onProgress: (input, rows, bytes, total) => seen.push({ input, rows, bytes, total }),
    });
    expect(seen.length).toBeGreaterThan(8);
    expect(new Set(seen.map((p) => p.input))).toEqual(new Set(['customers.csv']));
    expect(seen.every((p) => p.total === size)).toBe(true);
    for (let i = 1; i < seen.length; i++) expect(seen[i].bytes).toBeGreaterThanOrEqual(seen[i - 1].bytes);
    expect(seen.at(-1)).toMatchObject({ bytes: size, rows: 6000 });
  });

  it('falls back to one read when a split point is inside a quoted field', async () => {
    const whole = await scan('fooled.csv');
    const split = await scan('fooled.csv', { DATAMIN_RANGE_BYTES: '20000' });
    expect(whole.datasets[0].rows).toBe(3);
    expect(split).toEqual({ ...whole, durationMs: split.durationMs });
  });

  it('gives the same result with --jobs 1 and --jobs 2 (compiled CLI, worker threads)', async () => {
    const cli = async (jobs: string): Promise<ScanResult> => {
      const out = await run(process.execPath, [path.join(root, 'bin/datamin.js'), 'scan', 'customers.csv', '--jobs', jobs, '--format', 'json', '--sample', 'all'], {
        cwd: dir,
        env: { ...process.env, DATAMIN_RANGE_BYTES: '40000' },
      }).catch((error: { code?: number; stdout?: string }) => {
        if (error.code !== 1) throw error as Error;
        return { stdout: error.stdout ?? '' };
      });
      const result = JSON.parse(out.stdout) as ScanResult;
      return { ...result, durationMs: 0, startedAt: '' };
    };
    const [one, two] = await Promise.all([cli('1'), cli('2')]);
    expect(one.datasets[0].rows).toBe(6000);
    expect(two).toEqual(one);
  }, 60_000);
});
