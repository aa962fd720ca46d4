// Reports, baselines and init drafts are written atomically and never onto a scanned input:
// a full disk leaves the previous report whole (no truncated file, no temporary file left), and
// `--output` naming an input is a usage error before anything is written.
import { spawnSync } from 'node:child_process';
import * as realFs from 'node:fs/promises';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/** Folders where every write fails with ENOSPC after a few bytes, as on a full disk. */
const fullFolders = new Set<string>();
const enospc = (): NodeJS.ErrnoException => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
const onFullDisk = (file: unknown): boolean => typeof file === 'string' && fullFolders.has(path.dirname(file));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const partial = (data: string | Uint8Array): Uint8Array => Buffer.from(data).subarray(0, 8);
  const mocked = {
    ...fs,
    async writeFile(file: Parameters<typeof fs.writeFile>[0], data: string | Uint8Array, ...rest: unknown[]) {
      if (!onFullDisk(file)) return fs.writeFile(file, data, ...(rest as []));
      await fs.writeFile(file, partial(data));
      throw enospc();
    },
    async open(file: Parameters<typeof fs.open>[0], ...rest: unknown[]) {
      const handle = await fs.open(file, ...(rest as []));
      if (!onFullDisk(file)) return handle;
      return Object.assign(Object.create(handle) as typeof handle, {
        async writeFile(data: string | Uint8Array) {
          await handle.writeFile(partial(data));
          throw enospc();
        },
        close: () => handle.close(),
        sync: () => handle.sync(),
      });
    },
  };
  return { ...mocked, default: mocked };
});

const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const people = 'id,email,ip_address\n1,ann@example.com,10.1.2.3\n2,bob@example.org,10.1.2.4\n3,cy@example.net,10.1.2.5\n';

function project(name: string): string {
  const root = path.join(dir, name);
  mkdirSync(path.join(root, 'data'), { recursive: true });
  mkdirSync(path.join(root, 'reports'), { recursive: true });
  writeFileSync(path.join(root, 'data/customers.csv'), people);
  return root;
}

describe('writing outputs', () => {
  it('a full disk leaves the previous report intact and no temporary file behind (--output, --format x=file)', async () => {
    const cwd = project('full');
    for (const args of [['--output', 'reports/datamin.json'], ['--format', 'json=reports/datamin.json']]) {
      const report = path.join(cwd, 'reports/datamin.json');
      writeFileSync(report, '{"previous": "report"}\n');
      fullFolders.add(path.join(cwd, 'reports'));
      const run = await runCli(['scan', 'data', ...args], { cwd });
      fullFolders.clear();
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('datamin: reports/datamin.json: cannot write this file (ENOSPC); any previous version of it is unchanged\n');
      expect(readFileSync(report, 'utf8')).toBe('{"previous": "report"}\n');
      expect(readdirSync(path.join(cwd, 'reports'))).toEqual(['datamin.json']);
    }
  });

  it('a full disk leaves the previous baseline and init draft intact', async () => {
    const cwd = project('full-baseline');
    const baseline = path.join(cwd, 'reports/baseline.json');
    const draft = path.join(cwd, 'reports/datamin.yaml');
    // A valid previous baseline (of an empty scan), which the new one would extend.
    writeFileSync(path.join(cwd, 'empty.csv'), 'id\n1\n');
    expect((await runCli(['baseline', 'empty.csv', '--output', 'reports/baseline.json'], { cwd })).code).toBe(0);
    const previousBaseline = readFileSync(baseline, 'utf8');
    writeFileSync(draft, '# previous draft\n');
    fullFolders.add(path.join(cwd, 'reports'));
    const base = await runCli(['baseline', 'data', '--output', 'reports/baseline.json'], { cwd });
    const init = await runCli(['init', 'data', '--output', 'reports/datamin.yaml', '--force'], { cwd });
    fullFolders.clear();
    expect([base.code, init.code]).toEqual([2, 2]);
    expect(base.stderr).toMatch(/reports\/baseline.json: cannot write this file \(ENOSPC\)/);
    expect(init.stderr).toMatch(/reports\/datamin.yaml: cannot write this file \(ENOSPC\)/);
    expect(readFileSync(baseline, 'utf8')).toBe(previousBaseline);
    expect(readFileSync(draft, 'utf8')).toBe('# previous draft\n');
    expect(readdirSync(path.join(cwd, 'reports')).sort()).toEqual(['baseline.json', 'datamin.yaml']);
  });

  it('replaces a report whole and keeps its mode', async () => {
    const cwd = project('replace');
    const report = path.join(cwd, 'reports/datamin.json');
    writeFileSync(report, 'old', { mode: 0o640 });
    await realFs.chmod(report, 0o640);
    const run = await runCli(['scan', 'data', '--output', 'reports/datamin.json', '--fail-on', 'critical'], { cwd });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ tool: { name: 'datamin' } });
    expect(statSync(report).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.join(cwd, 'reports'))).toEqual(['datamin.json']);
  });

  it('/dev/full is a one-line error, not an unexpected one', async () => {
    const cwd = project('dev-full');
    const run = await runCli(['scan', 'data', '--output', '/dev/full'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('datamin: /dev/full: cannot write this file (ENOSPC); any previous version of it is unchanged\n');
  });

  it('--output or a =file naming a scanned input is a usage error and writes nothing', async () => {
    const cwd = project('onto-input');
    const input = path.join(cwd, 'data/customers.csv');
    writeFileSync(path.join(cwd, 'data/orders.json'), '[{"id": 1}]\n');
    const cases = [
      ['scan', 'data', '--output', 'data/customers.csv'],
      ['scan', '.', '--format', 'json=data/orders.json'],
      ['scan', 'data/customers.csv', '--format', 'table', '--format', 'json=./data/../data/customers.csv'],
      ['init', 'data', '--output', 'data/customers.csv', '--force'],
    ];
    for (const args of cases) {
      const run = await runCli(args, { cwd });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/is one of the scanned inputs; writing the report there would overwrite it/);
      expect(readFileSync(input, 'utf8')).toBe(people);
      expect(readFileSync(path.join(cwd, 'data/orders.json'), 'utf8')).toBe('[{"id": 1}]\n');
    }
  });

  it('report --output onto the result it reads is a usage error', async () => {
    const cwd = project('report-onto-input');
    await runCli(['scan', 'data', '--output', 'reports/result.json'], { cwd });
    const saved = readFileSync(path.join(cwd, 'reports/result.json'), 'utf8');
    const run = await runCli(['report', 'reports/result.json', '--format', 'markdown', '--output', 'reports/result.json'], { cwd });
    expect(run.code).toBe(2);
    expect(readFileSync(path.join(cwd, 'reports/result.json'), 'utf8')).toBe(saved);
  });
});

// A real full disk: a 64 KiB tmpfs, mountable only with root's privileges.
const mountPoint = path.join(dir, 'tmpfs');
function mountSmallDisk(): boolean {
  if (process.getuid?.() !== 0) return false;
  mkdirSync(mountPoint, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]).status === 0;
}
const mounted = mountSmallDisk();
afterAll(() => {
  if (mounted) spawnSync('umount', [mountPoint]);
});

describe.skipIf(!mounted)('on a real full disk (root only: mounts a 64 KiB tmpfs)', () => {
  it('keeps the previous report whole when the new one does not fit', async () => {
    const cwd = project('tmpfs-project');
    const report = path.join(mountPoint, 'datamin.html');
    writeFileSync(report, '<p>previous report</p>\n');
    // Fill the disk up to a few KiB, far less than an HTML report needs.
    const free = (): number => {
      const s = spawnSync('df', ['-B1', '--output=avail', mountPoint], { encoding: 'utf8' });
      return Number(s.stdout.trim().split('\n')[1]);
    };
    writeFileSync(path.join(mountPoint, 'filler'), Buffer.alloc(Math.max(0, free() - 8192)));
    const run = await runCli(['scan', 'data', '--output', report], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write this file \(ENOSPC\); any previous version of it is unchanged/);
    expect(readFileSync(report, 'utf8')).toBe('<p>previous report</p>\n');
    expect(readdirSync(mountPoint).sort()).toEqual(['datamin.html', 'filler']);
    expect(existsSync(report)).toBe(true);
  });
});
