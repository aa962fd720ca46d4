// Django migrations and Alembic revisions: operations replayed in order (Django by number, Alembic
// by its down_revision chain, whatever the file names), each surviving column reported by the
// migration that declared it, at its line; migrations superseded by a models.py beside them.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeclaredField } from '../../../src/model/index.js';
import { isDiscoverableFile, openSource } from '../../../src/sources/index.js';

const cwd = path.resolve(import.meta.dirname, '../../..');
const fixtures = 'test/fixtures/sources/orm';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'datamin-pymigrations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const brief = (fields: readonly DeclaredField[]): string[] => fields.map((f) => `${f.name}: ${f.type ?? '?'} @${f.line}${f.comment ? ` "${f.comment}"` : ''}`);

async function datasetsOf(file: string): Promise<{ kind: string; datasets: Record<string, string[]> }> {
  const opened = await openSource(file, cwd);
  return { kind: opened.kind, datasets: Object.fromEntries(opened.datasets.map((d) => [d.name, brief(d.fields)])) };
}

describe('Django migrations', () => {
  const migrations = `${fixtures}/django-migrations/crm/migrations`;

  it('replay CreateModel, AddField, RemoveField, RenameField and AlterField; each file reports the columns it declared that survive', async () => {
    expect(await datasetsOf(`${migrations}/0001_initial.py`)).toEqual({
      kind: 'django-migration',
      datasets: {
        // db_table from the options; the abstract TimeStamped model has no table.
        companies: ['id: bigint (BigAutoField) @20 "ID"', 'name: varchar (CharField) @21', 'vat_number: varchar (CharField) @22'],
        // fax removed and name renamed by 0002; email altered there, still declared here.
        crm_contact: ['id: bigint (BigAutoField) @32 "ID"', 'email: varchar (EmailField) @33 "email address — Login and receipts"', 'company_id: bigint (ForeignKey) @36', 'owner_id: bigint (ForeignKey) @37'],
      },
    });
    expect((await datasetsOf(`${migrations}/0002_contact_phone_remove_contact_fax_and_more.py`)).datasets).toEqual({
      crm_contact: ['phone: varchar (CharField) @16 "Mobile number for delivery updates"', 'full_name: varchar (CharField) @22'],
    });
    expect((await datasetsOf(`${migrations}/0003_contact_date_of_birth.py`)).datasets).toEqual({ crm_contact: ['date_of_birth: date (DateField) @21 "Checked at sign-up"'] });
  });

  it('positional arguments, DeleteModel, RenameModel and AlterModelTable', async () => {
    const folder = path.join(scratch, 'shop/migrations');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, '0001_initial.py'),
      [
        'from django.db import migrations, models',
        'class Migration(migrations.Migration):',
        '    operations = [',
        "        migrations.CreateModel('Buyer', [('email', models.EmailField())]),",
        "        migrations.CreateModel(name='Scratch', fields=[('tmp', models.TextField())]),",
        "        migrations.CreateModel(name='Note', fields=[('body', models.TextField())]),",
        "        migrations.AddField('buyer', 'phone', models.CharField(max_length=20)),",
        "        migrations.DeleteModel(name='Scratch'),",
        "        migrations.RenameModel(old_name='Buyer', new_name='Customer'),",
        "        migrations.AddField(model_name='customer', name='mobile', field=models.CharField(max_length=20)),",
        "        migrations.AlterModelTable(name='note', table='notes'),",
        '    ]',
        '',
      ].join('\n'),
    );
    expect((await datasetsOf(path.join(folder, '0001_initial.py'))).datasets).toEqual({
      shop_customer: ['email: varchar (EmailField) @4', 'phone: varchar (CharField) @7', 'mobile: varchar (CharField) @10'],
      notes: ['body: text (TextField) @6'],
    });
  });

  it('are superseded by a models.py beside migrations/ (not discovered; explicit ones yield nothing)', async () => {
    const app = path.join(scratch, 'superseded');
    cpSync(path.join(cwd, fixtures, 'django-migrations'), app, { recursive: true });
    const migration = path.join(app, 'crm/migrations/0003_contact_date_of_birth.py');
    expect(await isDiscoverableFile(migration)).toBe(true);
    writeFileSync(path.join(app, 'crm/models.py'), 'from django.db import models\n');
    expect(await isDiscoverableFile(migration)).toBe(false);
    const opened = await openSource(migration, cwd);
    expect(opened.datasets).toEqual([]);
    expect(opened.warnings?.[0].message).toContain('models.py exists');
  });
});

describe('Alembic revisions', () => {
  const versions = `${fixtures}/alembic/alembic/versions`;

  it('replay in down_revision order, not file-name order: create_table, add/drop/alter_column and batch_alter_table', async () => {
    // 1a7c… sorts first by name but revises 3f2a…: its add_column must survive 3f2a's create_table.
    expect(await datasetsOf(`${versions}/1a7c9e2b5f60_add_phone_to_users.py`)).toEqual({
      kind: 'alembic-migration',
      datasets: { users: ['phone: varchar (String) @20 "Mobile number for two-factor login"'] },
    });
    expect((await datasetsOf(`${versions}/3f2a1b9c0d4e_create_users.py`)).datasets).toEqual({
      // legacy_pin dropped by 1a7c…; full_name renamed by b81d…, which then declares it.
      users: ['id: integer (Integer) @24', 'email: varchar (String) @25', 'created_at: datetime (DateTime) @28'],
      // ip_address retyped by b81d… (type_=postgresql.INET()), still declared here.
      login_events: ['id: bigint (BigInteger) @33', 'user_id: integer (Integer) @34', 'ip_address: inet (INET) @35 "Client IP at login"'],
    });
    expect((await datasetsOf(`${versions}/b81d4e6f2a93_users_date_of_birth.py`)).datasets).toEqual({
      users: ['date_of_birth: date (Date) @21', 'display_name: varchar (String) @22'],
      login_events: ['user_agent: text (Text) @24'],
    });
  });

  it('downgrade() never applies, and a merge revision comes after both of its parents', async () => {
    const folder = path.join(scratch, 'migrations/versions');
    mkdirSync(folder, { recursive: true });
    const revision = (id: string, down: string, body: string) =>
      `from alembic import op\nimport sqlalchemy as sa\nrevision = "${id}"\ndown_revision = ${down}\n\ndef upgrade():\n${body}\n\ndef downgrade():\n    op.drop_table("people")\n`;
    writeFileSync(path.join(folder, 'c_merge.py'), revision('c', '("a", "b")', '    op.drop_column("people", "fax")'));
    writeFileSync(path.join(folder, 'b_branch.py'), revision('b', '"root"', '    op.add_column("people", sa.Column("fax", sa.String()))'));
    writeFileSync(path.join(folder, 'a_branch.py'), revision('a', '"root"', '    if op.get_context().dialect.name == "postgresql":\n        op.add_column("people", sa.Column("email", sa.Text()))'));
    writeFileSync(path.join(folder, 'z_root.py'), revision('root', 'None', '    op.create_table("people", sa.Column("id", sa.Integer()))'));
    expect((await datasetsOf(path.join(folder, 'z_root.py'))).datasets).toEqual({ people: ['id: integer (Integer) @7'] });
    expect((await datasetsOf(path.join(folder, 'a_branch.py'))).datasets).toEqual({ people: ['email: text (Text) @8'] });
    expect((await datasetsOf(path.join(folder, 'b_branch.py'))).datasets).toEqual({});
  });

  it('are discovered in a folder walk, also one that imports only alembic', async () => {
    expect(await isDiscoverableFile(path.join(cwd, versions, '3f2a1b9c0d4e_create_users.py'))).toBe(true);
    const folder = path.join(scratch, 'only-op/versions');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'e5_drop_fax.py'), 'from alembic import op\n\nrevision = "e5"\ndown_revision = None\n\ndef upgrade():\n    op.drop_column("people", "fax")\n');
    expect(await isDiscoverableFile(path.join(folder, 'e5_drop_fax.py'))).toBe(true);
    expect((await openSource(path.join(folder, 'e5_drop_fax.py'), cwd)).kind).toBe('alembic-migration');
  });
});

describe('operations a reader cannot follow', () => {
  it('are warnings naming their line; the rest of the migration is read', async () => {
    const django = path.join(scratch, 'warned/migrations');
    mkdirSync(django, { recursive: true });
    writeFileSync(
      path.join(django, '0001_initial.py'),
      "from django.db import migrations, models\nFIELD = 'tax_id'\nclass Migration(migrations.Migration):\n    operations = [\n        migrations.CreateModel(name='Payer', fields=[('email', models.EmailField()), *BASE_FIELDS]),\n        migrations.AddField('payer', FIELD, models.CharField(max_length=20)),\n    ]\n",
    );
    const openedDjango = await openSource(path.join(django, '0001_initial.py'), cwd);
    expect(openedDjango.datasets.map((d) => [d.name, brief(d.fields)])).toEqual([['warned_payer', ['email: varchar (EmailField) @5']]]);
    expect(openedDjango.warnings).toEqual([
      { message: 'line 5: a field of CreateModel Payer is not a ("name", models.…Field(…)) pair this reader understands; skipped', line: 5 },
      { message: 'line 6: AddField on payer names no field this reader understands; skipped', line: 6 },
    ]);

    const alembic = path.join(scratch, 'warned/versions');
    mkdirSync(alembic, { recursive: true });
    writeFileSync(
      path.join(alembic, 'f1_people.py'),
      'from alembic import op\nimport sqlalchemy as sa\nrevision = "f1"\ndown_revision = None\n\ndef upgrade():\n    op.create_table("people", sa.Column("id", sa.Integer()), sa.Column(NAME, sa.Text()))\n    op.add_column("people", make_column("phone"))\n    op.add_column("people", sa.Column("email", sa.Text()))\n',
    );
    const openedAlembic = await openSource(path.join(alembic, 'f1_people.py'), cwd);
    expect(openedAlembic.datasets.map((d) => [d.name, brief(d.fields)])).toEqual([['people', ['id: integer (Integer) @7', 'email: text (Text) @9']]]);
    expect(openedAlembic.warnings).toEqual([
      { message: 'line 7: a Column of people without a literal name; skipped', line: 7 },
      { message: 'line 8: add_column on people adds no Column("name", type) this reader understands; skipped', line: 8 },
    ]);
  });
});
