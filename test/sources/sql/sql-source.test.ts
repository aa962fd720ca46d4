// The .sql source on small fixtures: DDL in three dialects, INSERT and COPY data, warnings, errors.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceError, type Dataset, type OpenedSource } from '../../../src/model/index.js';
import { INSERT_PIECE_CHARS } from '../../../src/sources/sql/splitter.js';
import { fixturesDir } from '../read-all.js';
import { readSql } from './read-sql.js';

function table(opened: OpenedSource, name: string): Dataset {
  const dataset = opened.datasets.find((candidate) => candidate.name === name);
  if (!dataset) throw new Error(`no dataset ${name} in ${opened.datasets.map((d) => d.name).join(', ')}`);
  return dataset;
}

const fixture = (name: string): string => `sql/${name}`;

describe('PostgreSQL schema (pg_dump style)', () => {
  it('declares tables with unquoted names, lower-cased types, comments and positions', async () => {
    const { opened, warnings } = await readSql(fixture('pg-schema.sql'), fixturesDir);
    expect(opened.kind).toBe('sql-ddl');
    expect('interleaved' in opened).toBe(false);
    // `customer` exists in two schemas, so both keep their qualifier.
    expect(opened.datasets.map((d) => d.name)).toEqual(['public.customer', 'sales.customer']);
    const customer = table(opened, 'public.customer');
    expect(customer.kind).toBe('sql-ddl');
    expect('rows' in customer).toBe(false);
    expect(customer.fields).toEqual([
      { name: 'customer_id', type: 'integer', line: 11, column: 5 },
      { name: 'First Name', type: 'character varying(45)', line: 12, column: 5 },
      { name: 'email', type: 'text', comment: 'Contact address; never shared', line: 13, column: 5 },
      { name: 'created_at', type: 'timestamp with time zone', line: 14, column: 5 },
      { name: 'phone', type: 'varchar(20)', line: 30, column: 45 },
    ]);
    // The function body's semicolons did not end statements early; only CREATE TABLE AS warns.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 35 });
    expect(warnings[0].message).toContain('CREATE TABLE … AS SELECT');
  });
});

describe('MySQL dump', () => {
  it('reads backticks, ENGINE options, inline and trailing comments, enum types', async () => {
    const { opened, warnings } = await readSql(fixture('mysql-dump.sql'), fixturesDir);
    expect(opened.kind).toBe('sql-dump');
    expect(warnings).toEqual([]);
    const user = table(opened, 'user');
    expect(user.kind).toBe('sql-dump');
    expect(user.fields.map(({ name, type, comment }) => ({ name, type, comment }))).toEqual([
      { name: 'id', type: 'int unsigned', comment: undefined },
      { name: 'full_name', type: 'varchar(100)', comment: 'Legal name' },
      { name: 'email', type: 'varchar(255)', comment: 'login address' },
      { name: 'status', type: "enum('active','Blocked')", comment: undefined },
      { name: 'avatar', type: 'blob', comment: undefined },
    ]);
    expect(user.fields[0]).toMatchObject({ line: 5, column: 3 });
  });

  it('streams multi-row INSERT, INSERT IGNORE with a column list and REPLACE rows', async () => {
    const { rows } = await readSql(fixture('mysql-dump.sql'), fixturesDir);
    expect(rows.get('user')).toEqual([
      [1, "O'Brien, Pat", 'pat@example.com', 'active', 'x\0y'],
      [2, "Ann 'Nan' Lee", null, 'Blocked', '0x89504E47'],
      [3, undefined, 'c@example.com', undefined, undefined],
      [4, 'Semi; colon (paren)', 'd@example.com', 'active', null],
    ]);
  });

  it('creates column_N datasets for undeclared tables and keeps long integers as text', async () => {
    const { opened, rows } = await readSql(fixture('mysql-dump.sql'), fixturesDir);
    expect(table(opened, 'audit_log').fields.map((f) => f.name)).toEqual(['column_1', 'column_2', 'column_3']);
    expect(rows.get('audit_log')).toEqual([
      [1, 'login', -2500],
      [2, 'logout', '12345678901234567890'],
    ]);
  });

  it('gives the same result when every chunk is a few bytes (state carried across chunks)', async () => {
    const whole = await readSql(fixture('mysql-dump.sql'), fixturesDir);
    const tiny = await readSql(fixture('mysql-dump.sql'), fixturesDir, { chunkBytes: 7 });
    expect(tiny.rows).toEqual(whole.rows);
    expect(tiny.opened.datasets.map((d) => d.fields)).toEqual(whole.opened.datasets.map((d) => d.fields));
  });
});

describe('# comments', () => {
  const write = async (text: string): Promise<{ dir: string; file: string }> => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'datamin-sql-'));
    const file = path.join(dir, 'schema.sql');
    await writeFile(file, text);
    return { dir, file };
  };

  // An apostrophe in a MySQL `#` comment inside a statement opened a string that swallowed every
  // table after it, without a word (a real practice-management schema lost 6 of its 43 tables).
  it('ends a MySQL # comment inside a statement at the line end, apostrophes and all, and keeps it as the column comment', async () => {
    const { dir, file } = await write("CREATE TABLE logs (\n  id int NOT NULL, # the log entry's id\n  msg text\n) ENGINE=InnoDB;\nCREATE TABLE users (email text) ENGINE=InnoDB;\n# it's between statements\nCREATE TABLE xid (\n  domain_id varchar(20)\n) ENGINE=InnoDB;\nINSERT INTO xid VALUES ('756.1234.5678.97'); # the patient's AHV number\n");
    const { opened, rows, warnings, error } = await readSql(file, dir, { chunkBytes: 5 });
    await rm(dir, { recursive: true });
    expect(error).toBeUndefined();
    expect(warnings).toEqual([]);
    expect(opened.datasets.map((d) => d.name)).toEqual(['logs', 'users', 'xid']);
    expect(table(opened, 'logs').fields.map(({ name, comment }) => ({ name, comment }))).toEqual([
      { name: 'id', comment: "the log entry's id" },
      { name: 'msg', comment: undefined },
    ]);
    expect(rows.get('xid')).toEqual([['756.1234.5678.97']]);
  });

  it('leaves PostgreSQL # (an operator) inside a statement alone', async () => {
    const { dir, file } = await write("SET standard_conforming_strings = on;\nCREATE TABLE t (a int, b int CHECK ((a # b) > 0), note text DEFAULT 'it''s');\nCREATE TABLE u (email text);\n");
    const { opened } = await readSql(file, dir);
    await rm(dir, { recursive: true });
    expect(opened.datasets.map((d) => [d.name, d.fields.map((f) => f.name)])).toEqual([['t', ['a', 'b', 'note']], ['u', ['email']]]);
  });
});

describe('SQLite schema', () => {
  it('unquotes [bracket] identifiers and reads AUTOINCREMENT columns', async () => {
    const { opened } = await readSql(fixture('sqlite-schema.sql'), fixturesDir);
    expect(opened.kind).toBe('sql-ddl');
    const patients = table(opened, 'patient record');
    expect(patients.fields.map(({ name, type }) => ({ name, type }))).toEqual([
      { name: 'id', type: 'integer' },
      { name: 'first name', type: 'text' },
      { name: 'date of birth', type: 'date' },
      { name: 'Diagnosis', type: 'text' },
    ]);
  });
});

describe('PostgreSQL COPY', () => {
  it('decodes tab-separated COPY lines: \\N null, escapes, backslashes', async () => {
    const { opened, rows, warnings } = await readSql(fixture('pg-copy.sql'), fixturesDir);
    expect(opened.kind).toBe('sql-dump');
    expect(warnings).toEqual([]);
    expect(table(opened, 'person').fields.map((f) => f.name)).toEqual(['id', 'full_name', 'note']);
    expect(rows.get('person')).toEqual([
      ['1', 'Anna Schmidt', 'line\none'],
      ['2', null, 'tab\there'],
      ['3', 'C:\\path', 'A'],
    ]);
  });
});

describe('errors', () => {
  it('throws a SourceError with the line of a truncated statement, after the rows before it', async () => {
    const { rows, error } = await readSql(fixture('truncated.sql'), fixturesDir);
    expect(rows.get('t')).toEqual([
      [1, 'ok'],
      [2, 'fine'],
    ]);
    expect(error).toBeInstanceOf(SourceError);
    const sourceError = error as SourceError;
    expect(sourceError.line).toBe(3);
    expect(sourceError.file).toBe('sql/truncated.sql');
    // Never a data value in a message.
    expect(sourceError.message).not.toContain('cut off');
    expect(sourceError.message).not.toContain('also ok');
  });

  it('reads a statement without a final semicolon at the end of the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'datamin-sql-'));
    try {
      await writeFile(path.join(dir, 'tail.sql'), "CREATE TABLE t (a int);\nINSERT INTO t VALUES (1), (2)\n");
      const { rows, error } = await readSql('tail.sql', dir);
      expect(error).toBeUndefined();
      expect(rows.get('t')).toEqual([[1], [2]]);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

describe('very long INSERT statements', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true });
  });

  it('hands on a multi-megabyte INSERT in pieces without losing or splitting a row', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'datamin-sql-'));
    dirs.push(dir);
    const tuples: string[] = [];
    let length = 0;
    for (let i = 0; length < INSERT_PIECE_CHARS * 2.5; i++) {
      const tuple = `(${i}, 'name, with (parens) ${i}', 'x''y')`;
      tuples.push(tuple);
      length += tuple.length + 1;
    }
    await writeFile(path.join(dir, 'long.sql'), `INSERT INTO big (id, label, quoted) VALUES\n${tuples.join(',\n')};\n`);
    const { rows, warnings, error } = await readSql('long.sql', dir);
    expect(error).toBeUndefined();
    expect(warnings).toEqual([]);
    const big = rows.get('big')!;
    expect(big).toHaveLength(tuples.length);
    const wrong = big.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify([i, `name, with (parens) ${i}`, "x'y"]));
    expect(wrong).toBe(-1);
  });
});
