// Repeated --format with per-format files: one scan writes SARIF, JUnit and Markdown files and
// prints the table, and the flag combinations that cannot work are usage errors (exit 2).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveTargets } from '../../src/cli/output-targets.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const out = mkdtempSync(path.join(os.tmpdir(), 'datamin-outputs-'));

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('per-format outputs', () => {
  it('writes every format from one scan and prints the one without a file', async () => {
    const sarifFile = path.join(out, 'reports/datamin.sarif');
    const junitFile = path.join(out, 'junit.xml');
    const markdownFile = path.join(out, 'summary.md');
    const run = await runCli(['scan', 'examples', '--format', `sarif=${sarifFile}`, '--format', `junit=${junitFile}`, '--format', `markdown=${markdownFile}`, '--format', 'table'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('customers');
    expect(run.stdout).not.toMatch(/^\s*[{<#]/);
    expect((JSON.parse(readFileSync(sarifFile, 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(readFileSync(junitFile, 'utf8')).toMatch(/^<\?xml/);
    expect(readFileSync(markdownFile, 'utf8')).toMatch(/^## datamin: /);
  });

  it('--output takes the one format without a file', async () => {
    const file = path.join(out, 'result.json');
    const run = await runCli(['scan', 'examples/customers.csv', '--format', 'json', '--output', file], { cwd: root });
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('findings');
  });

  it('an unknown format is a usage error', async () => {
    const run = await runCli(['scan', 'examples', '--format', 'yaml'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'yaml' is not a format");
  });

  it('two formats for stdout are a usage error, before anything is scanned', async () => {
    const run = await runCli(['scan', 'examples', '--format', 'json', '--format', 'sarif'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('only one --format can go to stdout');
    expect(existsSync(path.join(root, 'datamin.sarif'))).toBe(false);
  });

  it('prints the table when piped, and refuses a PDF bound for a terminal before scanning', async () => {
    const piped = await runCli(['scan', 'examples/customers.csv', '-q'], { cwd: root });
    expect(piped.stdout).toMatch(/^datamin \S+ scanned 1 source/);
    const tty = await runCli(['scan', 'examples/customers.csv', '--format', 'pdf'], { cwd: root, tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('a PDF is binary: write it with --output report.pdf');
    expect(tty.stdout).toBe('');
  });

  it('resolves targets', () => {
    expect(resolveTargets([], undefined, true)).toEqual([{ format: 'table' }]);
    // Like ESLint: the table also when piped; scripts ask for --format json.
    expect(resolveTargets([], undefined, false)).toEqual([{ format: 'table' }]);
    expect(() => resolveTargets([{ format: 'pdf' }], undefined, true)).toThrow('a PDF is binary');
    expect(resolveTargets([{ format: 'pdf' }], undefined, false)).toEqual([{ format: 'pdf' }]);
    expect(resolveTargets([{ format: 'pdf', file: 'r.pdf' }, { format: 'table' }], undefined, true)).toEqual([{ format: 'pdf', file: 'r.pdf' }, { format: 'table' }]);
    expect(resolveTargets([], 'out.sarif', false)).toEqual([{ format: 'sarif', file: 'out.sarif' }]);
    expect(resolveTargets([{ format: 'sarif', file: 'a.sarif' }, { format: 'table' }], undefined, true)).toEqual([{ format: 'sarif', file: 'a.sarif' }, { format: 'table' }]);
    expect(resolveTargets([{ format: 'markdown' }], 'pr.md', false)).toEqual([{ format: 'markdown', file: 'pr.md' }]);
    expect(() => resolveTargets([{ format: 'sarif', file: 'a' }], 'b', false)).toThrow('--output has no format to write');
    expect(() => resolveTargets([{ format: 'sarif', file: 'a' }, { format: 'json', file: 'a' }], undefined, false)).toThrow("two formats would write the same file 'a'");
  });
});
