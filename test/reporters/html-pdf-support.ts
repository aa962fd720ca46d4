// Shared by the HTML and PDF report tests: the raw personal values of the bundled examples,
// external tools (Debian's chromium and poppler-utils) that fail under CI=true and skip with a
// message locally, and a scan of the examples rendered to a temp file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';
export { rawValues } from '../helpers/example-values.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];


function hasCommand(command: string): boolean {
  return spawnSync(command, ['-v'], { encoding: 'utf8' }).error === undefined;
}

export const tools = {
  chromium: existsSync(CHROMIUM),
  poppler: hasCommand('pdftotext') && hasCommand('pdftoppm') && hasCommand('pdffonts'),
};

/**
 * `it` for a test that needs an external tool: runs when the tool is there; under CI=true it
 * runs anyway and fails with an install hint; locally it is skipped with a message.
 */
export function itWithTool(tool: keyof typeof tools, hint: string): typeof it | typeof it.skip {
  if (tools[tool] || process.env.CI === 'true') return it;
  console.warn(`skipping ${tool} tests: ${hint} (they fail instead under CI=true)`);
  return it.skip;
}

export function requireTool(tool: keyof typeof tools, hint: string): void {
  if (!tools[tool]) throw new Error(`${tool} is missing: ${hint}`);
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'datamin-report-'));
}

/** Scans the bundled examples into `file` in `format`; the examples trip rules, so exit 1. */
export async function scanExamplesTo(format: 'html' | 'pdf', file: string): Promise<CliRun> {
  return runCli(['scan', 'examples', '--format', format, '--output', file], { cwd: root });
}

/** pdftotext of a PDF (raw content order) on one line: words that wrap at a hyphen joined, whitespace collapsed. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const run = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.replace(/-\n/g, '-').replace(/\s+/g, ' ');
}

export function pdfPages(file: string): number {
  const run = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(run.stdout);
  if (!pages) throw new Error(`pdfinfo failed: ${run.stderr}`);
  return Number(pages[1]);
}
