// A field name of a long run of `[` once made the context evidence (parent path, dataset subject,
// linkability) quadratic: each split its path with /\.|\[[^\]]*\]/, which searches for a `]`
// from every `[` (a 1 MB header cell: no answer in minutes). Every path split goes through the
// linear splitPath; this drives a whole scan at two sizes.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectLinearTime } from '../helpers/linear-time.js';
import { runCli } from '../helpers/run-cli.js';

describe('a CSV header cell of a long run of brackets', () => {
  const root = mkdtempSync(join(tmpdir(), 'datamin-brackets-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is classified in time linear in its length', async () => {
    await expectLinearTime(
      'brackets header',
      25_000,
      (n) => {
        const dir = join(root, `n${n}`);
        mkdirSync(dir);
        writeFileSync(join(dir, 'brackets.csv'), `id,email,${'['.repeat(n)}x.${'['.repeat(n)}\n1,ann@example.com,y\n2,bob@example.org,z\n`);
        return dir;
      },
      async (dir) => {
        const run = await runCli(['scan', dir, '--format', 'json'], { cwd: dir });
        expect([0, 1]).toContain(run.code);
      },
      { runs: 1, noiseMs: 50 },
    );
  }, 120_000);
});
