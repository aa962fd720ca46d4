// scripts/result-identity.mjs proves that a refactoring changes no result: it must call two runs
// of the same code identical, and any change in a result a difference.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareFolders, normalizeResult } from '../../scripts/result-identity.mjs';

const repo = path.resolve(import.meta.dirname, '../..');
const script = path.join(repo, 'scripts/result-identity.mjs');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-result-identity-'));
  dirs.push(dir);
  return dir;
};
const runScript = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: repo, encoding: 'utf8' });

describe('result-identity normalization', () => {
  it('drops timings, start time and version, and replaces the checkout and today by placeholders', () => {
    const today = new Date().toISOString().slice(0, 10);
    const result = {
      tool: { name: 'datamin', version: '9.9.9' },
      startedAt: `${today}T01:02:03.000Z`,
      durationMs: 1234,
      errors: [{ file: '/home/me/datamin/test/x.csv', message: `rows older than ${today}` }],
      fields: [{ field: 'email', stats: { count: 3 } }],
    };
    expect(normalizeResult(result, { repo: '/home/me/datamin' })).toEqual({
      tool: { name: 'datamin' },
      errors: [{ file: '<repo>/test/x.csv', message: 'rows older than <today>' }],
      fields: [{ field: 'email', stats: { count: 3 } }],
    });
  });

  it('keeps every other difference', () => {
    const a = normalizeResult({ durationMs: 1, fields: [{ field: 'email', stats: { count: 3 } }] });
    const b = normalizeResult({ durationMs: 2, fields: [{ field: 'email', stats: { count: 4 } }] });
    expect(a).not.toEqual(b);
  });
});

describe('result-identity on the built CLI', () => {
  it('finds two runs of one fixture identical, and a changed result different', () => {
    const only = ['--only', '^file__test_fixtures_cli_ok.csv-basic_contacts', '--no-corpus'];
    const [first, second] = [tempDir(), tempDir()];
    for (const out of [first, second]) expect(runScript('--out', out, ...only).status).toBe(0);
    const files = readdirSync(first);
    expect(files).toEqual(['file__test_fixtures_cli_ok.csv-basic_contacts.csv.json']);
    const recorded = JSON.parse(readFileSync(path.join(first, files[0]), 'utf8'));
    // A real scan result, with fields, and without what differs between runs.
    expect(recorded.stdout.fields.length).toBeGreaterThan(0);
    expect(recorded.stdout).not.toHaveProperty('durationMs');
    expect(recorded.stdout).not.toHaveProperty('startedAt');
    expect(compareFolders(first, second)).toEqual([]);
    expect(runScript('--compare', first, second).status).toBe(0);

    recorded.stdout.fields[0].stats.count += 1;
    writeFileSync(path.join(second, files[0]), JSON.stringify(recorded));
    const compared = runScript('--compare', first, second);
    expect(compared.status).toBe(1);
    expect(compared.stdout).toContain('$.stdout.fields[0].stats.count');
  });
});
