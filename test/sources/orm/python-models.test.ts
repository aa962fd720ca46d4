// Django and SQLAlchemy model files: classes and expressions read from tree-sitter's Python syntax tree, fields with their
// declaring lines, inheritance, column naming, warnings for unreadable declarations, and files
// that are not models.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { DeclaredField } from '../../../src/model/index.js';
import { isDiscoverableFile, openSource } from '../../../src/sources/index.js';
import { pythonModule } from '../../../src/sources/orm/python-classes.js';
import { parserFor } from '../../../src/sources/orm/tree-sitter.js';
import { expectLinearTime } from '../../helpers/linear-time.js';

const cwd = path.resolve(import.meta.dirname, '../../..');
const fixtures = 'test/fixtures/sources/orm';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'datamin-pymodels-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const brief = (fields: readonly DeclaredField[]): string[] => fields.map((f) => `${f.name}: ${f.type ?? '?'} @${f.line}${f.comment ? ` "${f.comment}"` : ''}`);

async function datasetsOf(file: string): Promise<Record<string, string[]>> {
  const opened = await openSource(file, cwd);
  return Object.fromEntries(opened.datasets.map((d) => [d.name, brief(d.fields)]));
}

function write(name: string, text: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}

describe('python syntax tree', () => {
  it('reads bracketed and continued statements as one, at their first line, and keeps string contents whole', async () => {
    const { assignments } = await pythonModule('a = f(1,\n  "x # not a comment",  # a comment\n  b="""multi\nline""")\nc = 2 \\\n  + 3\nd = g(r"\\d", \'it\\\'s\')\n');
    expect(assignments.map((a) => [a.line, a.name, a.value?.kind])).toEqual([
      [1, 'a', 'call'],
      [5, 'c', 'other'],
      [7, 'd', 'call'],
    ]);
    const call = assignments[0].value;
    if (call?.kind !== 'call') throw new Error('not a call');
    expect(call.args).toEqual([{ kind: 'number', text: '1' }, { kind: 'string', value: 'x # not a comment' }]);
    expect(call.keywords.get('b')).toEqual({ kind: 'string', value: 'multi\nline' });
    const escapes = assignments[2].value;
    expect(escapes?.kind === 'call' ? escapes.args : []).toEqual([{ kind: 'string', value: '\\d' }, { kind: 'string', value: "it's" }]);
  });

  it('parses calls with keywords, subscripts and unions; other operators become opaque', async () => {
    const { assignments } = await pythonModule('x: Mapped[str | None] = mapped_column(String(20), comment="c" "d", default=a + b)\n');
    const [attribute] = assignments;
    expect(attribute.annotation).toMatchObject({ kind: 'subscript', items: [{ kind: 'union' }] });
    const value = attribute.value;
    expect(value?.kind).toBe('call');
    if (value?.kind !== 'call') return;
    expect(value.keywords.get('comment')).toEqual({ kind: 'string', value: 'cd' });
    expect(value.keywords.get('default')).toEqual({ kind: 'other' });
    expect(value.args[0]).toMatchObject({ kind: 'call', callee: { kind: 'name', parts: ['String'] } });
  });

  it('never throws on unbalanced or truncated input', async () => {
    for (const text of ['class A(models.Model:\n  x = models.CharField(\n', '"""unterminated', 'x = )))(((', 'class\n', '\\']) {
      await expect(pythonModule(text)).resolves.toBeDefined();
    }
  });

  it('reads a file in time linear in its size', async () => {
    const model = (i: number) => `class M${i}(models.Model):\n    email_${i} = models.EmailField(help_text="x (y) [z]", max_length=254)\n    note = """a\nb"""\n\n`;
    await expectLinearTime('python module', 500, (n) => Array.from({ length: n }, (_, i) => model(i)).join(''), (text) => pythonModule(text));
  });
});

describe('Django models.py', () => {
  it('reads concrete models with abstract bases, ForeignKey columns, descriptions and Meta.db_table', async () => {
    const opened = await openSource(`${fixtures}/django/shop/models.py`, cwd);
    expect(opened.kind).toBe('django');
    expect(await datasetsOf(`${fixtures}/django/shop/models.py`)).toEqual({
      shop_customer: [
        'created: datetime (DateTimeField) @8',
        'modified: datetime (DateTimeField) @9',
        'user_id: bigint (OneToOneField) @16',
        'email: varchar (EmailField) @17 "email address"',
        'first_name: varchar (CharField) @18',
        'last_name: varchar (CharField) @19 "Family name as printed on the ID"',
        'birth_date: date (DateField) @20',
        'phone: varchar (CharField) @21 "mobile phone"',
        'newsletter: boolean (BooleanField) @26',
      ],
      shop_orders: [
        'created: datetime (DateTimeField) @8',
        'modified: datetime (DateTimeField) @9',
        'customer_id: bigint (ForeignKey) @34',
        'shipping_address: text (TextField) @35 "Street, postal code and city"',
        'total: decimal (DecimalField) @36',
      ],
      shop_tag: ['label: varchar (SlugField) @45'],
    });
  });

  it('warns with the line of a field it cannot read, and reads the rest', async () => {
    const opened = await openSource(`${fixtures}/django/shop/models.py`, cwd);
    expect(opened.warnings).toEqual([{ message: 'line 37 (Order.notes) is not a field declaration this reader understands; skipped', line: 37 }]);
  });

  it('uses db_column, app_label and the models/ package folder; skips proxies and many-to-many', async () => {
    const folder = path.join(scratch, 'crm/models');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'person.py');
    writeFileSync(
      file,
      [
        'from django.db import models',
        'class Person(models.Model):',
        '    mail = models.EmailField(db_column="email_address", db_comment="Work address")',
        '    groups = models.ManyToManyField("auth.Group")',
        'class Admin(Person):',
        '    class Meta:',
        '        proxy = True',
        'class Legacy(models.Model):',
        '    name = models.CharField("Display name", max_length=10)',
        '    class Meta:',
        '        app_label = "old"',
        '',
      ].join('\n'),
    );
    expect(await datasetsOf(file)).toEqual({
      crm_person: ['email_address: varchar (EmailField) @3 "Work address"'],
      old_legacy: ['name: varchar (CharField) @9 "Display name"'],
    });
  });
});

describe('SQLAlchemy models', () => {
  it('reads 2.0 Mapped columns, classic Column, mixins, doc/comment and Table()', async () => {
    const opened = await openSource(`${fixtures}/sqlalchemy/app/models.py`, cwd);
    expect(opened.kind).toBe('sqlalchemy');
    expect(opened.warnings).toBeUndefined();
    expect(await datasetsOf(`${fixtures}/sqlalchemy/app/models.py`)).toEqual({
      user_account: [
        'created_at: datetime (datetime) @14',
        'id: integer (int) @20',
        'email: varchar (String) @21 "Login and receipts"',
        'fullname: varchar (str?) @22',
        'date_of_birth: date (date?) @23 "Checked at sign-up"',
        'passport_no: varchar (String) @24',
      ],
      address: ['id: integer (Integer) @31', 'user_id: ? @32', 'street_line: varchar (String) @33 "Street and number"', 'zip_code: varchar (String) @34'],
      audit_log: ['id: integer (Integer) @41', 'ip_address: varchar (String) @42 "Client IP"', 'details: text (Text) @43'],
    });
  });

  it('reads a column annotated with a SQLAlchemy type class (FlaskBB: `Mapped[DateTime | None]`), with or without mapped_column', async () => {
    const file = write(
      'typed.py',
      [
        'from sqlalchemy import DateTime, Text',
        'from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship',
        'class Base(DeclarativeBase):',
        '    pass',
        'class User(Base):',
        '    __tablename__ = "users"',
        '    birthday: Mapped[DateTime | None] = mapped_column(DateTime, nullable=True)',
        '    notes: Mapped[Text | None]',
        '    posts: Mapped["Post"] = relationship()',
        '    group: Mapped[Group]',
        '',
      ].join('\n'),
    );
    expect(await datasetsOf(file)).toEqual({ users: ['birthday: datetime (DateTime) @7', 'notes: text (Text?) @8'] });
  });

  // Open Event Server's ticket holders and speakers were neither discovered nor read: the module
  // imports only the app's `db`, and declares annotated `name: str = db.Column(…)` columns.
  it("reads a Flask-SQLAlchemy module that imports only the app's db, annotated columns and multi-line __table_args__ included", async () => {
    const file = write(
      'ticket_holder.py',
      [
        'from app.models import db',
        'from app.models.base import SoftDeletionModel',
        'class TicketHolder(SoftDeletionModel):',
        '    __tablename__ = "ticket_holders"',
        '    id: int = db.Column(db.Integer, primary_key=True)',
        '    firstname: str = db.Column(db.String, nullable=False)',
        '    birth_date: datetime = db.Column(db.DateTime(timezone=True))',
        'class Speaker(SoftDeletionModel, Timestamp):',
        '    """Speaker model class"""',
        "    __tablename__ = 'speaker'",
        '    __table_args__ = (',
        '        db.UniqueConstraint(',
        "            'event_id', 'email', name='uq_speaker_event_email'",
        '        ),',
        '    )',
        '    mobile = db.Column(db.String)',
        '',
      ].join('\n'),
    );
    expect(await isDiscoverableFile(file)).toBe(true);
    expect(await datasetsOf(file)).toEqual({
      ticket_holders: ['id: integer (Integer) @5', 'firstname: varchar (String) @6', 'birth_date: datetime (DateTime) @7'],
      speaker: ['mobile: varchar (String) @16'],
    });
  });

  it('adds a single-table subclass to its parent table and skips abstract bases', async () => {
    const file = write(
      'inheritance.py',
      [
        'from flask_sqlalchemy import SQLAlchemy',
        'db = SQLAlchemy()',
        'class Base(db.Model):',
        '    __abstract__ = True',
        '    id = db.Column(db.Integer, primary_key=True)',
        'class Employee(Base):',
        "    __tablename__ = 'employee'",
        '    name = db.Column(db.String(50))',
        'class Manager(Employee):',
        '    salary_band = db.Column(db.String(5), comment="HR only")',
        '',
      ].join('\n'),
    );
    expect(await datasetsOf(file)).toEqual({ employee: ['id: integer (Integer) @5', 'name: varchar (String) @8', 'salary_band: varchar (String) @10 "HR only"'] });
  });
});

describe('Python files that are not models', () => {
  it('are not discovered, and an explicit one yields nothing with a note', async () => {
    expect(await isDiscoverableFile(path.join(cwd, fixtures, 'plain/utils.py'))).toBe(false);
    expect(await isDiscoverableFile(path.join(cwd, fixtures, 'django/shop/models.py'))).toBe(true);
    expect(await isDiscoverableFile(path.join(cwd, fixtures, 'sqlalchemy/app/models.py'))).toBe(true);
    const opened = await openSource(`${fixtures}/plain/utils.py`, cwd);
    expect(opened.datasets).toEqual([]);
    expect(opened.warnings?.[0].message).toContain('imports neither Django nor SQLAlchemy');
  });

  it('a Django migration module declares no model: it is read as a migration (python-migrations.test.ts)', async () => {
    const file = write('0002_auto.py', 'from django.db import migrations, models\n\nclass Migration(migrations.Migration):\n    operations = [\n        migrations.AddField(model_name="customer", name="fax", field=models.CharField(max_length=20)),\n    ]\n');
    const opened = await openSource(file, cwd);
    expect(opened.kind).toBe('django-migration');
    expect(opened.datasets.map((d) => [d.name, brief(d.fields)])).toEqual([[`${path.basename(scratch)}_customer`, ['fax: varchar (CharField) @5']]]);
  });
});

describe('a parser failure', () => {
  it('is a SourceError naming the file, not an unexpected error', async () => {
    const parser = await parserFor('python');
    const spy = vi.spyOn(parser, 'parse').mockImplementation(() => {
      throw new Error('memory access out of bounds');
    });
    try {
      await expect(openSource(`${fixtures}/django/shop/models.py`, cwd)).rejects.toMatchObject({ name: 'SourceError', file: `${fixtures}/django/shop/models.py`, message: 'the python parser failed (memory access out of bounds)' });
    } finally {
      spy.mockRestore();
    }
  });
});
