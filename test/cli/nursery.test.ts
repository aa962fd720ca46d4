// The scan keeps the main thread's young generation at its start-up size (src/scan/gc-flags.ts):
// the growth factor must be set before the bundle loads and again after each worker's isolate
// resets it, or the nursery grows to 2 × 16 MB and a 1 GB full scan passes 200 MB peak RSS.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/datamin.js');
const probe = path.join(root, 'test/fixtures/probes/nursery-probe.mjs');
const run = promisify(execFile);
let dir: string;
let csv: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-nursery-'));
  csv = path.join(dir, 'export.csv');
  const { generateRealistic } = (await import(path.join(root, 'scripts/bench-realistic.mjs'))) as { generateRealistic: (file: string, bytes: number) => Promise<void> };
  await generateRealistic(csv, 20_000_000);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function largestNursery(...flags: string[]): Promise<number> {
  const env = { ...process.env, DATAMIN_RANGE_BYTES: '2000000' };
  const out = await run(process.execPath, ['--import', probe, bin, 'scan', csv, '--format', 'json', '--quiet', ...flags], { env, maxBuffer: 1 << 26 }).catch(
    (error: { code?: number; stderr?: string }) => {
      if (error.code !== 1) throw error as Error;
      return { stderr: error.stderr ?? '' };
    },
  );
  const match = /new_space max (\d+)/.exec(out.stderr);
  expect(match, out.stderr).not.toBeNull();
  return Number(match?.[1]);
}

describe("the main thread's nursery", () => {
  // Without the flag both grew to 32 MB on this 20 MB export (measured).
  it('stays at 8 MB or less through a full scan split across a worker', async () => {
    expect(await largestNursery('--sample', 'all', '--jobs', '2')).toBeLessThanOrEqual(8 * 2 ** 20);
  }, 60_000);
  it('stays at 8 MB or less through a default scan on one thread', async () => {
    expect(await largestNursery('--jobs', '1')).toBeLessThanOrEqual(8 * 2 ** 20);
  }, 60_000);
});
