// .pre-commit-hooks.yaml run as pre-commit runs a hook. pre-commit itself is a Python tool that
// cannot be installed here (no PyPI), so its invocation is emulated: the staged file names
// (`git diff --staged --name-only --diff-filter=ACMRTUXB`, as pre-commit lists them), kept when
// they match `files` and not `exclude` (Python `re.search`; these patterns mean the same in
// JavaScript), then `entry` split on spaces + `args` + those names, run at the repository root.
// `datamin` on PATH is what pre-commit's `language: node` install puts there (npm pack, then
// npm install -g of the tarball): test/install/package-install.test.ts checks that install; here
// a shim runs this repository's bin/datamin.js.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMERS } from './fixtures.js';

const root = path.resolve(import.meta.dirname, '../..');

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
  args?: string[];
  pass_filenames?: boolean;
  require_serial?: boolean;
}

const hooks = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'datamin')!;
const files = new RegExp(hook.files);
const exclude = new RegExp(hook.exclude);

const PURPOSE_MAP = `version: 1
purposes:
  accounts:
    description: Run customer accounts
    legal_basis: contract
    retention: P2Y
datasets:
  customers:
    fields:
      email: [accounts]
      full_name: [accounts]
`;
const LEADS = 'lead_id,phone,email\n1,+44 20 7946 0958,dora.vance@example.org\n2,+44 20 7946 0112,eli.moreau@example.com\n3,+44 20 7946 0345,fay.ngata@example.net\n';
const PLANTED = ['ana.lopez@example.org', 'Ben Okafor', '+44 20 7946 0958', 'dora.vance@example.org'];

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  let work: string;
  let repo: string;
  let env: NodeJS.ProcessEnv;

  const git = (...args: string[]): string => {
    const run = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout;
  };
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };

  /** What pre-commit does at `git commit`: the staged names this hook takes, then the hook. */
  function runHook(): { files: string[]; code: number; output: string } {
    const staged = git('diff', '--staged', '--name-only', '--diff-filter=ACMRTUXB', '-z').split('\0').filter(Boolean);
    const selected = staged.filter((f) => files.test(f) && !exclude.test(f));
    if (selected.length === 0) return { files: [], code: 0, output: '(no files to check)Skipped' };
    expect(hook.entry, 'an entry pre-commit splits the same way (no quotes)').not.toMatch(/['"\\]/);
    const [command, ...entryArgs] = hook.entry.split(/\s+/);
    const run = spawnSync(command, [...entryArgs, ...(hook.args ?? []), ...(hook.pass_filenames === false ? [] : selected)], { cwd: repo, env, encoding: 'utf8' });
    return { files: selected, code: run.status ?? 1, output: run.stdout + run.stderr };
  }

  beforeAll(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'datamin-pre-commit-'));
    const bin = path.join(work, 'bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'datamin'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(root, 'bin', 'datamin.js')}" "$@"\n`);
    chmodSync(path.join(bin, 'datamin'), 0o755);
    env = {
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      HOME: work,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
    };
    repo = path.join(work, 'repo');
    mkdirSync(repo);
    git('init', '--quiet');
    write('datamin.yaml', PURPOSE_MAP);
    write('README.md', '# shop\n');
    git('add', '.');
    git('commit', '--quiet', '-m', 'init');
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is a node hook over the staged files, run once for all of them', () => {
    expect(hook.language).toBe('node');
    expect(hook.pass_filenames ?? true).toBe(true);
    expect(hook.require_serial).toBe(true);
  });

  it('takes the supported schema and export files, not other JSON and YAML', () => {
    const taken = ['data/customers.csv', 'exports/a.tsv', 'events.ndjson.gz', 'logs.jsonl.zst', 'db.json', 'api/user.schema.json', 'db/schema.sql', 'prisma/schema.prisma', 'x.parquet', 'app.sqlite', 'app.db', 'api/openapi.yaml', 'swagger.yml', 'models/user.schema.yaml', 'db/schema.rb', 'db/migrate/20240101090000_create_users.rb', 'db/animals_schema.rb', 'shop/models.py', 'shop/models/customer.py', 'uploads/signups.xlsx', 'events/order.avsc', 'proto/customer.proto', 'api/schema.graphql', 'api/user.gql', 'src/user/user.entity.ts', 'models/user.js', 'src/db/session.model.mjs', 'src/db/schema.ts', 'contracts/customers.odcs.yaml', 'warehouse.duckdb'];
    const left = ['package.json', 'web/package-lock.json', 'tsconfig.build.json', '.vscode/settings.json', '.datamin-baseline.json', 'datamin.yaml', '.github/workflows/ci.yml', 'docker-compose.yml', 'README.md', 'notes.csv.bak', 'dump.sql.gz', 'app/helpers/users_helper.rb', 'config/routes.rb', 'shop/views.py', 'shop/models_old.txt', 'src/app.ts', 'src/models/index.d.tsx', 'entityManager.ts', 'src/db/dbschema.ts', 'contracts/datacontract.yaml'];
    expect(taken.filter((f) => !(files.test(f) && !exclude.test(f)))).toEqual([]);
    expect(left.filter((f) => files.test(f) && !exclude.test(f))).toEqual([]);
  });

  it('passes when every staged personal field is declared', () => {
    write('data/customers.csv', CUSTOMERS);
    write('db/schema.sql', 'CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2), placed_at timestamp);\n');
    write('package.json', '{"name": "shop", "author": "Ana Lopez <ana.lopez@example.org>"}\n');
    write('.github/workflows/ci.yml', 'name: ci\non: push\njobs: {}\n');
    git('add', '.');
    const run = runHook();
    expect(run.files).toEqual(['data/customers.csv', 'db/schema.sql']);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('customers (data/customers.csv');
    git('commit', '--quiet', '-m', 'customers');
  });

  it('fails on a staged export with personal data no purpose declares, printing no value', () => {
    write('data/leads.csv', LEADS);
    git('add', 'data/leads.csv');
    const run = runHook();
    expect(run.files).toEqual(['data/leads.csv']);
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(/HIGH\s+leads\.phone\s+undeclared-personal-field/);
    expect(run.output).toMatch(/HIGH\s+leads\.email\s+undeclared-personal-field/);
    for (const value of PLANTED) expect(run.output).not.toContain(value);
    git('reset', '--quiet', 'data/leads.csv');
  });

  it('is skipped when nothing it reads is staged', () => {
    write('README.md', '# shop\n\nNow with customers.\n');
    git('add', 'README.md');
    expect(runHook()).toEqual({ files: [], code: 0, output: '(no files to check)Skipped' });
  });
});
