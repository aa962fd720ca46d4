// Installing datamin as a user would, outside this repository: from a git URL (npm clones it,
// installs our devDependencies there, runs `prepare`, packs) and from the `npm pack` tarball
// (production dependencies only). Each install then runs `datamin --version` and a small scan
// of a CSV and a SQLite file (the native better-sqlite3) into JSON and PDF (pdfmake, loaded
// from node_modules).
//
// Slow-ish (about a minute and a half on two cores): dependencies come from the npm registry
// through npm's cache with --prefer-offline (warm after `npm ci`), never the network for our own
// package. better-sqlite3 would compile from source in each install (~1 min: its prebuilt
// binaries are on GitHub, unreachable here), so prebuild-install is pointed at a local prebuild
// (`npm_config_better_sqlite3_local_prebuilds`, its documented option) holding the binary
// `npm ci` compiled for this Node: the same step a download does, and the module still loads in
// each installed tree. DATAMIN_INSTALL_TEST_REF picks the commit the git install clones
// (default HEAD), to check an older commit fails.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsFresh } from '../../scripts/prepare.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const INSTALL_TIMEOUT = 300_000;

/** Values planted in the fixture: none may appear in any output. */
const PLANTED = ['ana.lopez@example.org', 'ben.okafor@example.net', '+44 20 7946 0958'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment a user's shell has: without the `npm_*` variables `npm test` sets (they would
 * carry this repository's config into the nested installs) and without this repository's
 * node_modules/.bin on PATH (a build in the clone must find its own tsc and esbuild).
 */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'NODE_OPTIONS' || key === 'VITEST' || key.startsWith('VITEST_')) continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => !dir.includes(`node_modules${path.sep}.bin`)).join(path.delimiter);
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extra };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: INSTALL_TIMEOUT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: error && typeof error.code !== 'number' ? `${stderr}\n${error.message}` : stderr });
    });
  });
}

let work: string;
let env: NodeJS.ProcessEnv;

function writeFixture(dir: string): void {
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  writeFileSync(
    path.join(dir, 'data', 'customers.csv'),
    'email,full_name,signup_date\nana.lopez@example.org,Ana Lopez,2024-01-02\nben.okafor@example.net,Ben Okafor,2024-02-03\ncleo.martin@example.com,Cleo Martin,2024-03-04\n',
  );
  const db = new Database(path.join(dir, 'data', 'crm.sqlite'));
  db.exec('CREATE TABLE contacts (id INTEGER PRIMARY KEY, phone TEXT, email TEXT)');
  const insert = db.prepare('INSERT INTO contacts (phone, email) VALUES (?, ?)');
  insert.run('+44 20 7946 0958', 'dora.vance@example.org');
  insert.run('+44 20 7946 0112', 'eli.moreau@example.com');
  db.close();
}

/** Installs `spec` into a fresh project under `work` and checks the CLI it gives. */
async function installAndScan(name: string, spec: string): Promise<void> {
  const app = path.join(work, name);
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: `datamin-install-${name}`, version: '1.0.0', private: true }));
  writeFixture(app);

  const install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', spec], app, env);
  expect(install.code, `npm install ${spec} failed:\n${install.stderr.slice(-4000)}`).toBe(0);

  const installed = path.join(app, 'node_modules', 'datamin');
  expect(existsSync(path.join(installed, 'dist', 'bundle', 'main.js')), 'dist/ is in the installed package').toBe(true);
  // Production dependencies only: none of the build or test tools came along.
  for (const devOnly of ['typescript', 'esbuild', 'vitest', 'eslint', '@faker-js/faker', 'playwright-core']) {
    expect(existsSync(path.join(app, 'node_modules', devOnly)), `${devOnly} installed`).toBe(false);
  }
  expect(readdirSync(installed).sort()).not.toContain('src');

  const bin = path.join(app, 'node_modules', '.bin', 'datamin');
  const versionRun = await run(bin, ['--version'], app, env);
  expect(versionRun.stderr).toBe('');
  expect(versionRun.stdout.trim()).toBe(version);

  const scan = await run(bin, ['scan', 'data', '--format', 'json', '--format', 'pdf=audit.pdf', '--quiet'], app, env);
  expect(scan.stderr).toBe('');
  expect(scan.code).toBe(0); // no datamin.yaml: an inventory, no policy to break
  const result = JSON.parse(scan.stdout) as { fields: Array<{ dataset: string; field: string; categories: Array<{ id: string }> }>; errors: unknown[] };
  expect(result.errors).toEqual([]);
  const category = (dataset: string, field: string): string[] =>
    result.fields.find((f) => f.dataset === dataset && f.field === field)?.categories.map((c) => c.id) ?? [];
  expect(category('customers', 'email')).toContain('contact.email');
  expect(category('contacts', 'phone')).toContain('contact.phone');
  expect(readFileSync(path.join(app, 'audit.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  for (const value of PLANTED) expect(scan.stdout).not.toContain(value);
}

describe.concurrent('installing the package outside this repository', () => {
  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'datamin-install-'));
    const extra: Record<string, string> = {};
    const binary = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const sqlitePackage = JSON.parse(readFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')) as { version: string };
    if (existsSync(binary)) {
      // The file name prebuild-install looks for: {name}-v{version}-{runtime}-v{abi}-{platform}{libc}-{arch}.tar.gz
      const prebuilds = path.join(work, 'prebuilds');
      mkdirSync(prebuilds);
      const tarball = path.join(prebuilds, `better-sqlite3-v${sqlitePackage.version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`);
      const tar = await run('tar', ['-czf', tarball, '-C', path.join(root, 'node_modules', 'better-sqlite3'), 'build/Release/better_sqlite3.node'], root, process.env);
      expect(tar.code, tar.stderr).toBe(0);
      extra.npm_config_better_sqlite3_local_prebuilds = prebuilds;
    }
    env = userEnv(extra);
  }, 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  }, 120_000); // two node_modules trees

  it('from a git URL: npm builds dist/ with the prepare script', async () => {
    const ref = process.env.DATAMIN_INSTALL_TEST_REF ?? 'HEAD';
    const commit = (await run('git', ['rev-parse', '--verify', `${ref}^{commit}`], root, process.env)).stdout.trim();
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    const clone = path.join(work, 'datamin-src');
    const cloned = await run('git', ['clone', '--quiet', '--no-checkout', root, clone], work, env);
    expect(cloned.code, cloned.stderr).toBe(0);
    expect((await run('git', ['checkout', '--quiet', '--detach', commit], clone, env)).code).toBe(0);
    await installAndScan('from-git', `git+file://${clone}#${commit}`);
  }, INSTALL_TIMEOUT);

  it('from the npm pack tarball: production dependencies only', async () => {
    // The test suite builds first (pretest); a stale dist/ would be rebuilt by prepare under the
    // other tests' feet, so it must be fresh, and prepare must then say so and do nothing.
    expect(distIsFresh(root), 'dist/ is older than its sources: run `npm run build` first').toBe(true);
    const pack = await run('npm', ['pack', '--json', '--pack-destination', work], root, env);
    expect(pack.code, pack.stderr).toBe(0);
    expect(pack.stdout + pack.stderr).toContain('dist/ is up to date');
    const packed = (JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>)[0];
    const files = packed.files.map((f) => f.path);
    expect(files).toContain('bin/datamin.js');
    expect(files).toContain('dist/bundle/main.js');
    expect(files).toContain('rules.default.yaml');
    expect(files.filter((f) => /^(src|test|scripts|corpus|examples)\//.test(f))).toEqual([]);
    await installAndScan('from-tarball', path.join(work, packed.filename));
  }, INSTALL_TIMEOUT);
});
