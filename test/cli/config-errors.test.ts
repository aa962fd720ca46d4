// Broken datamin.yaml files through the CLI: each must exit 2 with one `file:line:col: message`
// line per problem (all of them, not just the first), no stack trace and nothing on stdout.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'datamin-config-errors-'));

afterAll(() => {
  rmSync(tempRoot, { recursive: true, force: true });
});

const CSV = 'id,email\n1,anna.rossi@example.com\n2,lukas.berger@example.com\n';

/** A fresh folder holding users.csv and, when given, datamin.yaml with `config` as its text. */
function workspace(config?: string): string {
  const dir = mkdtempSync(path.join(tempRoot, 'case-'));
  writeFileSync(path.join(dir, 'users.csv'), CSV);
  if (config !== undefined) writeFileSync(path.join(dir, 'datamin.yaml'), config);
  return dir;
}

/** The lines the CLI printed for the problems, without the `datamin: ` prefix and the summary. */
function problemLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('datamin: ') && !/ in the configuration; nothing was scanned$/.test(line))
    .map((line) => line.slice('datamin: '.length));
}

function expectCleanFailure(run: { code: number; stdout: string; stderr: string }): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  expect(run.stderr).not.toContain('unexpected error');
}

interface BrokenConfig {
  name: string;
  config: string;
  /** Every problem line expected, in order: `datamin.yaml:<line>:<col>: <message>`. */
  problems: string[];
}

const LEGAL_BASES = 'consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests';

const cases: BrokenConfig[] = [
  {
    name: 'bad YAML syntax (a nested mapping in a compact one)',
    config: 'version: 1\npurposes:\n  accounts: legal_basis: contract\n',
    problems: ['datamin.yaml:3:13: YAML syntax error: Nested mappings are not allowed in compact mappings'],
  },
  {
    name: 'bad YAML syntax (a tab as indentation)',
    config: 'version: 1\npurposes:\n\taccounts: {}\n',
    problems: ['datamin.yaml:3:1: YAML syntax error: Tabs are not allowed as indentation'],
  },
  {
    name: 'a duplicate key',
    config: 'version: 1\npurposes: {}\npurposes: {}\n',
    problems: ['datamin.yaml:3:1: YAML syntax error: Map keys must be unique'],
  },
  {
    name: "an unknown key ('feilds')",
    config: 'version: 1\ndatasets:\n  users:\n    feilds:\n      email: [accounts]\n',
    problems: ["datamin.yaml:4:5: datasets.users: unknown key 'feilds' (expected one of retention_field, fields, subject, timestamp_field, release, group_by, k)"],
  },
  {
    name: "a wrong enum value ('legal_basis: consnt')",
    config: 'version: 1\npurposes:\n  accounts:\n    legal_basis: consnt\n',
    problems: [`datamin.yaml:4:18: purposes.accounts.legal_basis: 'consnt' is not one of ${LEGAL_BASES}`],
  },
  {
    name: "a bad duration ('retention: two years')",
    config: 'version: 1\npurposes:\n  accounts:\n    legal_basis: contract\n    retention: two years\n',
    problems: ["datamin.yaml:5:16: purposes.accounts.retention: 'two years' is not an ISO 8601 duration (for example P2Y, P6M, P30D)"],
  },
  {
    name: 'an unknown rule under rules:',
    config: 'version: 1\nrules:\n  never-stor: off\n',
    problems: ["datamin.yaml:3:3: rules.never-stor: unknown rule id 'never-stor' (run 'datamin rules' to list them)"],
  },
  {
    name: 'a bad rule severity',
    config: 'version: 1\nrules:\n  never-store: loud\n',
    problems: ["datamin.yaml:3:16: rules.never-store: expected 'off', a severity (critical, high, medium, low, info) or { severity, enabled }, got 'loud'"],
  },
  {
    name: 'a field mapped to a single purpose instead of a list',
    config: 'version: 1\ndatasets:\n  users:\n    fields:\n      email: accounts\n',
    problems: ["datamin.yaml:5:14: datasets.users.fields.email: expected a list, got 'accounts'"],
  },
  {
    name: 'an unsupported version',
    config: 'version: 2\n',
    problems: ['datamin.yaml:1:10: version: 2 is not supported (expected 1)'],
  },
  {
    name: 'several errors at once (all reported, in file order)',
    config: [
      'version: 1',
      'purposes:',
      '  accounts:',
      '    legal_basis: consnt',
      '    retention: two years',
      'datasets:',
      '  users:',
      '    feilds: {}',
      'rules:',
      '  nope: off',
      '',
    ].join('\n'),
    problems: [
      `datamin.yaml:4:18: purposes.accounts.legal_basis: 'consnt' is not one of ${LEGAL_BASES}`,
      "datamin.yaml:5:16: purposes.accounts.retention: 'two years' is not an ISO 8601 duration (for example P2Y, P6M, P30D)",
      "datamin.yaml:8:5: datasets.users: unknown key 'feilds' (expected one of retention_field, fields, subject, timestamp_field, release, group_by, k)",
      "datamin.yaml:10:3: rules.nope: unknown rule id 'nope' (run 'datamin rules' to list them)",
    ],
  },
];

describe('broken datamin.yaml through `datamin scan`', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const run = await runCli(['scan', 'users.csv', '--format', 'json'], { cwd: workspace(c.config) });
      expectCleanFailure(run);
      expect(problemLines(run.stderr)).toEqual(c.problems);
      const n = c.problems.length;
      expect(run.stderr).toContain(`datamin: ${n} problem${n === 1 ? '' : 's'} in the configuration; nothing was scanned`);
    });
  }

  it('names the file relative to the working folder when datamin.yaml sits beside the scanned file', async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, 'export'));
    writeFileSync(path.join(dir, 'export', 'users.csv'), CSV);
    writeFileSync(path.join(dir, 'export', 'datamin.yaml'), 'version: 1\npurposes:\n  accounts:\n    legal_basis: consnt\n');
    const run = await runCli(['scan', 'export/users.csv', '--format', 'json'], { cwd: dir });
    expectCleanFailure(run);
    expect(problemLines(run.stderr)).toEqual([`export/datamin.yaml:4:18: purposes.accounts.legal_basis: 'consnt' is not one of ${LEGAL_BASES}`]);
  });

  // Regression: a UTF-8 byte order mark (as Windows editors save it) was counted as a column.
  it('counts columns on line 1 without the UTF-8 byte order mark', async () => {
    const run = await runCli(['scan', 'users.csv', '--format', 'json'], { cwd: workspace('\uFEFFversion: 2\n') });
    expectCleanFailure(run);
    expect(problemLines(run.stderr)).toEqual(['datamin.yaml:1:10: version: 2 is not supported (expected 1)']);
  });

  it('reports the right line and column in a file with CRLF line endings', async () => {
    const run = await runCli(['scan', 'users.csv', '--format', 'json'], { cwd: workspace('version: 1\r\npurposes:\r\n  accounts:\r\n    legal_basis: consnt\r\n') });
    expectCleanFailure(run);
    expect(problemLines(run.stderr)).toEqual([`datamin.yaml:4:18: purposes.accounts.legal_basis: 'consnt' is not one of ${LEGAL_BASES}`]);
  });

  it('--config missing.yaml: says the file was not found', async () => {
    const run = await runCli(['scan', 'users.csv', '--format', 'json', '--config', 'missing.yaml'], { cwd: workspace() });
    expectCleanFailure(run);
    const lines = problemLines(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^missing\.yaml: config file not found/);
  });

  it('--config pointing at a broken file uses that file for the location', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'policy.yaml'), 'version: 1\nrules:\n  never-stor: off\n');
    const run = await runCli(['scan', 'users.csv', '--format', 'json', '--config', 'policy.yaml'], { cwd: dir });
    expectCleanFailure(run);
    expect(problemLines(run.stderr)).toEqual(["policy.yaml:3:3: rules.never-stor: unknown rule id 'never-stor' (run 'datamin rules' to list them)"]);
  });

  it('a valid datamin.yaml next to the broken cases scans normally (the cases fail for their error alone)', async () => {
    const config = 'version: 1\npurposes:\n  accounts:\n    legal_basis: contract\n    retention: P1Y\ndatasets:\n  users:\n    fields:\n      email: [accounts]\n';
    const run = await runCli(['scan', 'users.csv', '--format', 'json'], { cwd: workspace(config) });
    // Only retention-undeclared (medium, no retention_field) fires: below the default --fail-on high.
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('broken datamin.yaml through `datamin rules`', () => {
  it('exits 2 with the same located message', async () => {
    const run = await runCli(['rules'], { cwd: workspace('version: 1\nrules:\n  never-store: loud\n') });
    expectCleanFailure(run);
    expect(problemLines(run.stderr)).toEqual([
      "datamin.yaml:3:16: rules.never-store: expected 'off', a severity (critical, high, medium, low, info) or { severity, enabled }, got 'loud'",
    ]);
  });

  it('--config missing.yaml exits 2', async () => {
    const run = await runCli(['rules', '--config', 'missing.yaml'], { cwd: workspace() });
    expectCleanFailure(run);
    expect(problemLines(run.stderr)[0]).toMatch(/^missing\.yaml: config file not found/);
  });
});
