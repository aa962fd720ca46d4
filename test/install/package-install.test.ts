// Installing datamin as a user would, outside this repository: from a git URL (npm clones it,
// installs our devDependencies there, runs `prepare`, packs) and from the `npm pack` tarball
// (production dependencies only). Each install then runs `datamin --version` and a small scan
// of a CSV, a SQLite file (the native better-sqlite3), a Rails schema.rb and a Django models.py
// (tree-sitter's WebAssembly grammars) and a Drizzle model (the TypeScript compiler, a runtime
// dependency loaded from node_modules) into JSON and PDF (pdfmake, loaded from node_modules).
//
// Slow-ish (about a minute and a half on two cores): see test/helpers/npm-install-env.ts for how
// the installs avoid the network for our own package and a compile of better-sqlite3 each.
// DATAMIN_INSTALL_TEST_REF picks the commit the git install clones (default HEAD), to check an
// older commit fails.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distIsFresh } from '../../scripts/prepare.mjs';
import { npmInstallEnv, packRepository, run } from '../helpers/npm-install-env.js';

const root = path.resolve(import.meta.dirname, '../..');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
// An install now brings the optional warehouse drivers (the AWS, Azure and Google SDKs among them): on a
// loaded 2-core runner the git install, which also builds, took 150 to 225 s; 600 s catches a hang, not a slow disk.
const INSTALL_TIMEOUT = 600_000;

/** Values planted in the fixture: none may appear in any output. */
const PLANTED = ['ana.lopez@example.org', 'ben.okafor@example.net', '+44 20 7946 0958'];

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
  // Ruby and Python are parsed by tree-sitter grammars compiled to WebAssembly, which must load
  // from the installed package's node_modules.
  mkdirSync(path.join(dir, 'data', 'db'), { recursive: true });
  writeFileSync(path.join(dir, 'data', 'db', 'schema.rb'), 'ActiveRecord::Schema[7.1].define(version: 1) do\n  create_table "people" do |t|\n    t.string "email_address"\n  end\nend\n');
  mkdirSync(path.join(dir, 'data', 'shop'), { recursive: true });
  writeFileSync(path.join(dir, 'data', 'shop', 'models.py'), 'from django.db import models\n\nclass Member(models.Model):\n    mobile_phone = models.CharField(max_length=20)\n');
  writeFileSync(path.join(dir, 'data', 'schema.ts'), "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const members = pgTable('members', { email: text('email') });\n");
}

/** Installs `spec` into a fresh project under `work` and checks the CLI it gives. */
async function installAndScan(name: string, spec: string): Promise<void> {
  const app = path.join(work, name);
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: `datamin-install-${name}`, version: '1.0.0', private: true }));
  writeFixture(app);

  const install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', spec], app, env, INSTALL_TIMEOUT);
  expect(install.code, `npm install ${spec} failed:\n${install.stderr.slice(-4000)}`).toBe(0);

  const installed = path.join(app, 'node_modules', 'datamin');
  expect(existsSync(path.join(installed, 'dist', 'bundle', 'main.js')), 'dist/ is in the installed package').toBe(true);
  // Production dependencies only: none of the build or test tools came along (typescript is a
  // runtime dependency: its compiler API parses TypeScript ORM models).
  for (const devOnly of ['esbuild', 'vitest', 'eslint', '@faker-js/faker', 'playwright-core']) {
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
  expect(category('people', 'email_address')).toContain('contact.email');
  expect(category('shop_member', 'mobile_phone')).toContain('contact.phone');
  expect(category('members', 'email')).toContain('contact.email');
  expect(readFileSync(path.join(app, 'audit.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  for (const value of PLANTED) expect(scan.stdout).not.toContain(value);
}

describe.concurrent('installing the package outside this repository', () => {
  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'datamin-install-'));
    env = await npmInstallEnv(root, work);
  }, 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  }, 300_000); // two node_modules trees, with the optional warehouse drivers' dependencies (AWS and Azure SDKs) some 30,000 files

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
    const packed = await packRepository(root, work, env);
    expect(packed.output).toContain('dist/ is up to date');
    const files = packed.files;
    expect(files).toContain('bin/datamin.js');
    expect(files).toContain('dist/bundle/main.js');
    expect(files).toContain('rules.default.yaml');
    expect(files.filter((f) => /^(src|test|scripts|corpus|examples)\//.test(f))).toEqual([]);
    await installAndScan('from-tarball', packed.tarball);
  }, INSTALL_TIMEOUT);
});
