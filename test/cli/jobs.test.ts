// --jobs runs inputs on worker threads (compiled CLI only); the result must not depend on it.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/datamin.js');
const run = promisify(execFile);

async function scan(jobs: number): Promise<Record<string, unknown>> {
  const out = await run(process.execPath, [bin, 'scan', 'examples', '--jobs', String(jobs), '--format', 'json'], { cwd: root }).catch(
    (error: { code?: number; stdout?: string }) => {
      if (error.code !== 1) throw error as Error;
      return { stdout: error.stdout ?? '' };
    },
  );
  const result = JSON.parse(out.stdout) as Record<string, unknown>;
  delete result.startedAt;
  delete result.durationMs;
  return result;
}

describe('--jobs', () => {
  it('needs the compiled CLI (npm test builds it first)', () => {
    expect(existsSync(path.join(root, 'dist/scan/scan-worker.js'))).toBe(true);
  });
  it('gives the same result on one thread and on three', async () => {
    const [one, three] = await Promise.all([scan(1), scan(3)]);
    expect((one.fields as unknown[]).length).toBeGreaterThan(40);
    expect(three).toEqual(one);
  }, 60_000);
});
