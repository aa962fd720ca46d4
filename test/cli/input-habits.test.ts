// What a scan says about its inputs (issue 22): a folder with nothing datamin reads says so and
// counts what it skipped by type; an unknown URL scheme is an unsupported database, not a missing
// file; two inputs giving one dataset name are warned about and their findings kept apart.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/index.js';
import { sharedDatasetNames } from '../../src/rules/engine.js';
import { runCli } from '../helpers/run-cli.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'datamin-inputs-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('inputs', () => {
  it('a folder scanned in part says in one line what it did not read, and why for code files', async () => {
    const dir = folder({
      'app/db/schema.rb': 'ActiveRecord::Schema[7.1].define(version: 1) do\n  create_table "people" do |t|\n    t.string "email"\n  end\nend\n',
      'app/lib/tasks.rb': 'puts 1\n', 'app/lib/util.rb': 'puts 2\n', 'app/config/layout.xml': '<x/>', 'app/datamin.yaml': 'version: 1\n',
    });
    const run = await runCli(['scan', 'app', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.datasets.map((d) => d.name)).toEqual(['people']);
    // The purpose map is read, not skipped.
    expect(result.errors).toEqual([
      { code: 'files-skipped', level: 'warning', file: 'app', message: 'skipped 3 files datamin does not scan as inputs: 2 .rb (not db/schema.rb or a migration), 1 .xml' },
    ]);
    const table = await runCli(['scan', 'app'], { cwd: dir });
    expect(table.stdout).toContain('app: skipped 3 files datamin does not scan as inputs: 2 .rb (not db/schema.rb or a migration), 1 .xml');
  });

  it('a folder with no supported input says so and counts the skipped files by type', async () => {
    const dir = folder({ 'docs/readme.txt': 'hi', 'docs/notes.txt': 'x', 'docs/layout.xml': '<x/>', 'docs/Makefile': 'all:', 'data/customers.csv': 'email\nsomeone@example.org\n' });
    const run = await runCli(['scan', 'docs', 'data', '-q'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/docs: no supported input in this folder \(skipped 4 files: 2 \.txt, 1 \.xml, 1 no extension\); datamin reads [^\n]*\.csv /);
    expect(run.stdout).not.toContain('no such file');
    // The other input is still scanned.
    expect(run.stdout).toContain('customers (data/customers.csv');
    const empty = folder({ 'nothing/.keep': '' });
    expect((await runCli(['scan', 'nothing', '-q'], { cwd: empty })).stdout).toContain('nothing: no supported input in this folder (skipped 1 file: 1 no extension)');
    const gone = await runCli(['scan', 'no-such-folder', '-q'], { cwd: empty });
    expect(gone.stdout).toContain('no-such-folder: no such file, folder or matching glob');
  });

  it('an unknown URL scheme is an unsupported database, its password unshown, and the other inputs are scanned', async () => {
    const dir = folder({ 'customers.csv': 'email\nsomeone@example.org\n' });
    const run = await runCli(['scan', 'sqlserver://sa:Hunter2Secret@db.example/shop', 'customers.csv', '--format', 'json', '-q'], { cwd: dir });
    expect(run.code).toBe(2);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.datasets.map((d) => d.name)).toEqual(['customers']);
    const [error] = result.errors;
    expect(error.message).toMatch(/^unsupported database 'sqlserver:' \(datamin reads .*postgres:/);
    expect(`${run.stdout}${run.stderr}`).not.toContain('Hunter2Secret');
    expect(`${run.stdout}${run.stderr}`).not.toContain('no such file');
  });

  it('two inputs with one dataset name are warned about, and their findings have different fingerprints', async () => {
    const map = 'version: 1\npurposes:\n  shop:\n    legal_basis: contract\n    retention: P1Y\ndatasets: {}\n';
    const dir = folder({ 'datamin.yaml': map, '2024/customers.csv': 'email\nsomeone@example.org\n', '2025/customers.csv': 'email\nsomeone.else@example.org\n' });
    const run = await runCli(['scan', '.', '--format', 'json', '-q'], { cwd: dir });
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(run.code).toBe(1);
    const warning = result.errors.find((e) => e.code === 'dataset-name-shared');
    expect(warning?.level).toBe('warning');
    expect(warning?.message).toContain("2 inputs give dataset 'customers' (2024/customers.csv, 2025/customers.csv)");
    const fingerprints = result.findings.filter((f) => f.dataset === 'customers' && f.field === 'email').map((f) => f.fingerprint);
    expect(fingerprints).toHaveLength(2);
    expect(new Set(fingerprints).size).toBe(2);
    // A baseline taken when only 2024 existed accepts the 2024 finding and leaves the 2025 one new.
    const baseline = await runCli(['baseline', '2024', '-c', 'datamin.yaml', '-q'], { cwd: dir });
    expect(baseline.code).toBe(0);
    const again = JSON.parse((await runCli(['scan', '.', '--baseline', '.datamin-baseline.json', '--format', 'json', '-q'], { cwd: dir })).stdout) as ScanResult;
    const states = again.findings.filter((f) => f.field === 'email').map((f) => `${f.source} ${f.baseline}`);
    expect(states).toEqual(['2024/customers.csv accepted', '2025/customers.csv new']);
  });

  it('keeps the shortest distinguishing tail of each path, and no tail for a name one source gives', () => {
    const shared = sharedDatasetNames([
      { name: 'customers', source: 'exports/2024/customers.csv' },
      { name: 'customers', source: 'exports/2025/customers.csv' },
      { name: 'orders', source: 'shop.sql' },
      { name: 'users', source: 'shop.sql' },
    ]);
    expect([...shared.keys()]).toEqual(['customers']);
    expect([...(shared.get('customers')?.values() ?? [])]).toEqual(['2024/customers.csv', '2025/customers.csv']);
  });
});
