// The .sql source over the real corpus: every file opens and streams; known tables and columns.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenedSource } from '../../../src/model/index.js';
import { collectSqlDeclarations } from '../../../src/sources/sql/index.js';
import { readSql } from './read-sql.js';
import { CORPUS_DIR, HAVE_CORPUS } from '../../helpers/corpus.js';

const corpus = CORPUS_DIR;
const files = [
  'adventureworks-pg/install.sql',
  'chinook-pg/Chinook_PostgreSql.sql',
  'employees-mysql/employees.sql',
  'employees-mysql/load_departments.sql',
  'employees-mysql/load_dept_manager.sql',
  'employees-mysql/load_employees.sql',
  'northwind-pg/northwind.sql',
  'pagila-pg/pagila-schema.sql',
  'sakila-mysql/sakila-mv-data.sql',
  'sakila-mysql/sakila-mv-schema.sql',
];

function fieldNames(opened: OpenedSource, table: string): string[] {
  return opened.datasets.find((dataset) => dataset.name === table)?.fields.map((field) => field.name) ?? [];
}

describe.skipIf(!HAVE_CORPUS)('real SQL corpus', () => {
  it.each(files)('%s opens and streams without an error', async (file) => {
    const { error, opened, rows } = await readSql(file, corpus);
    expect(error).toBeUndefined();
    expect(opened.datasets.length).toBeGreaterThan(0);
    const total = [...rows.values()].reduce((sum, list) => sum + list.length, 0);
    if (opened.kind === 'sql-dump') expect(total).toBeGreaterThan(0);
    else expect(total).toBe(0);
  });

  it('pagila: 71 tables and partitions, customer with email and first_name', async () => {
    const { opened } = await readSql('pagila-pg/pagila-schema.sql', corpus);
    expect(opened.kind).toBe('sql-ddl');
    expect(opened.datasets).toHaveLength(71);
    expect(fieldNames(opened, 'customer')).toEqual(expect.arrayContaining(['email', 'first_name', 'last_name']));
  });

  it('chinook: quoted Customer with Email and Phone, and its rows', async () => {
    const { opened, rows } = await readSql('chinook-pg/Chinook_PostgreSql.sql', corpus);
    expect(opened.kind).toBe('sql-dump');
    expect(opened.datasets).toHaveLength(11);
    expect(fieldNames(opened, 'customer')).toEqual(expect.arrayContaining(['email', 'phone']));
    expect(rows.get('customer')).toHaveLength(59);
  });

  it('adventureworks: CREATE SCHEMA … CREATE TABLE elements with their COMMENT ON COLUMN texts', async () => {
    const { opened } = await readSql('adventureworks-pg/install.sql', corpus);
    expect(opened.datasets).toHaveLength(68);
    const email = opened.datasets.find((dataset) => dataset.name === 'EmailAddress')?.fields.find((field) => field.name === 'EmailAddress');
    expect(email).toMatchObject({ type: 'varchar(50)', comment: 'E-mail address for the person.' });
  });

  it('sakila: data rows stream into customer under the names the schema file declares', async () => {
    const catalog = await collectSqlDeclarations([path.join(corpus, 'sakila-mysql/sakila-mv-schema.sql')]);
    expect(catalog.get('customer')?.map((field) => field.name)).toContain('email');
    const { opened, rows } = await readSql('sakila-mysql/sakila-mv-data.sql', corpus, { sqlCatalog: catalog });
    expect(fieldNames(opened, 'customer')).toEqual([
      'customer_id', 'store_id', 'first_name', 'last_name', 'email', 'address_id', 'active', 'create_date', 'last_update',
    ]);
    const customers = rows.get('customer')!;
    expect(customers).toHaveLength(599);
    expect(customers[0][4]).toBe('MARY.SMITH@sakilacustomer.org');
    expect(rows.get('payment')).toHaveLength(16049);
  });

  it('employees: INSERTs without column lists get the names employees.sql declares', async () => {
    const catalog = await collectSqlDeclarations([path.join(corpus, 'employees-mysql/employees.sql')]);
    const { opened, rows } = await readSql('employees-mysql/load_employees.sql', corpus, { sqlCatalog: catalog });
    expect(fieldNames(opened, 'employees')).toEqual(['emp_no', 'birth_date', 'first_name', 'last_name', 'gender', 'hire_date']);
    expect(rows.get('employees')).toHaveLength(2000);
  });
});
