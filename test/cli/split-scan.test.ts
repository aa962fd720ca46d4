// A big CSV or NDJSON file is read in byte ranges (on all cores) and the range profiles merged:
// the scan must report what one whole-file read reports (rows, counts, dates, distinct, categories, warnings
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
import { planSplit } from '../../src/scan/split-input.js';
import { runScan } from '../../src/scan/pipeline.js';

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

/**
 * ~700 KB of NDJSON whose keys grow: `loyalty.tier` from line 2500, `tags[]` from line 4200,
 * `device.ip` only on a few lines near the end; an invalid line every 700 and a blank every 900.
 */
function eventsNdjson(lines: number): string {
  const out: string[] = [];
  for (let i = 1; i <= lines; i++) {
    if (i % 700 === 0) out.push(`{"id": ${i}, "broken": `);
    else if (i % 900 === 0) out.push('');
    else {
      const record: Record<string, unknown> = { id: i, user: { name: `Zoë Müller ${i % 250}`, email: `zoe${i}@example.com` }, at: `${2016 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}` };
      if (i >= 2500 && i % 3 === 0) record.loyalty = { tier: ['gold', 'silver'][i % 2] };
      if (i >= 4200) record.tags = i % 4 === 0 ? [] : ['a', `t${i % 7}`];
      if (i > 5900 && i % 20 === 0) record.device = { ip: `10.0.${i % 200}.${i % 250}` };
      out.push(JSON.stringify(record));
    }
  }
  return out.join('\n') + '\n';
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'datamin-split-'));
  await writeFile(path.join(dir, 'customers.csv'), customersCsv(6000));
  await writeFile(path.join(dir, 'events.ndjson'), eventsNdjson(6000));
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

  it('reads NDJSON in ranges too, its growing fields merged by name in whole-file order', async () => {
    const file = path.join(dir, 'events.ndjson');
    const ranges = (await planSplit({ file, label: 'events.ndjson', cwd: dir, sample: 10_000, showValues: false }, (await stat(file)).size, 40_000))?.ranges;
    expect(ranges?.length).toBeGreaterThanOrEqual(8);
    const whole = await scan('events.ndjson');
    const split = await scan('events.ndjson', { DATAMIN_RANGE_BYTES: '40000' });
    expect(whole.datasets[0].rows).toBe(6000 - 8 - 6);
    expect(whole.fields.map((f) => f.field)).toEqual(['id', 'user.name', 'user.email', 'at', 'loyalty.tier', 'tags[]', 'device.ip']);
    expect(whole.fields.map((f) => f.line)).toEqual([1, 1, 1, 1, 2502, 4201, 5920]);
    expect(whole.errors.filter((e) => e.line).map((e) => e.line)).toEqual([700, 1400, 2100, 2800, 3500]);
    expect(split.fields.map((f) => f.line)).toEqual(whole.fields.map((f) => f.line));
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
      const out = await run(process.execPath, [path.join(root, 'bin/datamin.js'), 'scan', 'customers.csv', 'events.ndjson', '--jobs', jobs, '--format', 'json', '--sample', 'all'], {
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
    expect(one.datasets.map((d) => d.rows)).toEqual([6000, 6000 - 8 - 6]);
    expect(two).toEqual(one);
  }, 60_000);
});
