// GitLab code quality: every issue holds the keys GitLab's documentation requires of a custom
// tool (https://docs.gitlab.com/ci/testing/code_quality/#implement-a-custom-tool), with its
// severities; accepted findings stay out, scan errors come in, and no value is ever printed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { gitlab, type GitlabIssue } from '../../src/reporters/gitlab.js';
import { gitlabContractViolations } from '../helpers/gitlab-contract.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const ciResult = JSON.parse(readFileSync(path.join(root, 'test/fixtures/sarif/ci-result.json'), 'utf8')) as ScanResult;
const render = async (result: ScanResult): Promise<GitlabIssue[]> => JSON.parse(String(await gitlab(result, { color: false }))) as GitlabIssue[];

describe('gitlab reporter', () => {
  it('writes an array of issues with every key GitLab requires', async () => {
    const issues = await render(ciResult);
    expect(gitlabContractViolations(issues)).toEqual([]);
    expect(issues[0]).toEqual({
      type: 'issue',
      check_name: 'undeclared-personal-field',
      description: 'customers.date_of_birth holds person.date_of_birth but no purpose declares it <script>alert(1)</script> | pipe & "quote"',
      categories: ['Security'],
      fingerprint: '0123456789abcdef',
      severity: 'critical',
      location: { path: 'exports/customers.csv', lines: { begin: 1 } },
    });
  });

  it('maps the five severities in order and leaves accepted findings out', async () => {
    const issues = await render(ciResult);
    // critical (expired acceptance: new again), high, low; the accepted phone and purpose are gone.
    expect(issues.map((i) => [i.check_name, i.severity, i.fingerprint])).toEqual([
      ['undeclared-personal-field', 'critical', '0123456789abcdef'],
      ['missing-legal-basis', 'blocker', '1111111111111111'],
      ['minimization-sparse-field', 'minor', '3333333333333333'],
    ]);
    const medium = await render({ ...ciResult, findings: [{ ...ciResult.findings[0], severity: 'medium' }, { ...ciResult.findings[0], severity: 'info', fingerprint: 'f' }] });
    expect(medium.map((i) => i.severity)).toEqual(['major', 'info']);
  });

  it('gives a finding without a line line 1, a database finding its redacted URL', async () => {
    const issues = await render(ciResult);
    expect(issues[2].location).toEqual({ path: 'postgres://app:***@db.internal/shop', lines: { begin: 1 } });
  });

  it('reports scan errors (not warnings) as issues with a stable fingerprint', async () => {
    const errors: ScanResult['errors'] = [
      { code: 'source-error', level: 'error', file: 'exports/broken.json', line: 3, message: 'unexpected end of JSON' },
      { code: 'warning', level: 'warning', file: 'exports/a.csv', line: 9, message: 'row 9 has 3 cells, the header 4' },
    ];
    const issues = await render({ ...ciResult, findings: [], errors });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ check_name: 'datamin/source-error', severity: 'major', location: { path: 'exports/broken.json', lines: { begin: 3 } } });
    expect((await render({ ...ciResult, findings: [], errors }))[0].fingerprint).toBe(issues[0].fingerprint);
    expect(gitlabContractViolations(issues)).toEqual([]);
  });

  it('shows control characters in names as escapes', async () => {
    const issues = await render({ ...ciResult, findings: [{ ...ciResult.findings[0], message: 'customers.\u001b[31mred holds contact.email' }] });
    expect(issues[0].description).toBe('customers.\\x1b[31mred holds contact.email');
  });

  it('renders the bundled examples through the CLI, without values', async () => {
    const run = await runCli(['scan', 'examples', '--format', 'gitlab'], { cwd: root });
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout) as unknown;
    expect(gitlabContractViolations(issues)).toEqual([]);
    expect((issues as GitlabIssue[]).length).toBeGreaterThan(5);
    expect(run.stdout).not.toContain('anna.raw@example.org');
  });
});
