// A folder the scan cannot list is a warning naming it, and every other input is still scanned
// and reported (one `chmod 000` subfolder used to reject the whole walk: nothing reported, exit 2).
// Root reads every folder whatever its mode, so as root the built CLI runs as `nobody`.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-unreadable-'));
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

afterAll(() => {
  chmodSync(path.join(dir, 'exports/locked'), 0o755);
  chmodSync(path.join(filesDir, 'files/locked.csv'), 0o644);
  rmSync(filesDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

const people = 'id,email\n1,ann@example.com\n2,bob@example.org\n3,cy@example.net\n';
chmodSync(dir, 0o755);
mkdirSync(path.join(dir, 'exports/locked'), { recursive: true });
mkdirSync(path.join(dir, 'exports/open'));
writeFileSync(path.join(dir, 'exports/open/customers.csv'), people);
writeFileSync(path.join(dir, 'exports/locked/staff.csv'), people);
chmodSync(path.join(dir, 'exports'), 0o755);
chmodSync(path.join(dir, 'exports/open'), 0o755);
chmodSync(path.join(dir, 'exports/locked'), 0o000);
// A second folder, so that the scans of the first see none of it.
const filesDir = mkdtempSync(path.join(os.tmpdir(), 'datamin-unreadable-file-'));
chmodSync(filesDir, 0o755);
mkdirSync(path.join(filesDir, 'files'), { mode: 0o755 });
writeFileSync(path.join(filesDir, 'files/open.csv'), people, { mode: 0o644 });
writeFileSync(path.join(filesDir, 'files/locked.csv'), people);
chmodSync(path.join(filesDir, 'files/locked.csv'), 0o000);

/** Whether the process that scans can really not list the folder (false as root, or when setuid is not allowed). */
function lockedForScanner(): boolean {
  if (!asRoot) {
    try {
      readdirSync(path.join(dir, 'exports/locked'));
      return false;
    } catch {
      return true;
    }
  }
  const probe = spawnSync(process.execPath, ['-e', `require('fs').readdirSync(${JSON.stringify(path.join(dir, 'exports/locked'))})`], { uid: NOBODY, gid: NOBODY });
  return probe.error === undefined && probe.status !== 0;
}

async function scan(args: string[], cwd = dir): Promise<{ code: number; stdout: string }> {
  if (!asRoot) return runCli(args, { cwd });
  // The built CLI (npm run build), as an unprivileged user.
  const run = spawnSync(process.execPath, [path.join(root, 'bin/datamin.js'), ...args], { cwd, uid: NOBODY, gid: NOBODY, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', HOME: cwd } });
  return { code: run.status ?? -1, stdout: run.stdout };
}

describe('a folder that cannot be read', () => {
  it.skipIf(!lockedForScanner())('is a warning naming it; the other folders are scanned and reported', async () => {
    for (const input of ['.', 'exports', 'exports/**/*.csv']) {
      const run = await scan(['scan', input, '--format', 'json', '--fail-on', 'critical']);
      const result = JSON.parse(run.stdout) as ScanResult;
      expect(result.datasets.map((d) => d.source)).toEqual(['exports/open/customers.csv']);
      expect(result.errors).toEqual([
        { code: 'source-warning', level: 'warning', file: 'exports/locked', message: 'folder cannot be read (EACCES); its files were not scanned' },
      ]);
      expect(run.code).toBe(0);
    }
  });

  it.skipIf(!lockedForScanner())('given itself as the input, is an error (exit 2) naming it', async () => {
    const run = await scan(['scan', 'exports/locked', '--format', 'json']);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([{ code: 'source-error', level: 'error', file: 'exports/locked', message: 'folder cannot be read (EACCES); nothing in it was scanned' }]);
    expect(run.code).toBe(2);
  });

  it.skipIf(!lockedForScanner())('a file in it that cannot be read is an error (exit 2) naming it; the others are scanned', async () => {
    const run = await scan(['scan', 'files', '--format', 'json', '--fail-on', 'critical'], filesDir);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.datasets.map((d) => d.source)).toEqual(['files/open.csv']);
    expect(result.errors).toEqual([{ code: 'source-error', level: 'error', file: 'files/locked.csv', message: 'cannot read file (EACCES)' }]);
    expect(run.code).toBe(2);
  });
});
