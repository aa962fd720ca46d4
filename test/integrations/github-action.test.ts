// action.yml run as GitHub's runner runs a composite action: each `run:` step in order with
// `bash --noprofile --norc -eo pipefail` (the runner's `shell: bash`), after the runner has
// substituted `${{ … }}` expressions (composite actions get no INPUT_* variables), with
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP set; a failing step ends the job. `uses:`
// steps cannot run here: they are recorded with their `with:` after substitution, and the test
// checks upload-sarif is handed the SARIF file the scan wrote.
//
// The action path is a folder of links to this repository's bin/, dist/ and node_modules/, so the
// install step takes its "already installed" branch; its other branch (npm ci, whose prepare
// script builds dist/) is what test/install/package-install.test.ts checks for a git install.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsFresh } from '../../scripts/prepare.mjs';
import { CUSTOMERS, LEADS, PURPOSE_MAP } from './fixtures.js';

const root = path.resolve(import.meta.dirname, '../..');

interface ActionStep {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

interface StepRun {
  step: ActionStep;
  code: number;
  stdout: string;
  stderr: string;
}
interface JobRun {
  /** Steps that ran (run: steps) or were recorded (uses: steps, code 0), in order. */
  steps: StepRun[];
  uses: Array<{ uses: string; if?: string; with: Record<string, string> }>;
  failed: boolean;
  outputs: Record<string, string>;
  summary: string;
}

const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as Action;

/** Parses GITHUB_OUTPUT (`name=value` lines, or `name<<DELIMITER` … `DELIMITER` blocks). */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/** Runs the action as the runner would, with `inputs` given in the workflow's `with:`. */
function runAction(inputs: Record<string, string>, dirs: { workspace: string; actionPath: string; temp: string }): JobRun {
  const unknown = Object.keys(inputs).filter((name) => !(name in action.inputs));
  if (unknown.length > 0) throw new Error(`not inputs of action.yml: ${unknown.join(', ')}`);
  const stepOutputs: Record<string, Record<string, string>> = {};
  /** The runner's substitution of the expressions this action uses; anything else is an error here. */
  const expand = (text: string): string =>
    text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
      let m: RegExpExecArray | null;
      if ((m = /^inputs\.([\w-]+)$/.exec(expression))) return inputs[m[1]] ?? action.inputs[m[1]]?.default ?? '';
      if (expression === 'github.action_path') return dirs.actionPath;
      if (expression === 'github.workspace') return dirs.workspace;
      if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression))) return stepOutputs[m[1]]?.[m[2]] ?? '';
      throw new Error(`the test harness does not know the expression \${{ ${expression} }}`);
    });
  const summaryFile = path.join(dirs.temp, `step-summary-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(summaryFile, '');
  const job: JobRun = { steps: [], uses: [], failed: false, outputs: {}, summary: '' };
  for (const [index, step] of action.runs.steps.entries()) {
    if (step.uses !== undefined) {
      job.uses.push({ uses: step.uses, ...(step.if === undefined ? {} : { if: step.if }), with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v))])) });
      continue;
    }
    expect(step.shell, `step ${step.name ?? index} names its shell (composite actions require it)`).toBe('bash');
    expect(step.if, 'run steps have no condition (the harness does not evaluate them)').toBeUndefined();
    const outputFile = path.join(dirs.temp, `output-${index}-${Math.random().toString(36).slice(2)}`);
    writeFileSync(outputFile, '');
    const script = path.join(dirs.temp, `step-${index}.sh`);
    writeFileSync(script, expand(step.run ?? ''));
    const env: NodeJS.ProcessEnv = {
      PATH: (process.env.PATH ?? '').split(path.delimiter).filter((d) => !d.includes(`node_modules${path.sep}.bin`)).join(path.delimiter),
      HOME: process.env.HOME ?? dirs.temp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dirs.workspace,
      GITHUB_ACTION_PATH: dirs.actionPath,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: dirs.temp,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v))])),
    };
    const cwd = step['working-directory'] === undefined ? dirs.workspace : expand(step['working-directory']);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8', timeout: 60_000 });
    job.steps.push({ step, code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr });
    if (step.id !== undefined) stepOutputs[step.id] = parseOutputFile(readFileSync(outputFile, 'utf8'));
    if (result.status !== 0) {
      job.failed = true;
      break;
    }
  }
  job.outputs = Object.fromEntries(Object.entries(action.outputs).map(([name, o]) => [name, expand(o.value)]));
  job.summary = readFileSync(summaryFile, 'utf8');
  return job;
}

const PLANTED = ['ana.lopez@example.org', 'Ben Okafor', '+44 20 7946 0958', '7946 0112'];

describe('the GitHub Action (action.yml)', () => {
  let work: string;
  let actionPath: string;

  beforeAll(() => {
    expect(distIsFresh(root), 'dist/ is older than its sources: run `npm run build` first').toBe(true);
    work = mkdtempSync(path.join(os.tmpdir(), 'datamin-action-'));
    actionPath = path.join(work, 'action');
    mkdirSync(actionPath);
    copyFileSync(path.join(root, 'action.yml'), path.join(actionPath, 'action.yml'));
    for (const entry of ['bin', 'dist', 'node_modules', 'package.json', 'rules.default.yaml', 'schemas']) symlinkSync(path.join(root, entry), path.join(actionPath, entry));
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** A checked-out repository: customers.csv, datamin.yaml and a baseline accepting today's findings. */
  function workspace(name: string): { workspace: string; actionPath: string; temp: string } {
    const dir = path.join(work, name);
    mkdirSync(path.join(dir, 'data'), { recursive: true });
    writeFileSync(path.join(dir, 'data', 'customers.csv'), CUSTOMERS);
    writeFileSync(path.join(dir, 'datamin.yaml'), PURPOSE_MAP);
    const baseline = spawnSync(process.execPath, [path.join(root, 'bin', 'datamin.js'), 'baseline', 'data', '--quiet'], { cwd: dir, encoding: 'utf8' });
    expect(baseline.status, baseline.stderr).toBe(0);
    const temp = path.join(work, `${name}-runner-temp`);
    mkdirSync(temp);
    return { workspace: dir, actionPath, temp };
  }

  it('is a composite action with the inputs the README documents', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'config', 'baseline', 'fail-on', 'formats', 'node-version']));
  });

  it('passes when the baseline covers every finding, uploads SARIF and writes the summary', () => {
    const dirs = workspace('passing');
    const job = runAction({ paths: 'data', 'fail-on': 'medium', formats: 'junit=reports/datamin.xml' }, dirs);
    expect(job.failed, job.steps.map((s) => s.stdout + s.stderr).join('\n')).toBe(false);
    expect(job.steps.map((s) => s.step.name)).toEqual(['Install datamin', 'Scan', 'Fail on new findings']);
    expect(job.outputs['exit-code']).toBe('0');

    const sarifFile = job.outputs['sarif-file'];
    expect(sarifFile).toBe(path.join(dirs.temp, 'datamin', 'datamin.sarif'));
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { version: string; runs: Array<{ results: Array<{ baselineState?: string }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r) => r.baselineState)).toEqual(['unchanged', 'unchanged']);
    expect(job.uses).toEqual([
      { uses: 'actions/setup-node@v4', if: "inputs.node-version != ''", with: { 'node-version': '20' } },
      { uses: 'github/codeql-action/upload-sarif@v3', if: "inputs.upload-sarif == 'true' && steps.scan.outputs.sarif-file != ''", with: { sarif_file: sarifFile, category: 'datamin' } },
    ]);

    expect(job.summary).toContain('## datamin: ✅ no new finding at or above medium');
    expect(job.summary).toMatch(/\| 0 \| 2 \| 0 \| 0 \|/); // new, accepted, resolved, errors
    expect(readFileSync(path.join(dirs.workspace, 'reports', 'datamin.xml'), 'utf8')).toContain('<testsuites name="datamin"');
  });

  it('fails on a new finding, after the SARIF and the summary are written', () => {
    const dirs = workspace('failing');
    writeFileSync(path.join(dirs.workspace, 'data', 'leads.csv'), LEADS);
    const job = runAction({ paths: 'data' }, dirs);
    expect(job.failed).toBe(true);
    const last = job.steps.at(-1)!;
    expect(last.step.name).toBe('Fail on new findings');
    expect(last.code).toBe(1);
    expect(last.stdout).toContain('::error title=datamin::new findings');
    expect(job.outputs['exit-code']).toBe('1');
    const sarif = JSON.parse(readFileSync(job.outputs['sarif-file'], 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; baselineState?: string; properties: { dataset?: string; field?: string } }> }> };
    expect(sarif.runs[0].results.filter((r) => r.baselineState === 'new').map((r) => `${r.ruleId} ${r.properties.dataset}.${r.properties.field}`)).toContain('undeclared-personal-field leads.phone');
    expect(job.summary).toContain('## datamin: ❌');
    expect(job.summary).toContain('phone');
    const everything = job.summary + job.steps.map((s) => s.stdout + s.stderr).join('') + readFileSync(job.outputs['sarif-file'], 'utf8');
    for (const value of PLANTED) expect(everything).not.toContain(value);
  });

  it('scans without a baseline when the file is missing, and says so', () => {
    const dirs = workspace('no-baseline');
    rmSync(path.join(dirs.workspace, '.datamin-baseline.json'));
    const job = runAction({ paths: 'data' }, dirs);
    expect(job.steps[1].stdout).toContain('::notice title=datamin::no baseline file at .datamin-baseline.json');
    expect(job.failed).toBe(true); // customers.full_name is undeclared and nothing accepts it
    expect(job.outputs['exit-code']).toBe('1');
  });

  it('keeps inputs as data: a command substitution in paths is a path, never run', () => {
    const dirs = workspace('injection');
    const job = runAction({ paths: 'data $(touch pwned) `touch pwned2`' }, dirs);
    expect(existsSync(path.join(dirs.workspace, 'pwned'))).toBe(false);
    expect(existsSync(path.join(dirs.workspace, 'pwned2'))).toBe(false);
    expect(job.outputs['exit-code']).toBe('2'); // the odd "paths" do not exist
    expect(job.failed).toBe(true);
  });
});
