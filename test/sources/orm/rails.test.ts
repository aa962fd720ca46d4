// Rails db/schema.rb and db/migrate/*.rb: calls read from tree-sitter's Ruby syntax tree, columns with their declaring lines,
// references and timestamps, migrations replayed in order (renames, removals, `def down` ignored),
// schema.rb winning over migrations, and .rb files that are neither.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeclaredField } from '../../../src/model/index.js';
import { isDiscoverableFile, openSource } from '../../../src/sources/index.js';
import { RailsInterpreter } from '../../../src/sources/orm/rails-schema.js';
import { readCall, type RbCall, type RbValue } from '../../../src/sources/orm/ruby-calls.js';
import { withSyntaxTree } from '../../../src/sources/orm/tree-sitter.js';
import { expectLinearTime } from '../../helpers/linear-time.js';

const cwd = path.resolve(import.meta.dirname, '../../..');
const fixtures = 'test/fixtures/sources/orm';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'datamin-rails-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const brief = (fields: readonly DeclaredField[]): string[] => fields.map((f) => `${f.name}: ${f.type ?? '?'} @${f.line}${f.comment ? ` "${f.comment}"` : ''}`);

async function datasetsOf(file: string): Promise<Record<string, string[]>> {
  const opened = await openSource(file, cwd);
  return Object.fromEntries(opened.datasets.map((d) => [d.name, brief(d.fields)]));
}

/** Every call of a Ruby text, in source order, as readCall reads it. */
async function callsOf(text: string): Promise<RbCall[]> {
  return withSyntaxTree('ruby', text, 'x.rb', (root) => root.descendantsOfType('call').map((node) => readCall(node)!).filter((call) => call !== undefined));
}

const shown = (value: RbValue | undefined): string => (value === undefined ? '-' : value.kind === 'array' ? `[${value.items.map(shown).join(' ')}]` : value.kind === 'other' ? '?' : `${value.kind}:${value.text}`);

describe('ruby syntax tree', () => {
  it('reads calls across continued lines, with heredocs and %w arrays as values', async () => {
    const calls = await callsOf('t.string "a", # note\n  null: false\nexecute <<~SQL\n  DROP TABLE x; -- end\nSQL\nt.index %w[a b], unique: true\n');
    expect(calls.map((c) => [c.line, `${c.receiver ?? ''}.${c.method} ${c.args.map(shown).join(' ')} ${[...c.options].map(([k, v]) => `${k}=${shown(v)}`).join(' ')}`])).toEqual([
      [1, 't.string string:a null=name:false'],
      [3, '.execute string:DROP TABLE x; -- end '],
      [6, 't.index [string:a string:b] unique=name:true'],
    ]);
  });

  it('reads a call with options in both hash syntaxes and a block', async () => {
    const [call] = await callsOf('create_table(:users, :id => :uuid, comment: "People") do |t|\nend\n');
    expect(call).toMatchObject({ method: 'create_table', args: [{ kind: 'symbol', text: 'users' }], block: ['t'] });
    expect(call.options.get('id')).toEqual({ kind: 'symbol', text: 'uuid' });
    expect(call.options.get('comment')).toEqual({ kind: 'string', text: 'People' });
  });

  it('reads brace blocks as blocks, strings with escapes, interpolation and adjacent literals', async () => {
    const calls = await callsOf('create_table :a do |t| t.string :x end\ncreate_table(:b) { |t| t.string :y, comment: "n\\u00e9 #{z} " "more" }\n');
    expect(calls.map((c) => `${c.method} ${c.block?.join(',') ?? '-'} @${c.line}:${c.column}`)).toEqual(['create_table t @1:1', 'string - @1:24', 'create_table t @2:1', 'string - @2:24']);
    expect(calls[3].options.get('comment')).toEqual({ kind: 'string', text: 'né #{z} more' });
  });

  it('never throws on broken input', async () => {
    for (const text of ['create_table "a" do |t|\n  t.string "b', '<<~X\nno end', '%w[', '=begin\n', '}}}end end', ':"']) {
      await expect(new RailsInterpreter().apply(text, 'x.rb')).resolves.toBeUndefined();
    }
  });

  it('reads a file in time linear in its size', async () => {
    const table = (i: number) => `  create_table "t${i}", force: :cascade do |t|\n    t.string "email", comment: "x #{i}"\n    t.timestamps\n  end\n`;
    await expectLinearTime('ruby statements', 250, (n) => Array.from({ length: n }, (_, i) => table(i)).join(''), (text) => new RailsInterpreter().apply(text, 'x.rb'));
  });
});

describe('db/schema.rb', () => {
  it('reads create_table blocks: columns, references, polymorphic, timestamps, comments, uuid ids', async () => {
    const opened = await openSource(`${fixtures}/rails/db/schema.rb`, cwd);
    expect(opened.kind).toBe('rails-schema');
    expect(opened.warnings).toBeUndefined();
    const datasets = await datasetsOf(`${fixtures}/rails/db/schema.rb`);
    expect(Object.keys(datasets)).toEqual(['accounts', 'users', 'addresses']);
    expect(datasets.users).toEqual([
      'id: bigint @15',
      'email: string @16',
      'encrypted_password: string @17',
      'first_name: string @18',
      'last_name: string @19',
      'date_of_birth: date @20 "Needed for age verification"',
      'phone_number: string @21',
      'last_sign_in_ip: inet @22',
      'account_id: bigint @23',
      'invited_by_id: bigint @24',
      'invited_by_type: string @24',
      'sign_in_count: integer @25',
      'created_at: datetime @26',
      'updated_at: datetime @26',
    ]);
    expect(datasets.addresses).toEqual(['id: uuid @30', 'user_id: uuid @31', 'street: string @32 "Street and house number"', 'postal_code: string @35', 'city: string @36', 'country_code: string @37']);
  });

  it('warns with the line of a table statement it does not understand', async () => {
    const file = path.join(scratch, 'schema.rb');
    writeFileSync(file, 'ActiveRecord::Schema.define do\n  create_table "people" do |t|\n    t.string "name"\n    t.frobnicate "secret"\n  end\nend\n');
    const opened = await openSource(file, cwd);
    expect(opened.warnings).toEqual([{ message: 'line 4: t.frobnicate is not a column definition this reader understands; skipped', line: 4 }]);
    expect(opened.datasets.map((d) => brief(d.fields))).toEqual([['id: bigint @2', 'name: string @3']]);
  });
});

describe('db/migrate/*.rb', () => {
  const migrations = `${fixtures}/rails-migrations/db/migrate`;

  it('replays migrations in order; each file reports the surviving columns it declared', async () => {
    expect(await datasetsOf(`${migrations}/20240101090000_create_customers.rb`)).toEqual({
      customers: ['id: bigint @3', 'email: string @5', 'company_id: bigint @7', 'created_at: datetime @8', 'updated_at: datetime @8'],
    });
    // fax was removed; full_name renamed to name (declared by the rename).
    expect(await datasetsOf(`${migrations}/20240202100000_add_phone_to_customers.rb`)).toEqual({
      customers: ['mobile_phone: string @3 "Used for delivery notifications"', 'name: string @5'],
    });
    // `def down` is the rollback: its add_column never applies.
    expect(await datasetsOf(`${migrations}/20240303110000_add_birthdate_to_customers.rb`)).toEqual({ customers: ['birthdate: date @4', 'loyalty_tier: string @5'] });
  });

  it('are superseded by a db/schema.rb beside them (not discovered; explicit ones yield nothing)', async () => {
    const app = path.join(scratch, 'app');
    cpSync(path.join(cwd, fixtures, 'rails-migrations'), app, { recursive: true });
    const migration = path.join(app, 'db/migrate/20240101090000_create_customers.rb');
    expect(await isDiscoverableFile(migration)).toBe(true);
    writeFileSync(path.join(app, 'db/schema.rb'), 'ActiveRecord::Schema.define do\nend\n');
    expect(await isDiscoverableFile(migration)).toBe(false);
    const opened = await openSource(migration, cwd);
    expect(opened.datasets).toEqual([]);
    expect(opened.warnings?.[0].message).toContain('db/schema.rb exists');
  });

  it('ordinary .rb files are not discovered', async () => {
    expect(await isDiscoverableFile(path.join(cwd, fixtures, 'plain/helper.rb'))).toBe(false);
    expect(await isDiscoverableFile(path.join(cwd, fixtures, 'rails/db/schema.rb'))).toBe(true);
  });
});

describe('one-line blocks', () => {
  it('apply their columns to the table', async () => {
    writeFileSync(path.join(scratch, 'schema.rb'), 'create_table :a do |t| t.string :email end\ncreate_table(:b, id: false) { |t| t.string :phone; t.date :dob }\n');
    expect(await datasetsOf(path.join(scratch, 'schema.rb'))).toEqual({ a: ['id: bigint @1', 'email: string @1'], b: ['phone: string @2', 'dob: date @2'] });
  });
});

describe('migration statements', () => {
  it('apply reversible up blocks, skip down and revert, rename and drop tables, change comments', async () => {
    const folder = path.join(scratch, 'shop/db/migrate');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, '20240101000000_people.rb'),
      [
        'class People < ActiveRecord::Migration[7.1]',
        '  def change',
        '    create_table :people, id: false do |t|',
        '      t.string :email',
        '      t.string :fax',
        '    end',
        '    create_table :scratch do |t|',
        '      t.string :tmp',
        '    end',
        '    reversible do |dir|',
        '      dir.up { add_column :people, :phone, :string }',
        '      dir.down do',
        '        add_column :people, :never, :string',
        '      end',
        '    end',
        '    revert do',
        '      add_column :people, :reverted, :string',
        '    end',
        '    add_reference :people, :owner, polymorphic: true, type: :uuid',
        '    change_column_comment :people, :email, from: nil, to: "Login"',
        '    rename_table :people, :persons',
        '    drop_table :scratch',
        '    remove_columns :persons, :fax',
        '  end',
        'end',
        '',
      ].join('\n'),
    );
    expect(await datasetsOf(path.join(folder, '20240101000000_people.rb'))).toEqual({
      persons: ['email: string @4 "Login"', 'phone: string @11', 'owner_id: uuid @19', 'owner_type: string @19'],
    });
  });
});
