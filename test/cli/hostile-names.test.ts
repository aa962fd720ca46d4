// Hostile file and field names (test/helpers/hostile-names.ts) reach the terminal and the
// `datamin init` draft only as inert text (issue 26): no escape sequence on stderr or in the
// progress line, and a draft that parses to exactly the names scanned, whatever they hold.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { draftConfig } from '../../src/cli/commands/init.js';
import { formatProgress } from '../../src/cli/progress.js';
import type { ScanResult } from '../../src/model/result.js';
import { HOSTILE_NAMES, RAW_CONTROL, withHostileNames } from '../helpers/hostile-names.js';
import { runCli } from '../helpers/run-cli.js';

const base = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/sarif/ci-result.json'), 'utf8')) as ScanResult;
const dir = mkdtempSync(path.join(tmpdir(), 'datamin-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('datamin init: the draft parses to exactly the scanned names', () => {
  const result = withHostileNames({ ...base, datasets: [], fields: [], findings: [], errors: [], sources: [], resolved: [] });
  // A date column per dataset, so the retention_field comment lists a hostile name too.
  for (const { name } of HOSTILE_NAMES) {
    result.fields.push({ source: `exports/${name}.csv`, dataset: name, field: `${name} date`, categories: [], stats: { count: 3, empty: 0, distinct: 3, dates: 3 } });
  }
  const draft = draftConfig(result, '2026-11-30');
  const document = parseDocument(draft);

  it('is valid YAML with only the intended top-level keys', () => {
    expect(document.errors).toEqual([]);
    expect(document.warnings).toEqual([]);
    expect(Object.keys(document.toJS() as object)).toEqual(['version', 'purposes', 'datasets']);
    expect(draft).not.toMatch(RAW_CONTROL);
  });

  it.each(HOSTILE_NAMES)('$why: one dataset key and one field key, both the exact name', ({ name }) => {
    const parsed = document.toJS() as { version: number; purposes: Record<string, unknown>; datasets: Record<string, { fields: Record<string, unknown> }> };
    expect(parsed.version).toBe(1);
    expect(Object.keys(parsed.purposes)).toEqual(['todo']);
    expect(parsed.datasets[name]).toEqual({ fields: { [name]: ['todo'] } });
  });

  it('has exactly one dataset per name', () => {
    const parsed = document.toJS() as { datasets: Record<string, unknown> };
    expect(Object.keys(parsed.datasets).sort()).toEqual(HOSTILE_NAMES.map((n) => n.name).sort());
  });
});

describe('terminal messages', () => {
  it.each(HOSTILE_NAMES)('$why: the progress line shows the file name with visible escapes', ({ name }) => {
    const line = formatProgress({ label: `${name}.csv`, rows: 10, bytes: 100, totalBytes: 1000 }, 2000);
    expect(line).not.toMatch(RAW_CONTROL);
    expect(line).not.toMatch(/[\n\r\t]/);
  });

  // One unreadable file per name: its error names the file on stderr (init) and in the table.
  const folder = path.join(dir, 'inputs');
  const fileNames = HOSTILE_NAMES.map(({ name }) => name.replaceAll('/', '∕').replaceAll('\u0000', '0')).map((name) => `${name}.json`);
  mkdirSync(folder, { recursive: true });
  for (const file of fileNames) writeFileSync(path.join(folder, file), '{"a": [1, 2,');

  it('init prints each broken file on stderr without a raw control character', { timeout: 60_000 }, async () => {
    const run = await runCli(['init', 'inputs', '--output', path.join(dir, 'draft.yaml')], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('datamin: error:'))).toHaveLength(fileNames.length);
    expect(run.stderr).not.toMatch(RAW_CONTROL);
    expect(run.stderr).toContain('email\\x1b[31mRED\\x1b[0m.json');
    expect(run.stdout).not.toMatch(RAW_CONTROL);
  });

  it('the table on a terminal and a fatal error show names with visible escapes', { timeout: 60_000 }, async () => {
    const scan = await runCli(['scan', 'inputs', '--format', 'table', '--quiet'], { cwd: dir, tty: true });
    // eslint-disable-next-line no-control-regex -- chalk's colour codes are the only ESC sequences allowed
    expect(scan.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW_CONTROL);
    const missing = await runCli(['scan', 'inputs', '--config', 'missing\u001b]8;;https://evil.example/\u0007.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\\x1b\]8;;https:.*evil\.example.*\\x07\.yaml/);
    expect(missing.stderr).not.toMatch(RAW_CONTROL);
  });
});
