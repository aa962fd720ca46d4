// The commands besides `scan` (detectors, rules, init), the global flags, and the 0/1/2 exit-code
// contract of `scan` (README "Exit codes": 0 clean, 1 findings at/above --fail-on, 2 errors).
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { detectors } from '../../src/detectors/index.js';
import type { ScanResult, Severity } from '../../src/model/result.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/cli');
const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'datamin-commands-'));
const shipped = (parse(readFileSync(path.join(root, 'rules.default.yaml'), 'utf8')) as { rules: Array<{ id: string; severity: Severity }> }).rules;
const defaultSeverity = Object.fromEntries(shipped.map((r) => [r.id, r.severity]));

afterAll(() => {
  rmSync(tempRoot, { recursive: true, force: true });
});

function tempDir(): string {
  return mkdtempSync(path.join(tempRoot, 'case-'));
}

const noStack = /\n\s+at /;

describe('datamin detectors', () => {
  it('lists every registered detector id, grouped by kind with counts', async () => {
    const run = await runCli(['detectors'], { cwd: root });
    expect(run.code).toBe(0);
    const listed = [...run.stdout.matchAll(/^ {2}(\S+) {2,}/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(detectors.map((d) => d.id).sort());
    const names = detectors.filter((d) => d.kind === 'name').length;
    expect(run.stdout).toContain(`name detectors (${names})`);
    expect(run.stdout).toContain(`value detectors (${detectors.length - names})`);
  });

  it('--json gives the registry: id, kind and categories of each detector, in order', async () => {
    const run = await runCli(['detectors', '--json'], { cwd: root });
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ id: string; kind: string; categories: string[]; description: string }>;
    expect(rows.map((r) => [r.id, r.kind, r.categories])).toEqual(detectors.map((d) => [d.id, d.kind, [...d.categories]]));
    for (const r of rows) expect(r.description.length).toBeGreaterThan(0);
  });
});

describe('datamin rules', () => {
  const overrides = [
    'version: 1',
    'rules:',
    '  never-store: medium',
    '  stale-declaration: off',
    '  minimization-sparse-field: { severity: low }',
    '  retention-exceeded: { enabled: false }',
    '',
  ].join('\n');

  function ruleLine(stdout: string, id: string): string {
    const line = stdout.split('\n').find((l) => l.startsWith(`${id} `));
    if (line === undefined) throw new Error(`no line for ${id}`);
    return line.replace(/\s+/g, ' ').trim();
  }

  it('without a datamin.yaml lists every rule at its shipped severity', async () => {
    const run = await runCli(['rules'], { cwd: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('overrides from');
    for (const { id, severity } of shipped) expect(ruleLine(run.stdout, id)).toBe(`${id} ${severity}`);
  });

  it('shows the effective severity after an override, `off` for a disabled rule, and the default beside it', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'datamin.yaml'), overrides);
    const run = await runCli(['rules'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('overrides from');
    expect(ruleLine(run.stdout, 'never-store')).toBe('never-store medium (default critical)');
    expect(ruleLine(run.stdout, 'stale-declaration')).toBe('stale-declaration off (default low)');
    expect(ruleLine(run.stdout, 'minimization-sparse-field')).toBe('minimization-sparse-field low (default info)');
    expect(ruleLine(run.stdout, 'retention-exceeded')).toBe('retention-exceeded off (default high)');
    expect(ruleLine(run.stdout, 'unknown-purpose')).toBe('unknown-purpose high');
  });

  it('--json has one row per rule with severity, default severity and switch', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'datamin.yaml'), overrides);
    const run = await runCli(['rules', '--json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ id: string; severity: Severity; defaultSeverity: Severity; enabled: boolean }>;
    expect(rows.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    const changed: Record<string, { severity: Severity; enabled: boolean }> = {
      'never-store': { severity: 'medium', enabled: true },
      'stale-declaration': { severity: 'low', enabled: false },
      'minimization-sparse-field': { severity: 'low', enabled: true },
      'retention-exceeded': { severity: 'high', enabled: false },
    };
    for (const r of rows) {
      expect(r.defaultSeverity).toBe(defaultSeverity[r.id]);
      expect({ severity: r.severity, enabled: r.enabled }).toEqual(changed[r.id] ?? { severity: defaultSeverity[r.id], enabled: true });
    }
  });

  it('--config reads overrides from the named file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'policy.yaml'), overrides);
    const run = await runCli(['rules', '--json', '--config', 'policy.yaml'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ id: string; severity: Severity }>;
    expect(rows.find((r) => r.id === 'never-store')?.severity).toBe('medium');
  });
});

describe('datamin init', () => {
  /** A folder `data/` with two personal exports and one without personal data. */
  function dataFolder(): string {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'data'));
    copyFileSync(path.join(fixtures, 'ng.rule-minimization-quasi-identifiers-fires/people.csv'), path.join(dir, 'data/people.csv'));
    copyFileSync(path.join(fixtures, 'ok.rule-never-store-quiet/logins.csv'), path.join(dir, 'data/logins.csv'));
    writeFileSync(path.join(dir, 'data/stock.csv'), 'sku,amount\nA-1,3\nB-2,5\nC-3,8\n');
    return dir;
  }

  it('writes a draft listing every detected personal field with [todo] and its categories', async () => {
    const dir = dataFolder();
    const scan = await runCli(['scan', 'data', '--format', 'json'], { cwd: dir });
    const personal = (JSON.parse(scan.stdout) as ScanResult).fields.filter((f) => f.categories.length > 0);
    expect(personal.length).toBeGreaterThanOrEqual(6);

    const run = await runCli(['init', 'data'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`wrote data/datamin.yaml: ${personal.length} personal fields`);
    const text = readFileSync(path.join(dir, 'data/datamin.yaml'), 'utf8');
    const lines = text.split('\n');
    for (const f of personal) {
      const line = lines.find((l) => l.trim().startsWith(`${f.field}: [todo]`) && l.includes(f.categories[0].id));
      expect(line, `${f.dataset}.${f.field}`).toBeDefined();
      for (const c of f.categories) expect(line).toContain(c.id);
    }
    const draft = parse(text) as { datasets: Record<string, { fields: Record<string, string[]> }> };
    expect(Object.keys(draft.datasets).sort()).toEqual(['logins', 'people']); // stock has no personal data
    for (const f of personal) expect(draft.datasets[f.dataset].fields[f.field]).toEqual(['todo']);
  });

  it('writes a valid config: a following scan exits 1 on its TODOs, not 2', async () => {
    const dir = dataFolder();
    expect((await runCli(['init', 'data'], { cwd: dir })).code).toBe(0);
    const run = await runCli(['scan', 'data', '--format', 'json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([]);
    const rules = new Set(result.findings.map((f) => f.ruleId));
    expect(rules).toContain('missing-legal-basis');
    expect(rules).toContain('retention-undeclared');
    expect(rules).not.toContain('undeclared-personal-field'); // every personal field is listed
    expect(rules).not.toContain('unknown-purpose'); // and mapped to the declared `todo` purpose
  });

  it('refuses to overwrite an existing file without --force (exit 2), and overwrites with it', async () => {
    const dir = dataFolder();
    const target = path.join(dir, 'data/datamin.yaml');
    writeFileSync(target, 'version: 1\n# hand-written\n');
    const refused = await runCli(['init', 'data'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('data/datamin.yaml already exists; use --force to overwrite it');
    expect(refused.stderr).not.toMatch(noStack);
    expect(readFileSync(target, 'utf8')).toBe('version: 1\n# hand-written\n');
    const forced = await runCli(['init', 'data', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('[todo]');
  });

  // Regression: two files with the same stem once gave a duplicate YAML key in the draft.
  it('writes a valid config when two files share a dataset name', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'data/a'), { recursive: true });
    mkdirSync(path.join(dir, 'data/b'), { recursive: true });
    copyFileSync(path.join(fixtures, 'ok.rule-never-store-quiet/logins.csv'), path.join(dir, 'data/a/users.csv'));
    copyFileSync(path.join(fixtures, 'ok.rule-minimization-precision-quiet/members.csv'), path.join(dir, 'data/b/users.csv'));
    expect((await runCli(['init', 'data'], { cwd: dir })).code).toBe(0);
    const run = await runCli(['scan', 'data', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('ends with a commented override that, filled in and uncommented, takes effect', async () => {
    const dir = dataFolder();
    expect((await runCli(['init', 'data'], { cwd: dir })).code).toBe(0);
    const file = path.join(dir, 'data/datamin.yaml');
    const draft = readFileSync(file, 'utf8');
    const hint = draft.slice(draft.indexOf('# overrides:'));
    const uncommented = hint.replace(/^# ?/gm, '').replace('DATASET', 'logins').replace('FIELD', 'email');
    writeFileSync(file, draft.replace(hint, uncommented));
    const run = await runCli(['scan', 'data', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    const email = (JSON.parse(run.stdout) as ScanResult).fields.find((f) => f.dataset === 'logins' && f.field === 'email')!;
    expect(email.categories).toEqual([]);
    expect(email.override?.detected).toContain('contact.email');
  });

  it('--output writes the draft elsewhere', async () => {
    const dir = dataFolder();
    const run = await runCli(['init', 'data', '--output', 'draft.yaml'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'draft.yaml'), 'utf8')).toContain('people:');
  });
});

describe('global flags and usage errors', () => {
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

  it('--help exits 0 and documents the exit codes', async () => {
    const run = await runCli(['--help'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: datamin');
    expect(run.stdout).toMatch(/Exit status:[\s\S]*0 {2}no finding[\s\S]*1 {2}findings[\s\S]*2 {2}usage, config, source, rule or output errors/);
  });

  it('scan --help exits 0', async () => {
    const run = await runCli(['scan', '--help'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--fail-on');
  });

  it('--version exits 0 and prints the package version', async () => {
    const run = await runCli(['--version'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it('an unknown command exits 2', async () => {
    const run = await runCli(['frobnicate'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
    expect(run.stdout).toBe('');
  });

  it('--fail-on bogus exits 2 and names the allowed severities', async () => {
    const run = await runCli(['scan', 'x.csv', '--fail-on', 'bogus'], { cwd: path.join(fixtures, 'ok.csv-basic') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('critical, high, medium, low, info');
    expect(run.stdout).toBe('');
  });

  it('--format bogus exits 2', async () => {
    const run = await runCli(['scan', 'contacts.csv', '--format', 'bogus'], { cwd: path.join(fixtures, 'ok.csv-basic') });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});

describe('exit-code contract of scan', () => {
  // stale-declaration is low: one finding whose severity sits below the default --fail-on high.
  const lowCase = path.join(fixtures, 'ng.rule-stale-declaration-fires');
  // never-store is critical.
  const criticalCase = path.join(fixtures, 'ng.rule-never-store-fires');

  async function exitCode(cwd: string, args: string[]): Promise<number> {
    return (await runCli(['scan', ...args, '--format', 'json'], { cwd })).code;
  }

  it('0 when the only finding is below --fail-on (default high)', async () => {
    expect(await exitCode(lowCase, ['customers.csv'])).toBe(0);
    expect(await exitCode(lowCase, ['customers.csv', '--fail-on', 'medium'])).toBe(0);
  });

  it('1 when a finding is at or above --fail-on', async () => {
    expect(await exitCode(lowCase, ['customers.csv', '--fail-on', 'low'])).toBe(1);
    expect(await exitCode(criticalCase, ['logins.csv'])).toBe(1);
    expect(await exitCode(criticalCase, ['logins.csv', '--fail-on', 'critical'])).toBe(1);
  });

  it('0 with no findings at all, whatever --fail-on', async () => {
    expect(await exitCode(path.join(fixtures, 'ok.rule-stale-declaration-quiet'), ['customers.csv', '--fail-on', 'info'])).toBe(0);
  });

  it('scan.fail_on in datamin.yaml sets the threshold, and --fail-on overrides it', async () => {
    const dir = tempDir();
    cpSync(lowCase, dir, { recursive: true });
    writeFileSync(path.join(dir, 'datamin.yaml'), `${readFileSync(path.join(lowCase, 'datamin.yaml'), 'utf8')}scan:\n  fail_on: low\n`);
    expect(await exitCode(dir, ['customers.csv'])).toBe(1);
    expect(await exitCode(dir, ['customers.csv', '--fail-on', 'high'])).toBe(0);
  });

  it('2 on a source error even when findings at/above --fail-on exist, and the findings are still reported', async () => {
    const run = await runCli(['scan', 'logins.csv', 'missing.csv', '--format', 'json'], { cwd: criticalCase });
    expect(run.code).toBe(2);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.findings.map((f) => `${f.ruleId} ${f.dataset}.${f.field}`)).toEqual(['never-store logins.password']);
    expect(result.errors.map((e) => [e.code, e.level, e.file])).toEqual([['source-error', 'error', 'missing.csv']]);
  });

  it('2 on a source error with no findings at all', async () => {
    const run = await runCli(['scan', 'customers.csv', 'missing.csv', '--format', 'json', '--fail-on', 'info'], {
      cwd: path.join(fixtures, 'ok.rule-stale-declaration-quiet'),
    });
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).findings).toEqual([]);
  });
});
