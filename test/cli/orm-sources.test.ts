// ORM models, migrations and spreadsheets through the CLI (issue 23 part A): a folder holding only
// such files is scanned (not "no such file"), findings point at the declaring line in SARIF and
// the table, a broken workbook is one exit-2 error while the rest is still reported,
// `--changed-only` picks up a new Django field, and the CI gate (baseline) covers a Rails schema.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { zip, workbookParts } from '../helpers/xlsx-writer.js';
import { runCli } from '../helpers/run-cli.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/sources');
const work = mkdtempSync(path.join(os.tmpdir(), 'datamin-orm-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of a fixture folder with a purpose map that declares only `email` of a few datasets. */
function project(name: string, folders: string[]): string {
  const root = path.join(work, name);
  for (const folder of folders) cpSync(path.join(fixtures, folder), path.join(root, path.basename(folder)), { recursive: true });
  writeFileSync(
    path.join(root, 'datamin.yaml'),
    'version: 1\npurposes:\n  accounts:\n    legal_basis: contract\n    retention: P2Y\ndatasets:\n  users:\n    fields:\n      email: [accounts]\n  shop_customer:\n    fields:\n      email: [accounts]\n',
  );
  return root;
}

async function json(cwd: string, ...args: string[]): Promise<{ code: number; result: ScanResult; stderr: string }> {
  const run = await runCli(['scan', '.', '--format', 'json', ...args], { cwd });
  return { code: run.code, result: JSON.parse(run.stdout) as ScanResult, stderr: run.stderr };
}

describe('ORM and spreadsheet sources through the CLI', () => {
  const root = project('all', ['orm/rails', 'orm/django', 'orm/sqlalchemy', 'orm/rails-migrations', 'orm/plain', 'xlsx']);

  it('scans every kind found in a folder and none of the ordinary .py/.rb files', async () => {
    const { code, result } = await json(root);
    expect(code).toBe(1);
    expect(result.sources.map((s) => `${s.kind} ${s.path}`)).toEqual([
      'django django/shop/models.py',
      'rails-migration rails-migrations/db/migrate/20240101090000_create_customers.rb',
      'rails-migration rails-migrations/db/migrate/20240202100000_add_phone_to_customers.rb',
      'rails-migration rails-migrations/db/migrate/20240303110000_add_birthdate_to_customers.rb',
      'rails-schema rails/db/schema.rb',
      'sqlalchemy sqlalchemy/app/models.py',
      'xlsx xlsx/event-signups.xlsx',
    ]);
    const personal = (dataset: string) => result.fields.filter((f) => f.dataset === dataset && f.categories.length > 0).map((f) => `${f.field} ${f.categories[0].id}`);
    expect(personal('users')).toEqual(expect.arrayContaining(['email contact.email', 'date_of_birth person.date_of_birth', 'phone_number contact.phone', 'last_sign_in_ip online.ip_address']));
    expect(personal('shop_customer')).toEqual(expect.arrayContaining(['email contact.email', 'birth_date person.date_of_birth', 'phone contact.phone', 'last_name person.name']));
    expect(personal('user_account')).toEqual(expect.arrayContaining(['email contact.email', 'date_of_birth person.date_of_birth', 'passport_no government.passport']));
    expect(personal('event-signups.Attendees')).toEqual(expect.arrayContaining(['E-mail contact.email', 'Phone contact.phone', 'Full name person.name']));
    expect(personal('customers')).toEqual(expect.arrayContaining(['mobile_phone contact.phone', 'birthdate person.date_of_birth']));
    expect(personal('event-signups.Sessions')).toEqual([]);
    // Raw cell values never reach the result; only redacted examples do.
    expect(JSON.stringify(result)).not.toContain('maria.keller@example.org');
  });

  it('points SARIF results and the table at the declaring line', async () => {
    const sarif = JSON.parse((await runCli(['scan', '.', '--format', 'sarif'], { cwd: root })).stdout) as Log;
    const at = (field: string) =>
      sarif.runs[0].results?.filter((r) => r.ruleId === 'undeclared-personal-field' && r.message.text?.startsWith(`${field} `)).map((r) => r.locations?.[0].physicalLocation);
    expect(at('users.phone_number')).toEqual([{ artifactLocation: { uri: 'rails/db/schema.rb', uriBaseId: '%SRCROOT%' }, region: { startLine: 21 } }]);
    expect(at('shop_customer.birth_date')).toEqual([{ artifactLocation: { uri: 'django/shop/models.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 20 } }]);
    expect(at('user_account.passport_no')).toEqual([{ artifactLocation: { uri: 'sqlalchemy/app/models.py', uriBaseId: '%SRCROOT%' }, region: { startLine: 24 } }]);
    expect(at('customers.mobile_phone')).toEqual([
      { artifactLocation: { uri: 'rails-migrations/db/migrate/20240202100000_add_phone_to_customers.rb', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } },
    ]);
    const table = await runCli(['scan', '.', '--format', 'table'], { cwd: root });
    expect(table.stdout).toMatch(/users\.phone_number\s+undeclared-personal-field\n(.*\n)*?\s+at rails\/db\/schema\.rb:21\n/);
    expect(table.stdout).toMatch(/shop_customer\.birth_date\s+undeclared-personal-field\n(.*\n)*?\s+at django\/shop\/models\.py:20\n/);
  });

  it('a workbook that is a zip bomb is one exit-2 error naming it; every other input is still reported', async () => {
    const mixed = project('mixed', ['orm/django']);
    const parts = workbookParts({ S: [['email'], ['a@example.org']] });
    parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!.declaredSize = 2 ** 31;
    writeFileSync(path.join(mixed, 'upload.xlsx'), zip(parts));
    const run = await runCli(['scan', '.', '--format', 'json'], { cwd: mixed });
    expect(run.code).toBe(2);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.datasets.map((d) => d.name)).toEqual(['shop_customer', 'shop_orders', 'shop_tag']);
    expect(result.errors).toContainEqual(expect.objectContaining({ level: 'error', file: 'upload.xlsx', message: expect.stringContaining('zip bomb') as string }));
    const table = await runCli(['scan', '.', '--format', 'table'], { cwd: mixed });
    expect(table.code).toBe(2);
    const output = table.stdout + table.stderr;
    expect(output).toMatch(/upload\.xlsx: refused: part xl\/worksheets\/sheet1\.xml of the \.xlsx inflates to 2147483648 bytes/);
    // No stack trace (the table's own `at file:line` lines name no function and no column).
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  });
});

describe('--changed-only with a Django app', () => {
  const repo = project('git', ['orm/django', 'orm/sqlalchemy']);
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=CI', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'ignore' });
  };
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'models');
  git('tag', 'base');

  it('scans only the changed model file and reports the new field at its line', async () => {
    const models = path.join(repo, 'django/shop/models.py');
    const text = readFileSync(models, 'utf8').replace('class Tag(models.Model):\n', 'class Tag(models.Model):\n    owner_email = models.EmailField(blank=True)\n');
    writeFileSync(models, text);
    const { result } = await json(repo, '--changed-only', '--since', 'base');
    expect(result.sources.map((s) => s.path)).toEqual(['django/shop/models.py']);
    const finding = result.findings.find((f) => f.dataset === 'shop_tag' && f.field === 'owner_email');
    expect(finding).toMatchObject({ ruleId: 'undeclared-personal-field', source: 'django/shop/models.py', line: 45 });
  });
});

describe('CI gate over a Rails schema', () => {
  const app = project('gate', ['orm/rails']);

  it('a baseline accepts today\'s fields; a new column in db/schema.rb fails, naming only it', async () => {
    const baseline = await runCli(['baseline', '.'], { cwd: app });
    expect(baseline.code, baseline.stderr).toBe(0);
    expect((await json(app, '--baseline', '.datamin-baseline.json')).code).toBe(0);
    const schema = path.join(app, 'rails/db/schema.rb');
    writeFileSync(schema, readFileSync(schema, 'utf8').replace('    t.string "phone_number"\n', '    t.string "phone_number"\n    t.string "passport_number", comment: "KYC"\n'));
    const { code, result } = await json(app, '--baseline', '.datamin-baseline.json');
    expect(code).toBe(1);
    const fresh = result.findings.filter((f) => f.baseline === 'new');
    expect(fresh.map((f) => `${f.ruleId} ${f.dataset}.${f.field} @${f.line}`)).toEqual(['undeclared-personal-field users.passport_number @22']);
    const config = path.join(app, 'datamin.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('  users:\n    fields:\n', '  users:\n    fields:\n      passport_number: [accounts]\n'));
    expect((await json(app, '--baseline', '.datamin-baseline.json')).result.findings.filter((f) => f.baseline === 'new' && f.severity === 'high')).toEqual([]);
  });
});

describe('Django and Alembic migrations through the CLI', () => {
  const root = project('migrations', ['orm/django-migrations', 'orm/alembic']);

  it('classifies the fields migrations declare, each finding at the migration and line that added it', async () => {
    const { code, result } = await json(root);
    expect(code).toBe(1);
    expect(result.sources.map((s) => `${s.kind} ${s.path}`)).toEqual([
      'alembic-migration alembic/alembic/versions/1a7c9e2b5f60_add_phone_to_users.py',
      'alembic-migration alembic/alembic/versions/3f2a1b9c0d4e_create_users.py',
      'alembic-migration alembic/alembic/versions/b81d4e6f2a93_users_date_of_birth.py',
      'django-migration django-migrations/crm/migrations/0001_initial.py',
      'django-migration django-migrations/crm/migrations/0002_contact_phone_remove_contact_fax_and_more.py',
      'django-migration django-migrations/crm/migrations/0003_contact_date_of_birth.py',
    ]);
    const at = (dataset: string, field: string) => {
      const finding = result.findings.find((f) => f.ruleId === 'undeclared-personal-field' && f.dataset === dataset && f.field === field);
      return finding && `${finding.source}:${finding.line}`;
    };
    expect(at('users', 'phone')).toBe('alembic/alembic/versions/1a7c9e2b5f60_add_phone_to_users.py:20');
    expect(at('users', 'date_of_birth')).toBe('alembic/alembic/versions/b81d4e6f2a93_users_date_of_birth.py:21');
    expect(at('login_events', 'ip_address')).toBe('alembic/alembic/versions/3f2a1b9c0d4e_create_users.py:35');
    expect(at('crm_contact', 'phone')).toBe('django-migrations/crm/migrations/0002_contact_phone_remove_contact_fax_and_more.py:16');
    expect(at('crm_contact', 'date_of_birth')).toBe('django-migrations/crm/migrations/0003_contact_date_of_birth.py:21');
    expect(at('crm_contact', 'full_name')).toBe('django-migrations/crm/migrations/0002_contact_phone_remove_contact_fax_and_more.py:22');
    // Declared in datamin.yaml (users.email), removed by a later migration (fax, legacy_pin): no finding.
    expect(at('users', 'email')).toBeUndefined();
    expect(result.fields.map((f) => `${f.dataset}.${f.field}`)).not.toEqual(expect.arrayContaining(['crm_contact.fax']));
    expect(result.fields.map((f) => `${f.dataset}.${f.field}`)).not.toEqual(expect.arrayContaining(['users.legacy_pin']));
  });

  describe('--changed-only', () => {
    const repo = project('migrations-git', ['orm/django-migrations', 'orm/alembic']);
    const git = (...args: string[]): void => {
      execFileSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=CI', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'ignore' });
    };
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'migrations');
    git('tag', 'base');

    it('scans only the new Alembic revision and reports the column it adds, at its line', async () => {
      writeFileSync(
        path.join(repo, 'alembic/alembic/versions/4c0ffee1d2a3_add_passport.py'),
        'from alembic import op\nimport sqlalchemy as sa\n\nrevision = "4c0ffee1d2a3"\ndown_revision = "b81d4e6f2a93"\n\n\ndef upgrade():\n    op.add_column("users", sa.Column("passport_number", sa.String(20), comment="KYC"))\n\n\ndef downgrade():\n    op.drop_column("users", "passport_number")\n',
      );
      const { result } = await json(repo, '--changed-only', '--since', 'base');
      expect(result.sources.map((s) => s.path)).toEqual(['alembic/alembic/versions/4c0ffee1d2a3_add_passport.py']);
      expect(result.findings.filter((f) => f.ruleId === 'undeclared-personal-field').map((f) => `${f.dataset}.${f.field} ${f.source}:${f.line}`)).toEqual([
        'users.passport_number alembic/alembic/versions/4c0ffee1d2a3_add_passport.py:9',
      ]);
    });

    it('scans only the new Django migration and reports the field it adds', async () => {
      writeFileSync(
        path.join(repo, 'django-migrations/crm/migrations/0004_contact_iban.py'),
        "from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n\n    dependencies = [\n        ('crm', '0003_contact_date_of_birth'),\n    ]\n\n    operations = [\n        migrations.AddField(\n            model_name='contact',\n            name='iban',\n            field=models.CharField(blank=True, max_length=34),\n        ),\n    ]\n",
      );
      const { result } = await json(repo, '--changed-only', '--since', 'base');
      const fresh = result.findings.filter((f) => f.ruleId === 'undeclared-personal-field' && f.source === 'django-migrations/crm/migrations/0004_contact_iban.py');
      expect(fresh.map((f) => `${f.dataset}.${f.field}:${f.line}`)).toEqual(['crm_contact.iban:14']);
    });
  });
});
