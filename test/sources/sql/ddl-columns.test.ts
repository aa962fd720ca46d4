// Column declarations the labellers found misread: a `-- comment` shared by every column of its
// line, array types with a trailing space, and columns named with keywords (`key`, `index`,
// `period`, `value`, `order`) losing their type or vanishing — in all three dialects.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSql } from './read-sql.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'datamin-ddl-columns-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes `sql` to a file and returns each table's fields as `name → {type, comment}`. */
async function columns(name: string, sql: string): Promise<Record<string, Record<string, { type?: string; comment?: string }>>> {
  await writeFile(path.join(dir, name), sql);
  const { opened } = await readSql(name, dir);
  return Object.fromEntries(
    opened.datasets.map((dataset) => [
      dataset.name,
      Object.fromEntries(dataset.fields.map((field) => [field.name, { ...(field.type === undefined ? {} : { type: field.type }), ...(field.comment === undefined ? {} : { comment: field.comment }) }])),
    ]),
  );
}

describe('trailing -- comments', () => {
  it('belong to the column they trail, not to every column on the line (SQLite)', async () => {
    const tables = await columns(
      'people.sql',
      [
        'CREATE TABLE people (',
        '  id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT, -- work address',
        '  full_name TEXT,',
        '  -- a note on a line of its own',
        '  nickname TEXT',
        ');',
        'CREATE TABLE pets ( -- animals',
        '  id INTEGER PRIMARY KEY, name TEXT, owner TEXT -- who feeds it',
        ');',
        '',
      ].join('\n'),
    );
    expect(tables.people).toEqual({
      id: { type: 'integer' },
      email: { type: 'text', comment: 'work address' },
      full_name: { type: 'text' },
      nickname: { type: 'text' },
    });
    expect(tables.pets).toEqual({ id: { type: 'integer' }, name: { type: 'text' }, owner: { type: 'text', comment: 'who feeds it' } });
  });

  it('still document a column whose definition goes on to the next line', async () => {
    const tables = await columns('multi.sql', 'CREATE TABLE t (\n  email TEXT -- login\n    NOT NULL,\n  name TEXT\n);\n');
    expect(tables.t).toEqual({ email: { type: 'text', comment: 'login' }, name: { type: 'text' } });
  });
});

describe('array types', () => {
  it('read as written, without a trailing space (PostgreSQL)', async () => {
    const tables = await columns('arrays.sql', 'CREATE TABLE t (\n  tags text[],\n  grid int[][],\n  fixed integer[3],\n  names varchar(20)[]\n);\n');
    expect(tables.t).toEqual({ tags: { type: 'text[]' }, grid: { type: 'int[][]' }, fixed: { type: 'integer[3]' }, names: { type: 'varchar(20)[]' } });
  });
});

describe('columns named with keywords', () => {
  const expected = { id: { type: 'serial' }, key: { type: 'text' }, index: { type: 'integer' }, period: { type: 'tsrange' }, value: { type: 'numeric(10,2)' }, order: { type: 'int' } };

  it('keep their type in PostgreSQL', async () => {
    const tables = await columns(
      'pg.sql',
      'CREATE TABLE t (\n  id serial PRIMARY KEY,\n  key text NOT NULL,\n  index integer,\n  period tsrange,\n  value numeric(10,2),\n  "order" int,\n  UNIQUE (key),\n  CHECK (index > 0)\n);\n',
    );
    expect(tables.t).toEqual(expected);
  });

  it('keep their type in MySQL, beside KEY and INDEX elements', async () => {
    const tables = await columns(
      'my.sql',
      [
        'CREATE TABLE `t` (',
        '  `id` int NOT NULL AUTO_INCREMENT,',
        '  key varchar(64) NOT NULL,',
        '  `index` int,',
        '  period date,',
        '  `value` text,',
        '  `order` int,',
        '  PRIMARY KEY (`id`),',
        '  KEY idx_key (key),',
        '  UNIQUE KEY uq (`order`),',
        '  INDEX (period),',
        // CREATE INDEX's form inside the table, as some reference schemas write it: no column `INDEX`.
        '  INDEX t_order_period ON t(`order`, period)',
        ') ENGINE=InnoDB;',
        '',
      ].join('\n'),
    );
    expect(tables.t).toEqual({ id: { type: 'int' }, key: { type: 'varchar(64)' }, index: { type: 'int' }, period: { type: 'date' }, value: { type: 'text' }, order: { type: 'int' } });
  });

  it('are not lost in SQLite when the parsers reject the statement', async () => {
    const tables = await columns('lite.sql', 'CREATE TABLE t (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  key TEXT,\n  "index" INTEGER,\n  period TEXT,\n  tags TEXT[]\n);\n');
    expect(tables.t).toEqual({ id: { type: 'integer' }, key: { type: 'text' }, index: { type: 'integer' }, period: { type: 'text' }, tags: { type: 'text[]' } });
  });

  it('ALTER TABLE … ADD a column named key', async () => {
    const tables = await columns('alter.sql', 'CREATE TABLE t (id int);\nALTER TABLE t ADD COLUMN key text;\nALTER TABLE t ADD key2 int, ADD INDEX ix (key2);\n');
    expect(tables.t).toEqual({ id: { type: 'int' }, key: { type: 'text' }, key2: { type: 'int' } });
  });
});
