// Issue 28: an `accept:` entry that matches no finding is reported at its line in every scan,
// and `--fail-on-unused-accepts` makes it (and a baseline entry no finding used) exit 1.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/baseline/shop');
const work = mkdtempSync(path.join(os.tmpdir(), 'datamin-unused-accepts-'));
cpSync(fixture, work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const base = readFileSync(path.join(fixture, 'datamin.yaml'), 'utf8');
const baseLines = base.trimEnd().split('\n').length;

/** The shop's map plus an entry accepting the undeclared phone column and one about a column that is gone. */
function configure(): void {
  writeFileSync(path.join(work, 'datamin.yaml'), `${base}accept:
  - rule: "*"
    dataset: customers
    field: phone
    reason: Delivery drivers call before arriving
  - rule: undeclared-personal-field
    dataset: customers
    field: fax
    reason: Fax column, dropped in 2024
`);
}

async function scan(...extra: string[]): Promise<{ code: number; result: ScanResult }> {
  const run = await runCli(['scan', '.', '--format', 'json', ...extra], { cwd: work });
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult };
}

describe('unused accept: entries', () => {
  it('are reported as a warning naming the entry line, without failing by default', async () => {
    configure();
    const { code, result } = await scan();
    expect(code).toBe(0);
    expect(result.errors).toEqual([
      {
        code: 'accept-unused',
        level: 'warning',
        file: 'datamin.yaml',
        line: baseLines + 6,
        message: 'accept entry for undeclared-personal-field on customers fax matched no finding; remove it if the finding is gone',
      },
    ]);
  });

  it('exit 1 with --fail-on-unused-accepts', async () => {
    configure();
    expect((await scan('--fail-on-unused-accepts')).code).toBe(1);
  });

  it('with every entry used, --fail-on-unused-accepts exits 0', async () => {
    writeFileSync(path.join(work, 'datamin.yaml'), `${base}accept:
  - rule: "*"
    dataset: customers
    field: phone
    reason: Delivery drivers call before arriving
`);
    const { code, result } = await scan('--fail-on-unused-accepts');
    expect(result.errors).toEqual([]);
    expect(code).toBe(0);
  });

  it('a baseline entry no finding used (resolved) also exits 1 with the flag', async () => {
    writeFileSync(path.join(work, 'datamin.yaml'), base);
    expect((await runCli(['baseline', '.'], { cwd: work })).code).toBe(0);
    const file = path.join(work, '.datamin-baseline.json');
    const baseline = JSON.parse(readFileSync(file, 'utf8')) as { findings: Array<Record<string, string>> };
    baseline.findings.push({ ...baseline.findings[0], fingerprint: 'f'.repeat(baseline.findings[0].fingerprint.length), field: 'fax' });
    writeFileSync(file, JSON.stringify(baseline, null, 2));
    const { code, result } = await scan('--baseline', '.datamin-baseline.json', '--fail-on-unused-accepts');
    expect(result.resolved?.map((r) => r.field)).toEqual(['fax']);
    expect(code).toBe(1);
    expect((await scan('--baseline', '.datamin-baseline.json')).code).toBe(0);
  });
});
