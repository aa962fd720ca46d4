// Input generators for the fuzz script, one per source kind. Each returns the files of one input
// (name → text or bytes) and the personal values planted in them, which no output may contain.
// `full` (the run without --ci) adds the big hostile sizes.
import { createRequire } from 'node:module';
import { workbook, workbookParts, zip } from '../xlsx-writer.mjs';

const require = createRequire(import.meta.url);

const PERSONAL_COLUMNS = ['email', 'e_mail', 'contact.email', 'card_number', 'cc', 'phone', 'mobile_phone', 'full_name', 'kunde_name', 'nom'];
const PLAIN_COLUMNS = ['id', 'amount', 'status', 'sku', 'created_at', 'note', 'qty'];

/** Field names people do not write: long bracket runs, separators only, control-free unicode. */
function hostileName(random, pick) {
  const length = Math.floor(random() * 3000) + 1;
  return pick([
    () => '['.repeat(length),
    () => '[.'.repeat(length),
    () => 'a'.repeat(length) + '_email',
    () => '.'.repeat(8),
    () => '名前'.repeat(20),
    () => '*'.repeat(40),
    () => 'x'.repeat(20_000),
  ])();
}

function csvCell(text, delimiter) {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Columns of a table: some personal (with a value factory), some plain, maybe a hostile name. */
function columns(random, pick, s, hostile) {
  const factories = { email: s.email, e_mail: s.email, 'contact.email': s.email, card_number: s.card, cc: s.card, phone: s.phone, mobile_phone: s.phone, full_name: s.name, kunde_name: s.name, nom: s.name };
  const out = [{ name: 'id', value: (i) => String(i + 1) }];
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    const name = pick(PERSONAL_COLUMNS);
    if (!out.some((c) => c.name === name)) out.push({ name, value: factories[name], planted: true });
  }
  out.push({ name: pick(PLAIN_COLUMNS.slice(1)), value: () => String(Math.floor(random() * 1000)) });
  if (hostile) out.push({ name: hostileName(random, pick), value: () => 'x' });
  return out;
}

/** Rows of values; planted values are collected in `values`. */
function rows(cols, count, values) {
  return Array.from({ length: count }, (_, i) =>
    cols.map((c) => {
      const v = c.value(i);
      if (c.planted) values.push(v);
      return v;
    }),
  );
}

const generators = {
  csv(random, pick, s) {
    const values = [];
    const delimiter = pick([',', ';', '\t', '|']);
    const cols = columns(random, pick, s, random() < 0.3);
    const eol = pick(['\n', '\r\n']);
    const body = rows(cols, 5 + Math.floor(random() * 40), values);
    let text = [cols.map((c) => csvCell(c.name, delimiter)), ...body.map((r) => r.map((v) => csvCell(v, delimiter)))].map((r) => r.join(delimiter)).join(eol) + eol;
    if (random() < 0.2) text = '\ufeff' + text;
    if (random() < 0.2) text += `1${delimiter}only-one-cell${eol}`; // a ragged row
    if (random() < 0.1) text += `"unterminated${eol}`;
    const name = `${pick(['customers', 'export', 'Kunden Liste', 'données'])}-${s.surname().toLowerCase()}.${delimiter === '\t' ? 'tsv' : 'csv'}`;
    if (random() < 0.1) {
      // Birth dates: the oldest and youngest once reached stats.minDate/maxDate raw (issue 26).
      const days = Array.from({ length: 10 }, () => new Date(Date.UTC(1920 + Math.floor(random() * 80), Math.floor(random() * 12), 1 + Math.floor(random() * 28))).toISOString().slice(0, 10));
      return { files: [{ name, data: `id,date_of_birth\n${days.map((d, i) => `${i + 1},${d}`).join('\n')}\n` }], values: days };
    }
    // A headerless export once turned its first record into field names (issue 26).
    if (random() < 0.1) return { files: [{ name, data: body.map((r) => r.join(delimiter)).join(eol) + eol }], values };
    return { files: [{ name, data: text }], values };
  },

  json(random, pick, s) {
    const values = [];
    const cols = columns(random, pick, s, random() < 0.3);
    const records = rows(cols, 3 + Math.floor(random() * 20), values).map((r) => {
      const record = {};
      cols.forEach((c, i) => {
        if (random() < 0.3) record[c.name] = { value: r[i], tags: [r[i], 'x'] };
        else record[c.name] = r[i];
      });
      return record;
    });
    let document = random() < 0.5 ? records : { meta: { exported: 'yes' }, customers: records };
    if (random() < 0.15) {
      // Deep nesting around the records.
      let nested = { id: 1, email: s.email() };
      values.push(nested.email);
      for (let depth = 0; depth < 300; depth++) nested = { level: nested };
      document = [nested, ...records];
    }
    let text = JSON.stringify(document, null, random() < 0.5 ? 2 : undefined);
    if (random() < 0.1) text = text.slice(0, Math.floor(text.length * random())); // truncated
    const name = `${pick(['orders', 'users', 'crm dump'])}-${s.surname().toLowerCase()}.json`;
    if (random() < 0.1) {
      // A map keyed by personal values once printed its keys as field names (issue 26).
      const email = s.email();
      return { files: [{ name, data: JSON.stringify([{ id: 1, scores: { [email]: 1 } }]) }], values: [email] };
    }
    return { files: [{ name, data: text }], values };
  },

  ndjson(random, pick, s) {
    const values = [];
    const cols = columns(random, pick, s, random() < 0.3);
    const lines = rows(cols, 5 + Math.floor(random() * 30), values).map((r) => JSON.stringify(Object.fromEntries(cols.map((c, i) => [c.name, r[i]]))));
    if (random() < 0.3) lines.splice(2, 0, '{"broken": ', '', 'not json at all');
    return { files: [{ name: `events-${s.surname().toLowerCase()}.${pick(['ndjson', 'jsonl'])}`, data: lines.join(pick(['\n', '\r\n'])) + '\n' }], values };
  },

  sql(random, pick, s) {
    const values = [];
    const cols = columns(random, pick, s, false);
    const table = pick(['customers', 'public.users', '"Kunden"', '`orders`']);
    const quote = (name) => (table.startsWith('`') ? `\`${name}\`` : `"${name}"`);
    const ddl = `CREATE TABLE ${table} (\n${cols.map((c) => `  ${quote(c.name)} ${c.name === 'id' ? 'integer' : 'text'}`).join(',\n')}\n);\n`;
    const body = rows(cols, 3 + Math.floor(random() * 10), values);
    const literal = (v) => `'${v.replace(/'/g, "''")}'`;
    const data =
      random() < 0.5 || table.startsWith('`')
        ? body.map((r) => `INSERT INTO ${table} VALUES (${r.map(literal).join(', ')});`).join('\n')
        : `COPY ${table} (${cols.map((c) => quote(c.name)).join(', ')}) FROM stdin;\n${body.map((r) => r.join('\t')).join('\n')}\n\\.`;
    const garbage = random() < 0.2 ? '\nCREATE TABLE broken (a int,, b;\n' : '';
    return { files: [{ name: `dump-${s.surname().toLowerCase()}.sql`, data: ddl + data + garbage + '\n' }], values };
  },

  jsonSchema(random, pick, s) {
    const email = s.email();
    const phone = s.phone();
    const properties = {
      email: { type: 'string', format: 'email', examples: [email] },
      phone: { type: 'string', default: phone, description: 'Contact number' },
      address: { $ref: '#/definitions/address' },
      tags: { type: 'array', items: { type: 'string' } },
    };
    if (random() < 0.3) properties[hostileName(random, pick)] = { type: 'string' };
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Customer',
      type: 'object',
      properties,
      definitions: { address: { type: 'object', properties: { street: { type: 'string' }, next: { $ref: '#/definitions/address' } } } },
    };
    return { files: [{ name: `customer-${s.surname().toLowerCase()}.schema.json`, data: JSON.stringify(schema, null, 2) }], values: [email, phone] };
  },

  openapi(random, pick, s) {
    const email = s.email();
    const name = s.name();
    const yaml = [
      'openapi: 3.0.3',
      'info: {title: Shop, version: "1"}',
      'paths: {}',
      'components:',
      '  schemas:',
      '    User:',
      '      type: object',
      '      properties:',
      `        email: {type: string, example: "${email}"}`,
      `        full_name: {type: string, example: "${name}"}`,
      '        friend: {$ref: "#/components/schemas/User"}',
      random() < 0.2 ? '      broken: [' : '',
    ].join('\n');
    return { files: [{ name: `api-${s.surname().toLowerCase()}.yaml`, data: yaml + '\n' }], values: [email, name] };
  },

  prisma(random, pick, s) {
    const email = s.email();
    const lines = ['model Customer {', '  id Int @id', `  email String @default("${email}")`, '  phone String? @map("tel")', '  /// the person\'s name', '  fullName String'];
    if (random() < 0.3) lines.push(`  odd Foo(${'"'.repeat(60)}`, '  @@weird(');
    lines.push('}');
    return { files: [{ name: `schema-${s.surname().toLowerCase()}.prisma`, data: lines.join('\n') + '\n' }], values: [email] };
  },

  django(random, pick, s) {
    // Planted values sit in defaults, which no report shows; a third of the files are mangled.
    const email = s.email();
    const name = s.name();
    const lines = ['from django.db import models', '', 'class Customer(models.Model):', `    email = models.EmailField(default="${email}")`, `    full_name = models.CharField(max_length=100, default=${JSON.stringify(name)})`, '    phone = models.CharField(max_length=20, help_text="Mobile number")', '    class Meta:', '        db_table = "customers"'];
    if (random() < 0.3) lines.push(pick([`    odd = models.CharField(${'('.repeat(300)}`, `    s = ${'"'.repeat(7)}`, 'class', `    x = ${'['.repeat(5000)}`, '\\']));
    return { files: [{ name: 'models.py', data: lines.join('\n') + '\n' }], values: [email, name] };
  },

  sqlalchemy(random, pick, s) {
    const email = s.email();
    const lines = ['from sqlalchemy.orm import Mapped, mapped_column', '', 'class User(Base):', '    __tablename__ = "users"', `    email: Mapped[str] = mapped_column(default="${email}")`, '    fullname: Mapped[Optional[str]]', '    phone = Column(String(20), doc="Mobile")'];
    if (random() < 0.3) lines.push(pick([`    odd: ${'Mapped['.repeat(3000)}`, `    t = Column(${'"'.repeat(9)}`]));
    return { files: [{ name: `models_${s.surname().toLowerCase().replace(/[^a-z]/g, '')}.py`, data: lines.join('\n') + '\n' }], values: [email] };
  },

  djangoMigrations(random, pick, s) {
    // Two migrations of one app, replayed in order; planted values sit in defaults. Some are mangled,
    // some remove a field the other never added, some come without the first migration.
    const email = s.email();
    const phone = s.phone();
    const initial = ['from django.db import migrations, models', '', 'class Migration(migrations.Migration):', '    initial = True', '    operations = [', '        migrations.CreateModel(', "            name='Customer',", '            fields=[', "                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),", `                ('email', models.EmailField(default='${email}', max_length=254)),`, "                ('full_name', models.CharField(max_length=100)),", '            ],', "            options={'db_table': 'customers'},", '        ),', '    ]'];
    const second = ['from django.db import migrations, models', '', 'class Migration(migrations.Migration):', "    dependencies = [('shop', '0001_initial')]", '    operations = [', `        migrations.AddField(model_name='customer', name='phone', field=models.CharField(default='${phone}', max_length=20, help_text='Mobile')),`, `        migrations.${pick(['RemoveField', 'RenameField', 'AlterField', 'DeleteModel'])}(model_name='customer', name='${pick(['full_name', 'email', 'nothing'])}', old_name='full_name', new_name='name', field=models.TextField()),`, '    ]'];
    if (random() < 0.3) second.splice(5, 0, pick([`        migrations.AddField(${'('.repeat(300)}`, `        ${'"'.repeat(7)}`, `        migrations.CreateModel(name='X', fields=${'['.repeat(3000)}`, '\\']));
    const files = [{ name: 'shop/migrations/0002_customer_phone.py', data: second.join('\n') + '\n' }, { name: 'shop/migrations/__init__.py', data: '', optional: true }];
    if (random() < 0.8) files.push({ name: 'shop/migrations/0001_initial.py', data: initial.join('\n') + '\n' });
    return { files, values: [email, phone] };
  },

  alembic(random, pick, s) {
    // Revisions whose file names do not sort in revision order; some chains are cyclic or broken.
    const email = s.email();
    const revision = (id, down, body) => ['from alembic import op', 'import sqlalchemy as sa', '', `revision = '${id}'`, `down_revision = ${down}`, '', '', 'def upgrade():', ...body, '', '', 'def downgrade():', "    op.drop_table('users')"].join('\n') + '\n';
    const create = ["    op.create_table('users',", "        sa.Column('id', sa.Integer(), nullable=False),", `        sa.Column('email', sa.String(length=255), server_default='${email}'),`, "        sa.PrimaryKeyConstraint('id'),", '    )'];
    const add = ["    with op.batch_alter_table('users', schema=None) as batch_op:", "        batch_op.add_column(sa.Column('phone', sa.String(length=32), comment='Mobile'))", "        batch_op.alter_column('email', new_column_name='contact_email')", "    op.drop_column('users', 'nothing')"];
    if (random() < 0.3) add.push(pick([`    op.add_column('users', ${'sa.Column('.repeat(400)}`, `    x = ${'"'.repeat(9)}`, `    op.create_table('t', ${'['.repeat(3000)}`, 'def']));
    const down = pick(["'a1'", 'None', "('a1', 'zz')", "'b2'"]);
    return {
      files: [
        { name: 'alembic/versions/b2_create_users.py', data: revision('a1', random() < 0.9 ? 'None' : "'b2'", create) },
        { name: 'alembic/versions/a1_add_phone.py', data: revision('b2', down, add) },
      ],
      values: [email],
    };
  },

  rails(random, pick, s) {
    const email = s.email();
    const lines = ['ActiveRecord::Schema[7.1].define(version: 1) do', '  create_table "users", force: :cascade do |t|', `    t.string "email", default: "${email}"`, '    t.string "phone_number", comment: "Mobile"', '    t.references :account', '    t.timestamps', '  end', 'end'];
    if (random() < 0.3) lines.splice(4, 0, pick([`    t.string "x", default: ${'['.repeat(3000)}`, '    <<~EOS', `    t.string %w[${'('.repeat(50)}`, '  end\n  end\n  end']));
    return { files: [{ name: 'schema.rb', data: lines.join('\n') + '\n' }], values: [email] };
  },

  xlsx(random, pick, s) {
    // Sheets with and without a header row, damaged archives, and zip bombs (declared sizes).
    const values = [];
    const cols = columns(random, pick, s, false);
    const body = rows(cols, 3 + Math.floor(random() * 10), values);
    const header = random() < 0.8 ? [cols.map((c) => c.name)] : [];
    const shape = random();
    let data;
    if (shape < 0.7) data = workbook({ Export: [...header, ...body], Notes: [['note'], ['ok']] });
    else if (shape < 0.85) {
      data = Buffer.from(workbook({ Export: [...header, ...body] }));
      for (let n = 0; n < 6; n++) data[Math.floor(random() * data.length)] = Math.floor(random() * 256);
    } else {
      const parts = workbookParts({ Export: [...header, ...body] });
      const target = pick(['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']);
      parts.find((p) => p.name === target).declaredSize = 2 ** 31;
      data = zip(parts);
    }
    return { files: [{ name: `export-${s.surname().toLowerCase().replace(/[^a-z]/g, '')}.xlsx`, data }], values };
  },

  typeorm(random, pick, s) {
    // Planted values sit where a model keeps examples (defaults), never in comments: comments are reported.
    const email = s.email();
    const lines = [
      "import { Entity, Column, PrimaryGeneratedColumn, ManyToOne } from 'typeorm';",
      `@Entity('${s.surname().toLowerCase()}s')`,
      'export class Customer {',
      "  @PrimaryGeneratedColumn('uuid') id: string;",
      `  @Column({ type: 'varchar', default: '${email}', comment: 'login' }) email: string;`,
      '  @Column({ name: "full_name", nullable: true }) fullName?: string | null',
      '  @ManyToOne(() => Company) company: Company;',
      `  greet() { return \`\${this.email} /${'['.repeat(Math.floor(random() * 50))}\`; }`,
    ];
    if (random() < 0.3) lines.push(`  @Column(${'{'.repeat(40)}`, '  #x = 1;', '  42: string;');
    if (random() < 0.3) lines.push('  @Column() ' + '/'.repeat(200));
    lines.push('}');
    return { files: [{ name: `customer-${s.surname().toLowerCase()}.entity.ts`, data: lines.join('\n') + '\n' }], values: [email] };
  },

  mongoose(random, pick, s) {
    const email = s.email();
    const lines = [
      "const mongoose = require('mongoose');",
      'const addressSchema = new mongoose.Schema({ street: String, city: { type: String, required: true } });',
      'const userSchema = new mongoose.Schema({',
      `  email: { type: String, default: '${email}' },`,
      '  name: { first: String, last: String },',
      '  addresses: [addressSchema],',
      random() < 0.3 ? `  ...spread, [computed]: String, broken: ${'['.repeat(30)}` : '  tags: [String],',
      '}, { timestamps: true });',
      "module.exports = mongoose.model('User', userSchema);",
    ];
    return { files: [{ name: `user-${s.surname().toLowerCase()}.model.js`, data: lines.join('\n') + '\n' }], values: [email] };
  },

  sequelize(random, pick, s) {
    const email = s.email();
    const lines = [
      "const { DataTypes } = require('sequelize');",
      'module.exports = (sequelize) =>',
      `  sequelize.define('${s.surname().replace(/[^A-Za-z]/g, '') || 'Member'}', {`,
      `    email: { type: DataTypes.STRING(320), defaultValue: '${email}', comment: 'login' },`,
      "    fullName: { type: DataTypes.STRING, field: 'full_name' },",
      random() < 0.3 ? `    ...spread, [computed]: DataTypes.STRING, broken: ${'('.repeat(30)}` : '    birthDate: DataTypes.DATEONLY,',
      "  }, { tableName: 'members', underscored: true });",
    ];
    return { files: [{ name: `member-${s.surname().toLowerCase()}.model.js`, data: lines.join('\n') + '\n' }], values: [email] };
  },

  drizzle(random, pick, s) {
    const email = s.email();
    const table = pick(['pgTable', 'mysqlTable', 'sqliteTable']);
    const lines = [
      `import { ${table}, varchar, text } from 'drizzle-orm/${table.replace('Table', '')}-core';`,
      `export const users = ${table}('${s.surname().toLowerCase()}s', {`,
      `  email: varchar('email', { length: 255 }).notNull().default('${email}'),`,
      "  fullName: text('full_name'),",
      random() < 0.3 ? `  ...spread, [k]: text(), broken: ${'{'.repeat(40)}` : "  phone: varchar({ length: 32 }),",
      '});',
    ];
    return { files: [{ name: `schema-${s.surname().toLowerCase()}.ts`, data: lines.join('\n') + '\n' }], values: [email] };
  },

  'mikro-orm'(random, pick, s) {
    const email = s.email();
    const lines = [
      "import { Entity, PrimaryKey, Property, ManyToOne, Embedded, EntitySchema } from '@mikro-orm/core';",
      `@Entity({ tableName: '${s.surname().toLowerCase()}s' })`,
      'export class Customer {',
      '  @PrimaryKey() id!: number;',
      `  @Property({ default: '${email}', comment: 'login' }) email!: string;`,
      "  @Property({ fieldName: 'given_name' }) firstName?: string | null;",
      '  @ManyToOne(() => Company) employer!: Company;',
      '  @Embedded(() => Address) address!: Address;',
      random() < 0.3 ? `  @Property(${'['.repeat(40)}` : '}',
      "export const Device = new EntitySchema({ name: 'Device', properties: { macAddress: { type: 'string' }, owner: { kind: 'm:1', entity: 'User' } } });",
    ];
    return { files: [{ name: `customer-${s.surname().toLowerCase()}.entity.ts`, data: lines.join('\n') + '\n' }], values: [email] };
  },

  odcs(random, pick, s) {
    const email = s.email();
    const lines = [
      'apiVersion: v3.0.2',
      'kind: DataContract',
      `id: ${s.surname().toLowerCase()}-contract`,
      'schema:',
      '  - name: customers',
      '    properties:',
      '      - name: email',
      '        logicalType: string',
      '        classification: restricted',
      `        examples: ["${email}"]`,
      '      - name: full_name',
      '        logicalType: string',
      random() < 0.3 ? `      - ${'['.repeat(30)}` : '      - name: created_at\n        logicalType: date',
      'slaProperties:',
      '  - property: retention',
      `    value: ${pick(['1', 'P2Y', 'forever', '-3'])}`,
      `    unit: ${pick(['y', 'days', 'fortnights'])}`,
    ];
    return { files: [{ name: `customers-${s.surname().toLowerCase()}.odcs.yaml`, data: lines.join('\n') + '\n' }], values: [email] };
  },

  avro(random, pick, s) {
    const email = s.email();
    const schema = {
      type: 'record',
      name: 'Customer',
      fields: [
        { name: 'email', type: 'string', default: email },
        { name: 'full_name', type: ['null', 'string'], default: null },
        { name: 'address', type: { type: 'record', name: 'Address', fields: [{ name: 'street', type: 'string' }] } },
        { name: 'home', type: ['null', 'Address'] },
        ...(random() < 0.3 ? [{ name: 'odd' }, 42, { type: 'string' }] : []),
      ],
    };
    const text = JSON.stringify(schema, null, 1);
    return { files: [{ name: `customer-${s.surname().toLowerCase()}.avsc`, data: random() < 0.2 ? text.slice(0, Math.floor(text.length / 2)) : text }], values: [email] };
  },

  protobuf(random, pick, s) {
    const email = s.email();
    const lines = [
      'syntax = "proto2";',
      'message Customer {',
      `  optional string email = 1 [default = "${email}"]; // the login`,
      '  optional string full_name = 2;',
      '  repeated Address addresses = 3;',
      '  message Address { optional string street = 1; }',
      random() < 0.3 ? `  ${email} = 4; ${'{'.repeat(30)}` : '  map<string, string> labels = 4;',
      '}',
    ];
    return { files: [{ name: `customer-${s.surname().toLowerCase()}.proto`, data: lines.join('\n') + '\n' }], values: [email] };
  },

  graphql(random, pick, s) {
    const email = s.email();
    const lines = [
      'type Customer {',
      '  "the login"',
      '  email: String!',
      '  fullName: String',
      '  orders: [Order!]!',
      '}',
      'input SignUp {',
      `  email: String = "${email}"`,
      random() < 0.3 ? `  "${email}" : ${'['.repeat(30)}` : '  password: String!',
      '}',
    ];
    return { files: [{ name: `schema-${s.surname().toLowerCase()}.graphql`, data: lines.join('\n') + '\n' }], values: [email] };
  },

  sqlite(random, pick, s, _full, dir) {
    const values = [];
    const cols = columns(random, pick, s, false);
    const Database = require('better-sqlite3');
    const name = `app-${s.surname().toLowerCase()}.sqlite`;
    const db = new Database(`${dir}/${name}`);
    try {
      db.exec(`CREATE TABLE customers (${cols.map((c) => `"${c.name.replace(/"/g, '""')}" TEXT`).join(', ')})`);
      const insert = db.prepare(`INSERT INTO customers VALUES (${cols.map(() => '?').join(', ')})`);
      for (const r of rows(cols, 5 + Math.floor(random() * 20), values)) insert.run(...r);
    } finally {
      db.close();
    }
    return { files: [{ name, data: undefined }], values };
  },

  big(random, pick, s, full) {
    // Hostile sizes that were quadratic (issue 26); the CI budget keeps to small inputs.
    if (!full) return generators.ndjson(random, pick, s, full);
    const email = s.email();
    const mb = 1024 * 1024;
    const shapes = [
      () => ({ name: 'brackets.csv', data: `id,email,${'['.repeat(mb)}\n1,${email},x\n` }),
      () => ({ name: 'one-string.json', data: `[{"id":1,"email":"${email}","blob":"${'x'.repeat(8 * mb)}"}]` }),
      () => ({ name: 'one-line.ndjson', data: `{"email":"${email}","blob":"${'\\"'.repeat(4 * mb)}"}\n` }),
      () => ({ name: 'quotes.prisma', data: `model A {\n  email String @default("${email}")\n  x Foo(${'"'.repeat(200)}\n}\n` }),
      () => ({ name: 'tables.sql', data: Array.from({ length: 3000 }, (_, i) => `CREATE TABLE t_${i} (id int, email text);\n`).join('') + `INSERT INTO t_0 VALUES (1, '${email}');\n` }),
    ];
    return { files: [pick(shapes)()], values: [email] };
  },

  config(random, pick, s) {
    // A CSV with a datamin.yaml beside it: valid, hostile or broken.
    const input = generators.csv(random, pick, s);
    const stem = input.files[0].name.replace(/\.[^.]+$/, '');
    const configs = [
      `version: 1\npurposes:\n  billing:\n    legal_basis: contract\n    retention: P1Y\ndatasets:\n  "${stem}":\n    fields:\n      email: [billing]\n      "**": [billing]\n`,
      `version: 1\npurposes: {a: {legal_basis: nope}}\ndatasets: {"*": {fields: {"*.*.**": [a, b]}}}\n`,
      `version: 1\npurposes:\n\tbad: {}\n`,
      `version: 1\ndatasets:\n${Array.from({ length: 2000 }, (_, i) => `  t_${i}: {fields: {email: [x]}}`).join('\n')}\n`,
      `version: 1\nscan: {sample: -5}\nrules: {no-such-rule: {severity: critical}}\n`,
      '&a [*a]\n',
    ];
    const yaml = pick(configs);
    return { files: [...input.files, { name: 'datamin.yaml', data: yaml, config: true }], values: input.values };
  },

  garbage(random, pick, s) {
    // Bytes that are no valid input of the kind their name claims.
    const size = Math.floor(random() * 4096);
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) bytes[i] = Math.floor(random() * 256);
    const ext = pick(['csv', 'json', 'ndjson', 'sql', 'prisma', 'sqlite', 'yaml', 'schema.json', 'avsc', 'proto', 'graphql', 'entity.ts']);
    const variants = [bytes, Buffer.alloc(0), Buffer.from('\ufeff'), Buffer.from([0xff, 0xfe, 0x41, 0x00]), Buffer.from('{'.repeat(5000)), Buffer.from('"'.repeat(3000))];
    // A folder scan reads a .yaml file only when it is an OpenAPI document, a .ts file only when
    // it defines a model: junk of either may go unmentioned.
    return { files: [{ name: `junk-${s.surname().toLowerCase()}.${ext}`, data: pick(variants), optional: ext === 'yaml' || ext === 'entity.ts' }], values: [] };
  },
};

export const SOURCE_KINDS = Object.keys(generators);

/**
 * Writes one input into `dir` and returns what it holds. `full` allows the shapes of known leaks.
 * `random` is the input's own seeded PRNG, so an input is reproduced from (seed, index) alone.
 */
export function generateInput(kind, random, s, full, dir, writeFile) {
  const pick = (items) => items[Math.floor(random() * items.length)];
  const input = generators[kind](random, pick, s, full, dir);
  for (const file of input.files) if (file.data !== undefined) writeFile(`${dir}/${file.name}`, file.data);
  return { kind, ...input };
}
