// The CI gate end to end through the CLI (issue 11): scan → baseline → only new findings fail →
// an `accept:` entry with a reason accepts a new field → once it expires, the scan fails again
// and names the expired acceptance.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';

const fixture = path.resolve(import.meta.dirname, '../fixtures/baseline/shop');
const work = mkdtempSync(path.join(os.tmpdir(), 'datamin-ci-gate-'));
cpSync(fixture, work, { recursive: true });

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

async function scan(...extra: string[]): Promise<{ code: number; result: ScanResult; stderr: string }> {
  const run = await runCli(['scan', '.', '--format', 'json', ...extra], { cwd: work });
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult, stderr: run.stderr };
}

const failing = (result: ScanResult): string[] =>
  result.findings.filter((f) => f.baseline !== 'accepted' && ['critical', 'high'].includes(f.severity)).map((f) => `${f.ruleId} ${f.dataset ?? ''}.${f.field ?? ''}`);

/** Appends a column to every line of the CSV: header `name`, then `values(i)` per row. */
function addColumn(file: string, name: string, value: (row: number) => string): void {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  writeFileSync(file, `${lines.map((line, i) => `${line},${i === 0 ? name : value(i)}`).join('\n')}\n`);
}

function setConfig(extra: string): void {
  const base = readFileSync(path.join(fixture, 'datamin.yaml'), 'utf8');
  writeFileSync(path.join(work, 'datamin.yaml'), `${base}${extra}`);
}

describe('CI gate: baseline and acceptances', () => {
  it('fails before any baseline (an undeclared phone column)', async () => {
    const { code, result } = await scan();
    expect(code).toBe(1);
    expect(failing(result)).toEqual(['undeclared-personal-field customers.phone']);
    expect(result.findings.every((f) => f.baseline === undefined)).toBe(true);
  });

  it('datamin baseline writes a sorted, dated baseline file', async () => {
    const run = await runCli(['baseline', '.'], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/wrote \.datamin-baseline\.json: \d+ findings?/);
    const baseline = JSON.parse(readFileSync(path.join(work, '.datamin-baseline.json'), 'utf8')) as { version: number; findings: Array<Record<string, string>> };
    expect(baseline.version).toBe(1);
    expect(baseline.findings).toContainEqual(expect.objectContaining({ rule: 'undeclared-personal-field', dataset: 'customers', field: 'phone', accepted: '2026-11-30', severity: 'high' }));
    const keys = baseline.findings.map((e) => `${e.dataset ?? ''}\u0000${e.field ?? ''}\u0000${e.rule}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('scan --baseline exits 0 and marks every finding accepted', async () => {
    const { code, result } = await scan('--baseline', '.datamin-baseline.json');
    expect(code).toBe(0);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.baseline === 'accepted' && f.acceptance?.by === 'baseline')).toBe(true);
    expect(result.resolved).toEqual([]);
  });

  it('a new personal column fails the scan, naming only that field', async () => {
    addColumn(path.join(work, 'customers.csv'), 'date_of_birth', (i) => `19${60 + i}-0${1 + (i % 9)}-1${i % 10}`);
    const { code, result } = await scan('--baseline', '.datamin-baseline.json');
    expect(code).toBe(1);
    expect(failing(result)).toEqual(['undeclared-personal-field customers.date_of_birth']);
    const fresh = result.findings.filter((f) => f.baseline === 'new');
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((f) => f.field === 'date_of_birth')).toBe(true);
  });

  it('an accept: entry with a reason accepts it', async () => {
    setConfig(`accept:
  - rule: "*"
    dataset: customers
    field: date_of_birth
    reason: Age check for alcohol orders, reviewed by the DPO
    owner: shop-team
`);
    const { code, result } = await scan('--baseline', '.datamin-baseline.json');
    expect(code).toBe(0);
    const dob = result.findings.filter((f) => f.field === 'date_of_birth');
    expect(dob.length).toBeGreaterThan(0);
    for (const f of dob) expect(f.acceptance).toEqual(expect.objectContaining({ by: 'config', reason: 'Age check for alcohol orders, reviewed by the DPO', owner: 'shop-team', file: 'datamin.yaml', line: 15 }));
  });

  it('once the acceptance has expired, the scan fails again and names it', async () => {
    setConfig(`accept:
  - rule: undeclared-personal-field
    dataset: customers
    field: date_of_birth
    reason: Age check for alcohol orders
    expires: 2026-01-31
`);
    const { code, result } = await scan('--baseline', '.datamin-baseline.json');
    expect(code).toBe(1);
    expect(failing(result)).toEqual(['undeclared-personal-field customers.date_of_birth']);
    const expired = result.findings.find((f) => f.ruleId === 'undeclared-personal-field' && f.field === 'date_of_birth');
    expect(expired?.acceptance).toEqual(expect.objectContaining({ by: 'config', expired: true, expires: '2026-01-31' }));
    expect(expired?.message).toContain('acceptance expired on 2026-01-31: Age check for alcohol orders');
    const table = await runCli(['scan', '.', '--baseline', '.datamin-baseline.json', '--format', 'markdown'], { cwd: work });
    expect(table.stdout).toContain('acceptance expired on 2026-01-31');
    expect(table.stdout).toContain('### Expired acceptances');
  });

  it('a column removed from the export is listed as resolved, and --prune drops it', async () => {
    const file = path.join(work, 'customers.csv');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    // Drop `phone` (the third column).
    writeFileSync(file, `${lines.map((l) => l.split(',').filter((_, i) => i !== 2).join(',')).join('\n')}\n`);
    const { result } = await scan('--baseline', '.datamin-baseline.json');
    expect(result.resolved?.map((r) => `${r.ruleId} ${r.dataset ?? ''}.${r.field ?? ''}`)).toContain('undeclared-personal-field customers.phone');
    const pruned = await runCli(['baseline', '.', '--prune'], { cwd: work });
    expect(pruned.code, pruned.stderr).toBe(0);
    expect(pruned.stderr).toMatch(/[1-9]\d* pruned/);
    const after = await scan('--baseline', '.datamin-baseline.json');
    expect(after.result.resolved).toEqual([]);
  });

  it('a missing reason is a config error with file and line', async () => {
    setConfig(`accept:
  - rule: undeclared-personal-field
    field: date_of_birth
`);
    const run = await runCli(['scan', '.', '--format', 'json'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("datamin.yaml:15:5: accept.0: missing required key 'reason'");
  });

  it('a missing or broken baseline file is a usage error', async () => {
    setConfig('');
    const missing = await runCli(['scan', '.', '--baseline', 'nope.json'], { cwd: work });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: baseline file not found');
    writeFileSync(path.join(work, 'broken.json'), '{"version": 1, "findings": [{"rule": "x"}]}');
    const broken = await runCli(['scan', '.', '--baseline', 'broken.json'], { cwd: work });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.json: findings[0].severity');
  });
});
