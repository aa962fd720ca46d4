// An ODCS data contract through the built CLI (bin/datamin.js): found in a folder walk beside a
// datamin.yaml (which is not scanned), its fields classified at their lines, and its retention
// service level standing in for the purpose map's retention where datamin.yaml declares none:
// rows of customers.csv older than the contract's period are reported; a longer period, none.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'datamin-odcs-'));
const contract = path.join(work, 'contracts/customers.odcs.yaml');

function scan(): ScanResult {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/datamin.js'), 'scan', '.', '--format', 'json'], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(run.status, run.stderr).toBe(1);
  return JSON.parse(run.stdout) as ScanResult;
}

beforeAll(() => {
  mkdirSync(path.join(work, 'contracts'));
  cpSync(path.join(root, 'test/fixtures/sources/odcs/customers.odcs.yaml'), contract);
  const recent = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  writeFileSync(path.join(work, 'customers.csv'), `email,created_at\nada@example.org,2015-03-01\nbob@example.org,${recent}\ncy@example.org,${recent}\n`);
  writeFileSync(path.join(work, 'datamin.yaml'), 'version: 1\npurposes:\n  accounts:\n    legal_basis: contract\ndatasets:\n  customers:\n    retention_field: created_at\n    fields:\n      email: [accounts]\n');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('ODCS contract retention through the CLI', () => {
  it('reads the contract and reports rows older than its retention, naming the contract line', () => {
    const result = scan();
    expect(result.sources.map((s) => [s.path, s.kind])).toEqual([
      ['contracts/customers.odcs.yaml', 'odcs'],
      ['customers.csv', 'csv'],
    ]);
    const email = result.fields.find((f) => f.source === 'contracts/customers.odcs.yaml' && f.field === 'email');
    expect(email?.categories.map((c) => c.id)).toContain('contact.email');
    expect(email?.line).toBe(23);
    const exceeded = result.findings.filter((f) => f.ruleId === 'retention-exceeded');
    expect(exceeded.map((f) => [f.source, f.field, f.data?.rows, f.data?.retention, f.data?.retentionSource])).toEqual([['customers.csv', 'created_at', 1, 'P1Y', 'contracts/customers.odcs.yaml:66']]);
    expect(result.findings.filter((f) => f.ruleId === 'retention-undeclared')).toEqual([]);
  });

  it('reports nothing when the contract keeps rows longer, and retention-undeclared without a retention anywhere', () => {
    const text = readFileSync(contract, 'utf8');
    writeFileSync(contract, text.replace('    value: 1\n    unit: y\n', '    value: 20\n    unit: y\n'));
    expect(scan().findings.filter((f) => f.ruleId.startsWith('retention-'))).toEqual([]);
    writeFileSync(contract, text.replace(/slaProperties:[\s\S]*$/, ''));
    const undeclared = scan().findings.filter((f) => f.ruleId.startsWith('retention-'));
    expect(undeclared.map((f) => [f.ruleId, f.data?.purposes])).toEqual([
      ['retention-undeclared', ['accounts']],
      ['retention-undeclared', ['accounts']],
    ]);
  });
});
