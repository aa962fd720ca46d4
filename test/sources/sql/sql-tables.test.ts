// SqlTables: finding a table by (schema-)name and naming datasets stay linear in the table count.
import { describe, expect, it } from 'vitest';
import { SqlTables } from '../../../src/sources/sql/tables.js';
import { expectLinearTime } from '../../helpers/linear-time.js';

function declareAll(n: number): SqlTables {
  const tables = new SqlTables([], (name, fields) => ({ kind: 'sql-ddl', name, location: 'dump.sql', fields }));
  for (let i = 0; i < n; i++) tables.declare({ name: `t_${i}` }, [{ name: 'email' }], i + 1);
  tables.declare({ schema: 'audit', name: 't_0' }, [{ name: 'email' }], n + 1);
  return tables;
}

describe('SqlTables', () => {
  it('names tables of two schemas sharing a name by schema, the others bare, and finds each', () => {
    const tables = declareAll(3);
    expect(tables.datasets.map((d) => d.name)).toEqual(['t_0', 't_1', 't_2', 'audit.t_0']);
    expect(tables.find({ name: 't_0' })).toBe(0);
    expect(tables.find({ schema: 'AUDIT', name: 'T_0' })).toBe(3);
    expect(tables.find({ name: 't_9' })).toBeUndefined();
  });

  // Each declaration renamed every table and each lookup filtered them all: thousands of tables were quadratic.
  it('declares and finds thousands of tables in linear time', async () => {
    await expectLinearTime('tables', 1_000, (n) => n, (n) => {
      const tables = declareAll(n);
      for (let i = 0; i < n; i++) expect(tables.find({ name: `t_${i}` })).toBe(i);
    });
  });
});
