// Hostile structure through the whole scan (issue 26): reading, classification, rules and the
// JSON report, timed at two sizes (4× apart; linear work takes about 4× as long, quadratic 16×).
// The parts have tests of their own (test/sources/csv-linear.test.ts, json.test.ts,
// config/load-config.test.ts, rules/big-purpose-map.test.ts); these catch a quadratic cost that
// only the whole pipeline has, as a per-field step over every other field would be.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { expectLinearTime } from '../helpers/linear-time.js';
import { runCli } from '../helpers/run-cli.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'datamin-hostile-sizes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder holding `files`, made once per size. */
function folder(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

async function scan(dir: string): Promise<ScanResult> {
  const run = await runCli(['scan', '.', '--format', 'json', '--fail-on', 'critical'], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ScanResult;
}

describe('hostile structure through the whole scan, in linear time', () => {
  it('a CSV of thousands of columns', async () => {
    await expectLinearTime(
      'columns',
      1_000,
      (n) => {
        const names = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `email_${i}` : `code_${i}`));
        const rows = [0, 1, 2].map((r) => names.map((_, i) => (i % 3 === 0 ? `u${r}x${i}@example.org` : String(r * i))).join(','));
        return folder(`wide-${n}`, { 'wide.csv': `${names.join(',')}\n${rows.join('\n')}\n` });
      },
      async (dir) => expect((await scan(dir)).fields).not.toHaveLength(0),
      { runs: 1, noiseMs: 150 },
    );
  }, 240_000);

  it('a JSON record of one string of megabytes', async () => {
    await expectLinearTime(
      'string length',
      1_000_000,
      (n) => folder(`string-${n}`, { 'notes.json': `[{"id":1,"note":"${'call me at home '.repeat(n / 16)}"},{"id":2,"note":"x"}]\n` }),
      async (dir) => expect((await scan(dir)).datasets.map((d) => d.rows)).toEqual([2]),
      { runs: 1, noiseMs: 150 },
    );
  }, 240_000);

  it('a datamin.yaml declaring thousands of tables (as `datamin init` drafts it), beside a few', async () => {
    await expectLinearTime(
      'declared tables',
      800,
      (n) => {
        const declared = Array.from({ length: n }, (_, i) => `  t_${i}:\n    retention_field: created_at\n    fields:\n      email: [todo]\n      phone: [todo]\n`);
        const files: Record<string, string> = { 'datamin.yaml': `version: 1\npurposes:\n  todo: {}\ndatasets:\n${declared.join('')}` };
        for (let i = 0; i < 5; i++) files[`t_${i}.csv`] = 'email,phone,created_at\nann@example.org,+44 20 7946 0958,2020-01-01\n';
        return folder(`map-${n}`, files);
      },
      async (dir) => expect((await scan(dir)).findings.filter((f) => f.ruleId === 'stale-declaration').length).toBeGreaterThan(0),
      { runs: 1, noiseMs: 150 },
    );
  }, 240_000);
});
