// Scan flags that shape the output without changing detection: report covers, the PDF/HTML
// format picked from the --output extension and --engine being refused.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const out = mkdtempSync(path.join(os.tmpdir(), 'datamin-flags-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('scan flags', () => {
  it('--title and --organization reach the result (and so the report covers)', async () => {
    const run = await runCli(['scan', 'examples/customers.csv', '--format', 'json', '--title', 'Q4 audit', '--organization', 'Acme AG'], { cwd: root });
    const result = JSON.parse(run.stdout) as ScanResult & { project?: string; organization?: string };
    expect(result.project).toBe('Q4 audit');
    expect(result.organization).toBe('Acme AG');
  });

  it('datamin.yaml `organization` is the default cover name', async () => {
    const run = await runCli(['scan', 'examples', '--format', 'json'], { cwd: root });
    expect((JSON.parse(run.stdout) as { organization?: string }).organization).toBe('Example Shop GmbH');
  });

  it('--output audit.pdf writes a PDF and audit.html an HTML page', async () => {
    const pdf = path.join(out, 'audit.pdf');
    const html = path.join(out, 'audit.html');
    await runCli(['scan', 'examples/customers.csv', '--output', pdf], { cwd: root });
    await runCli(['scan', 'examples/customers.csv', '--output', html], { cwd: root });
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('--engine is gone: the DuckDB CSV reader lost retention findings and line numbers, so a scan with it is a usage error', async () => {
    const run = await runCli(['scan', 'examples/customers.csv', '--format', 'json', '--engine', 'duckdb'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('--max-bytes takes a size with a decimal unit; anything else is a usage error, exit 2, before scanning', async () => {
    const { parseBytes } = await import('../../src/cli/commands/scan.js');
    expect(parseBytes('10GB')).toBe(10_000_000_000);
    expect(parseBytes('1.5 mb')).toBe(1_500_000);
    expect(parseBytes('4096')).toBe(4096);
    for (const bad of ['0', '-1GB', '10GiB', 'lots']) {
      const run = await runCli(['scan', 'examples/customers.csv', '--max-bytes', bad], { cwd: root });
      expect(run.code, bad).toBe(2);
      expect(run.stderr).toContain(`--max-bytes expects a size such as 500MB or 10GB, got '${bad}'`);
      expect(run.stdout).toBe('');
    }
  });
});
