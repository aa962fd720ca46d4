// ci/gitlab/datamin.gitlab-ci.yml run as a GitLab runner runs a job: the job's variables in the
// environment, its script lines in order in one bash (`set -eo pipefail`, as the runner's bash
// shell), at the project directory. DATAMIN_PACKAGE is the `npm pack` tarball of this repository
// (datamin is not on a registry yet) and the install is real (see test/helpers/npm-install-env.ts
// for how it avoids compiling better-sqlite3). Both reports the job publishes must exist and be
// valid: the code-quality report against GitLab's documented keys, the JUnit report as XML.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsFresh } from '../../scripts/prepare.mjs';
import { gitlabContractViolations } from '../helpers/gitlab-contract.js';
import { npmInstallEnv, packRepository } from '../helpers/npm-install-env.js';
import { CUSTOMERS, LEADS, PURPOSE_MAP } from './fixtures.js';

const root = path.resolve(import.meta.dirname, '../..');

interface Job {
  stage: string;
  image: string;
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; reports: { codequality: string; junit: string }; paths: string[] };
}

const template = parse(readFileSync(path.join(root, 'ci/gitlab/datamin.gitlab-ci.yml'), 'utf8')) as Record<string, Job>;
const job = template.datamin;

const PLANTED = ['ana.lopez@example.org', 'Ben Okafor', '+44 20 7946 0958'];

describe('the GitLab CI template', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  let tarball: string;

  beforeAll(async () => {
    expect(distIsFresh(root), 'dist/ is older than its sources: run `npm run build` first').toBe(true);
    work = mkdtempSync(path.join(os.tmpdir(), 'datamin-gitlab-'));
    env = await npmInstallEnv(root, work);
    tarball = (await packRepository(root, work, env)).tarball;
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  /** The job on a project, with the variables a user would override. */
  function runJob(project: string): { code: number; output: string } {
    const variables = { ...job.variables, DATAMIN_PACKAGE: tarball, DATAMIN_TOOL_DIR: path.join(work, 'tool') };
    const script = path.join(work, 'job.sh');
    writeFileSync(script, `${job.script.join('\n')}\n`);
    const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: project,
      env: { ...env, ...variables, CI: 'true', GITLAB_CI: 'true', CI_PROJECT_DIR: project },
      encoding: 'utf8',
      timeout: 240_000,
    });
    return { code: run.status ?? 1, output: run.stdout + run.stderr };
  }

  function project(name: string): string {
    const dir = path.join(work, name);
    mkdirSync(path.join(dir, 'data'), { recursive: true });
    writeFileSync(path.join(dir, 'data', 'customers.csv'), CUSTOMERS);
    writeFileSync(path.join(dir, 'datamin.yaml'), PURPOSE_MAP);
    const baseline = spawnSync(process.execPath, [path.join(root, 'bin', 'datamin.js'), 'baseline', 'data', '--quiet'], { cwd: dir, encoding: 'utf8' });
    expect(baseline.status, baseline.stderr).toBe(0);
    return dir;
  }

  function reports(dir: string): { codequality: unknown; junit: string } {
    const codequality = path.join(dir, job.artifacts.reports.codequality);
    const junit = path.join(dir, job.artifacts.reports.junit);
    expect(existsSync(codequality), 'the code-quality report exists').toBe(true);
    expect(existsSync(junit), 'the JUnit report exists').toBe(true);
    const text = readFileSync(codequality, 'utf8');
    expect(text.charCodeAt(0), 'no byte-order mark (GitLab refuses one)').not.toBe(0xfeff);
    return { codequality: JSON.parse(text), junit: readFileSync(junit, 'utf8') };
  }

  it('publishes the code-quality and JUnit reports, also when the job fails', () => {
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.reports).toEqual({ codequality: 'gl-code-quality-report.json', junit: 'datamin-junit.xml' });
  });

  it('passes when the baseline covers every finding, with valid empty reports', () => {
    const dir = project('passing');
    const run = runJob(dir);
    expect(run.code, run.output).toBe(0);
    const { codequality, junit } = reports(dir);
    expect(gitlabContractViolations(codequality)).toEqual([]);
    expect(codequality).toEqual([]); // accepted findings are not code-quality issues
    expect(junit).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="datamin" tests="2" failures="0" errors="0" skipped="2">/);
  }, 240_000);

  it('fails on a new finding, with the finding in both reports and no value anywhere', () => {
    const dir = project('failing');
    writeFileSync(path.join(dir, 'data', 'leads.csv'), LEADS);
    const run = runJob(dir);
    expect(run.code, run.output).toBe(1);
    const { codequality, junit } = reports(dir);
    expect(gitlabContractViolations(codequality)).toEqual([]);
    expect(codequality).toContainEqual(expect.objectContaining({ check_name: 'undeclared-personal-field', severity: 'critical', location: { path: 'data/leads.csv', lines: { begin: 1 } } }));
    expect(junit).toContain('<testcase classname="datamin.leads" name="undeclared-personal-field: phone">\n      <failure');
    // Well-formed enough for a JUnit reader: one root, balanced suites and cases.
    expect(junit.match(/<testsuite\b/g)?.length).toBe(junit.match(/<\/testsuite>/g)?.length);
    expect(junit.trimEnd().endsWith('</testsuites>')).toBe(true);
    for (const value of PLANTED) expect(run.output + JSON.stringify(codequality) + junit).not.toContain(value);
  }, 240_000);
});
