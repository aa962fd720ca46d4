// Parquet source: a file written here by DuckDB itself, read back through the registry.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SourceError, type Row } from '../../../src/model/index.js';
import { openSource } from '../../../src/sources/index.js';
import { day } from './servers.js';

let dir: string;
const ROWS = 5000;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-parquet-'));
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
  const connection = await instance.connect();
  await connection.run(`COPY (
      SELECT i AS id, 'user' || i || '@example.org' AS email, 'Person ' || i AS "full name",
             (DATE '2019-05-01' + CAST((i % 3) * 365 AS INTEGER))::DATE AS signup_day,
             TIMESTAMP '2024-06-30 23:30:00' AS seen_at, '\\x01\\x02'::BLOB AS avatar,
             ['a', 'b'] AS tags, i * 10000000000 AS big
        FROM range(${ROWS}) t(i)) TO '${path.join(dir, 'customers.parquet')}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
  writeFileSync(path.join(dir, 'broken.parquet'), 'PAR1 but not really\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Parquet files', () => {
  it('declares columns with DuckDB types and streams every row', async () => {
    const opened = await openSource('customers.parquet', dir);
    try {
      expect(opened.kind).toBe('parquet');
      expect(opened.location).toBe('customers.parquet');
      const [dataset] = opened.datasets;
      expect(dataset.name).toBe('customers');
      expect(dataset.fields).toEqual([
        { name: 'id', type: 'BIGINT' },
        { name: 'email', type: 'VARCHAR' },
        { name: 'full name', type: 'VARCHAR' },
        { name: 'signup_day', type: 'DATE' },
        { name: 'seen_at', type: 'TIMESTAMP' },
        { name: 'avatar', type: 'BLOB' },
        { name: 'tags', type: 'VARCHAR[]' },
        { name: 'big', type: 'BIGINT' },
      ]);
      const rows: Row[] = [];
      for await (const batch of dataset.batches!({ warn: () => undefined })) rows.push(...batch);
      expect(rows).toHaveLength(ROWS);
      expect(rows[1]).toEqual(['1', 'user1@example.org', 'Person 1', '2020-04-30', '2024-06-30 23:30:00', undefined, ['a', 'b'], '10000000000']);
    } finally {
      await opened.close?.();
    }
  });

  it('counts rows and days with SQL', async () => {
    const opened = await openSource('customers.parquet', dir);
    try {
      const aggregate = opened.datasets[0].aggregate!;
      expect(await aggregate.rowCount()).toBe(ROWS);
      const third = ROWS / 3;
      expect(await aggregate.dayHistogram('signup_day')).toEqual(
        new Map([
          [day('2019-05-01'), Math.ceil(third)],
          [day('2020-04-30'), Math.round(third)],
          [day('2021-04-30'), Math.floor(third)],
        ]),
      );
      expect(await aggregate.dayHistogram('seen_at')).toEqual(new Map([[day('2024-06-30'), ROWS]]));
      expect(await aggregate.dayHistogram('email')).toBeUndefined();
    } finally {
      await opened.close?.();
    }
  });

  it('rejects a file that is not Parquet, naming the file', async () => {
    const error = await openSource('broken.parquet', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).file).toBe('broken.parquet');
    expect((error as SourceError).message).toMatch(/^not a readable Parquet file/);
  });

  it('asks for the optional package when @duckdb/node-api is not installed', async () => {
    vi.resetModules();
    vi.doMock('@duckdb/node-api', () => {
      throw new Error("Cannot find package '@duckdb/node-api'");
    });
    try {
      const { openParquet } = await import('../../../src/sources/db/parquet.js');
      const source = { file: path.join(dir, 'customers.parquet'), name: 'customers', location: 'customers.parquet', sizeBytes: 1 };
      const error = await openParquet(source).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as SourceError).message).toBe('reading Parquet needs the optional package @duckdb/node-api: npm install @duckdb/node-api');
      expect((error as SourceError).file).toBe('customers.parquet');
    } finally {
      vi.doUnmock('@duckdb/node-api');
      vi.resetModules();
    }
  });
});
