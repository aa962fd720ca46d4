// --changed-only --since REF: only inputs git reports as changed (committed since REF,
// uncommitted or untracked) are scanned, findings about unscanned datasets are left out, and
// outside a git repository it is a usage error.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const repo = mkdtempSync(path.join(os.tmpdir(), 'datamin-changed-'));
const plain = mkdtempSync(path.join(os.tmpdir(), 'datamin-nogit-'));

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=CI', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'ignore' });
}

beforeAll(() => {
  cpSync(path.join(root, 'examples'), repo, { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'examples');
  git('tag', 'base');
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(plain, { recursive: true, force: true });
});

async function scanChanged(): Promise<{ code: number; result: ScanResult; stderr: string }> {
  const run = await runCli(['scan', '.', '--changed-only', '--since', 'base', '--format', 'json'], { cwd: repo });
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult, stderr: run.stderr };
}

describe('--changed-only', () => {
  it('scans nothing when nothing changed', async () => {
    const { code, result, stderr } = await scanChanged();
    expect(result.datasets).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(code).toBe(0);
    expect(stderr).toContain('scanning 0 of 5 inputs changed since base');
  });

  it('scans committed, uncommitted and untracked changes only', async () => {
    // Committed on the branch since `base`: app-users.csv loses its last row.
    const users = String(execFileSync('git', ['show', 'HEAD:app-users.csv'], { cwd: repo })).trimEnd().split('\n');
    writeFileSync(path.join(repo, 'app-users.csv'), `${users.slice(0, -1).join('\n')}\n`);
    git('commit', '-q', '-am', 'drop a user');
    // Uncommitted: orders.ndjson keeps its first 20 orders. Untracked: a new export.
    const orders = String(execFileSync('git', ['show', 'HEAD:orders.ndjson'], { cwd: repo })).split('\n');
    writeFileSync(path.join(repo, 'orders.ndjson'), `${orders.slice(0, 20).join('\n')}\n`);
    writeFileSync(path.join(repo, 'leads.csv'), 'lead_id,email\n1,lead.one@example.org\n2,lead.two@example.org\n');
    const { result } = await scanChanged();
    expect(result.datasets.map((d) => d.name).sort()).toEqual(['app-users', 'leads', 'orders']);
    const datasets = new Set(result.findings.map((f) => f.dataset));
    expect([...datasets].sort()).toEqual(expect.arrayContaining(['app-users', 'leads']));
    // customers, employees and support-tickets were not scanned: no stale-declaration about them.
    for (const name of ['customers', 'employees', 'support-tickets', undefined]) expect(datasets.has(name)).toBe(false);
  });

  it('is a usage error outside a git repository', async () => {
    cpSync(path.join(root, 'examples/customers.csv'), path.join(plain, 'customers.csv'));
    const run = await runCli(['scan', '.', '--changed-only', '--since', 'main'], { cwd: plain });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--changed-only needs a git repository');
  });

  it('an unknown ref and a missing --since are usage errors', async () => {
    const unknown = await runCli(['scan', '.', '--since', 'no-such-ref'], { cwd: repo });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("'no-such-ref' is not a commit");
    const missing = await runCli(['scan', '.', '--changed-only'], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--changed-only needs --since');
  });
});
