// `datamin report RESULT.json`: re-renders a saved result in any format without rescanning,
// after validating it against the published schema; anything else is one line and exit 2.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { reportFormat } from '../../src/cli/commands/report.js';
import type { ScanResult } from '../../src/model/index.js';
import { root, tempDir } from './html-pdf-support.js';

describe('datamin report', () => {
  const dir = tempDir();
  const saved = path.join(dir, 'result.json');
  let result: ScanResult;

  beforeAll(async () => {
    const run = await runCli(['scan', 'examples', '--format', 'json', '--output', saved], { cwd: root });
    expect(run.code).toBe(1);
    result = JSON.parse(readFileSync(saved, 'utf8')) as ScanResult;
  });

  it('carries the organisation, the record of processing and the method in the saved result', () => {
    expect(result.organization).toBe('Example Shop GmbH');
    expect(result.processing?.file).toBe('examples/datamin.yaml');
    const hr = result.processing?.purposes.find((p) => p.id === 'hr-administration');
    expect(hr).toMatchObject({ legalBasis: 'legal_obligation', retention: 'P10Y', declared: true, datasets: ['employees'] });
    expect(hr?.categories).toContain('special.religion');
    expect(result.processing?.purposes.find((p) => p.id === 'marketing-analytics')).toMatchObject({ declared: false, datasets: ['customers'] });
    expect(result.method?.detectors.length).toBeGreaterThan(20);
    expect(result.method?.thresholds.find((t) => t.category === 'contact.email')?.threshold).toBeGreaterThan(0);
  });

  it('renders html from the saved result, with --title and --organization on the cover', async () => {
    const out = path.join(dir, 'report.html');
    const run = await runCli(['report', saved, '--output', out, '--title', 'Audit 2026', '--organization', 'Søren & Müller <GmbH>'], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const page = readFileSync(out, 'utf8');
    expect(page).toContain('<h1>Audit 2026</h1>');
    expect(page).toContain('Søren &amp; Müller &lt;GmbH&gt;');
  });

  it('writes pdf bytes unchanged, to a file or to stdout', async () => {
    const out = path.join(dir, 'report.pdf');
    expect((await runCli(['report', saved, '--output', out], { cwd: root })).code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const piped = await runCli(['report', saved, '--format', 'pdf'], { cwd: root });
    expect(piped.stdout.startsWith('%PDF-')).toBe(true);
    const tty = await runCli(['report', saved, '--format', 'pdf'], { cwd: root, tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/--output/);
  });

  it('renders the terminal table and json too', async () => {
    const table = await runCli(['report', saved, '--format', 'table'], { cwd: root });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('never-store');
    const json = await runCli(['report', saved, '--format', 'json'], { cwd: root });
    expect(JSON.parse(json.stdout)).toEqual(result);
  });

  it('picks the format from the --output extension', () => {
    expect(reportFormat({ output: 'a/b.pdf' })).toBe('pdf');
    expect(reportFormat({ output: 'b.HTML' })).toBe('html');
    expect(reportFormat({ output: 'b.md' })).toBe('markdown');
    expect(reportFormat({ output: 'b.txt' })).toBe('table');
    expect(reportFormat({ format: 'json', output: 'b.pdf' })).toBe('json');
  });

  it('refuses a file that is not JSON in one line, without quoting its content', async () => {
    const bad = path.join(dir, 'broken.json');
    writeFileSync(bad, '{"email": "jane.roe@example.com", ');
    const run = await runCli(['report', bad, '--format', 'html'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/broken\.json: not JSON/);
    expect(run.stderr).not.toContain('jane.roe');
  });

  it('refuses JSON that is not a scan result, naming the first problem', async () => {
    const wrong = path.join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ ...result, findings: [{ ...result.findings[0], severity: 'urgent' }] }));
    const run = await runCli(['report', wrong, '--format', 'pdf', '--output', path.join(dir, 'never.pdf')], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/wrong\.json: not a datamin scan result: \/findings\/0\/severity/);
    const notResult = path.join(dir, 'other.json');
    writeFileSync(notResult, '[1, 2, 3]');
    expect((await runCli(['report', notResult], { cwd: root })).stderr).toMatch(/not a datamin scan result: \/ must be object/);
  });

  it('refuses a missing file', async () => {
    const run = await runCli(['report', path.join(dir, 'nope.json')], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope\.json: cannot read the file/);
  });
});
