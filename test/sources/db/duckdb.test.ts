// DuckDB databases: a file made here by DuckDB itself, read back through the registry
// (`duckdb:` URLs and `.duckdb` files in a walk), sampled and counted inside DuckDB.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SourceError } from '../../../src/model/index.js';
import { connectDuckdb, duckdbSampleQuery } from '../../../src/sources/db/duckdb.js';
import { rowsReceived } from '../../../src/sources/db/shared.js';
import { openSource, openUrl } from '../../../src/sources/index.js';
import { runCli } from '../../helpers/run-cli.js';
import { datasetNamed, day, readSample } from './servers.js';

let dir: string;
const CUSTOMERS = 3000;
/**
 * The issue asks for 100 million rows; creating them takes over a minute on this 2-core machine
 * (measured: 77 s with a text column), so the test uses 10 million and `npm run bench`
 * (scripts/bench-warehouse.mjs) scans the full 100 million.
 */
const EVENTS = 10_000_000;
const SAMPLE = 1000;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-duckdb-'));
  const instance = await DuckDBInstance.create(path.join(dir, 'shop.duckdb'), { autoinstall_known_extensions: 'false' });
  const connection = await instance.connect();
  await connection.run(`
    CREATE SCHEMA crm;
    CREATE TABLE customers (id INTEGER, email VARCHAR, "full name" VARCHAR, created_at TIMESTAMPTZ, birthday DATE, avatar BLOB, tags VARCHAR[]);
    COMMENT ON COLUMN customers.email IS 'contact address for receipts';
    INSERT INTO customers SELECT i, 'user' || i || '@example.org', 'Person ' || i,
        CAST(DATE '2019-05-01' + CAST((i % 3) * 365 AS INTEGER) AS TIMESTAMP) + INTERVAL 23 HOUR,
        DATE '1980-01-01' + CAST(i AS INTEGER), '\\x01\\x02'::BLOB, ['a', 'b']
      FROM range(${CUSTOMERS}) t(i);
    CREATE TABLE crm.customers (id INTEGER, phone VARCHAR);
    INSERT INTO crm.customers VALUES (1, '+44 20 7946 0018');
    CREATE TABLE events (id BIGINT, email VARCHAR, created_on DATE);
    INSERT INTO events SELECT i, 'user' || (i % 1009) || '@example.org', DATE '2016-01-01' + CAST(i % 3650 AS INTEGER) FROM range(${EVENTS}) t(i);
    CREATE VIEW recent AS SELECT * FROM events WHERE id < 10;`);
  connection.closeSync();
  instance.closeSync();
  mkdirSync(path.join(dir, 'walk'));
  writeFileSync(path.join(dir, 'walk', 'broken.duckdb'), 'not a database\n');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('duckdbSampleQuery', () => {
  it('samples small tables with a seeded reservoir', () => {
    expect(duckdbSampleQuery('"main"."t"', '"a"', 5000, 1000)).toBe('SELECT "a" FROM "main"."t" USING SAMPLE reservoir(1000 ROWS) REPEATABLE (42)');
  });
  it('pre-samples large tables by vectors, then takes a reservoir among them', () => {
    expect(duckdbSampleQuery('"main"."t"', '"a"', 100_000_000, 10_000)).toBe(
      'SELECT "a" FROM (SELECT "a" FROM "main"."t" USING SAMPLE system(2.04800%) REPEATABLE (42)) USING SAMPLE reservoir(10000 ROWS) REPEATABLE (42)',
    );
  });
});

describe('DuckDB files', () => {
  it('lists the tables (not views), reads columns, types and comments from the catalog', async () => {
    const opened = await openUrl('duckdb:shop.duckdb', { cwd: dir, rowLimit: 100 });
    try {
      expect(opened.kind).toBe('duckdb');
      expect(opened.location).toBe('shop.duckdb');
      expect(opened.datasets.map((d) => d.name)).toEqual(['crm.customers', 'main.customers', 'events']);
      expect(datasetNamed(opened, 'main.customers').fields).toEqual([
        { name: 'id', type: 'INTEGER' },
        { name: 'email', type: 'VARCHAR', comment: 'contact address for receipts' },
        { name: 'full name', type: 'VARCHAR' },
        { name: 'created_at', type: 'TIMESTAMP WITH TIME ZONE' },
        { name: 'birthday', type: 'DATE' },
        { name: 'avatar', type: 'BLOB' },
        { name: 'tags', type: 'VARCHAR[]' },
      ]);
    } finally {
      await opened.close?.();
    }
    const onlyCrm = await openUrl('duckdb:shop.duckdb?schema=crm', { cwd: dir, rowLimit: 100 });
    expect(onlyCrm.datasets.map((d) => d.name)).toEqual(['customers']);
    await onlyCrm.close?.();
  });

  it('samples in DuckDB (the same rows every run), skips blobs, counts rows and days in SQL', async () => {
    const opened = await openUrl('duckdb:shop.duckdb', { cwd: dir, rowLimit: 100 });
    try {
      const customers = datasetNamed(opened, 'main.customers');
      const first = await readSample(customers);
      expect(first).toHaveLength(100);
      expect(await readSample(customers)).toEqual(first);
      expect(first.every((row) => row[5] === undefined && Array.isArray(row[6]))).toBe(true);
      expect(await customers.aggregate!.rowCount()).toBe(CUSTOMERS);
      expect(await customers.aggregate!.dayHistogram('created_at')).toEqual(
        new Map([
          [day('2019-05-01'), 1000],
          [day('2020-04-30'), 1000],
          [day('2021-04-30'), 1000],
        ]),
      );
      expect(await customers.aggregate!.dayHistogram('email')).toBeUndefined();
    } finally {
      await opened.close?.();
    }
  });

  it('opens read-only: writes, SET and reading other files are refused', async () => {
    const session = await connectDuckdb(path.join(dir, 'shop.duckdb'), 'shop.duckdb');
    try {
      await expect(session.rows('CREATE TABLE stolen (a INTEGER)')).rejects.toThrow(/read-only/i);
      await expect(session.rows('DELETE FROM events')).rejects.toThrow(/read-only/i);
      await expect(session.rows("SET access_mode = 'READ_WRITE'")).rejects.toThrow(/lock|configuration/i);
      await expect(session.rows(`SELECT * FROM read_csv('${path.join(dir, 'walk', 'broken.duckdb')}')`)).rejects.toThrow(/external access|disabled/i);
    } finally {
      session.close();
    }
  });

  it('interrupts a statement that outlives ?statement_timeout=', async () => {
    const session = await connectDuckdb(path.join(dir, 'shop.duckdb'), 'shop.duckdb', new URLSearchParams({ statement_timeout: '20ms' }));
    try {
      const started = Date.now();
      await expect(session.rows('SELECT count(DISTINCT a.id * b.id) FROM events a, events b')).rejects.toThrow(/interrupt/i);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      session.close();
    }
  });

  it('the built CLI (bin/datamin.js, the bundle) scans a DuckDB file: the driver loads outside the bundle', () => {
    mkdirSync(path.join(dir, 'bin-run'), { recursive: true });
    const run = spawnSync(process.execPath, [path.resolve('bin/datamin.js'), 'scan', `duckdb:${path.join(dir, 'shop.duckdb')}?schema=crm`, '--format', 'json'], { cwd: path.join(dir, 'bin-run'), encoding: 'utf8' });
    expect([0, 1]).toContain(run.status);
    const stdout = run.stdout;
    const result = JSON.parse(stdout) as { sources: Array<{ kind: string }>; datasets: Array<{ name: string; rows?: number }>; errors: unknown[] };
    expect(result.errors).toEqual([]);
    expect(result.sources.map((s) => s.kind)).toEqual(['duckdb']);
    expect(result.datasets).toEqual([expect.objectContaining({ name: 'customers', rows: 1 })]);
  });

  it('a .duckdb file in a walk opens as a database; a broken one is a one-line error naming it', async () => {
    const opened = await openSource('shop.duckdb', dir, { rowLimit: 10 });
    expect(opened.kind).toBe('duckdb');
    expect(opened.datasets).toHaveLength(3);
    await opened.close?.();
    const error = await openSource('walk/broken.duckdb', dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).file).toBe('walk/broken.duckdb');
    expect((error as SourceError).message).not.toContain('\n');
  });

  it('a missing file is refused (read-only opening never creates one)', async () => {
    const error = await openUrl('duckdb:nowhere.duckdb', { cwd: dir, rowLimit: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).file).toBe('nowhere.duckdb');
  });

  it(`scans ${EVENTS.toLocaleString('en-US')} rows with at most --sample rows leaving DuckDB; retention-exceeded equals a brute-force count`, async () => {
    writeFileSync(
      path.join(dir, 'datamin.yaml'),
      'version: 1\npurposes:\n  analytics:\n    legal_basis: consent\n    retention: P2Y\ndatasets:\n  events:\n    retention_field: created_on\n    fields:\n      email: [analytics]\n      created_on: [analytics]\n',
    );
    const before = rowsReceived.duckdb ?? 0;
    const run = await runCli(['scan', 'duckdb:shop.duckdb?schema=main', '--sample', String(SAMPLE), '--jobs', '1', '--format', 'json'], { cwd: dir });
    const received = (rowsReceived.duckdb ?? 0) - before;
    const result = JSON.parse(run.stdout) as {
      datasets: Array<{ name: string; rows?: number }>;
      fields: Array<{ dataset: string; field: string; stats: { distinct: number } }>;
      findings: Array<{ ruleId: string; dataset: string; data?: { rows: number; cutoff: string } }>;
    };
    expect(result.datasets.find((d) => d.name === 'events')?.rows).toBe(EVENTS);
    // Per table: its sample, one count, one row of distinct counts, one row per distinct day of a date column, and the catalog.
    const days = 3650 + 3 + CUSTOMERS; // events.created_on, customers.created_at, customers.birthday
    expect(received).toBeLessThanOrEqual(2 * SAMPLE + days + 2 + 2 + 50);
    // Distinct counts come from approx_count_distinct over all 10,000,000 rows: the 1,000
    // sampled values could never show 10 million ids or all 3,650 days.
    const distinct = (field: string) => result.fields.find((f) => f.dataset === 'events' && f.field === field)?.stats.distinct ?? 0;
    expect(Math.abs(distinct('id') - EVENTS) / EVENTS).toBeLessThan(0.1);
    expect(Math.abs(distinct('email') - 1009) / 1009).toBeLessThan(0.1);
    expect(Math.abs(distinct('created_on') - 3650) / 3650).toBeLessThan(0.1);
    const finding = result.findings.find((f) => f.ruleId === 'retention-exceeded' && f.dataset === 'events');
    expect(finding?.data?.cutoff).toBe('2024-11-30');
    const instance = await DuckDBInstance.create(path.join(dir, 'shop.duckdb'), { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const brute = await connection.runAndReadAll(`SELECT count(*) FROM events WHERE created_on < DATE '2024-11-30'`);
    connection.closeSync();
    instance.closeSync();
    expect(finding?.data?.rows).toBe(Number(brute.getRowsJson()[0][0]));
  }, 120_000);

  // Last: resetting modules gives later imports new classes (SourceError) and a new registry.
  it('asks for the optional package when @duckdb/node-api is not installed', async () => {
    vi.resetModules();
    vi.doMock('@duckdb/node-api', () => {
      throw new Error("Cannot find package '@duckdb/node-api'");
    });
    try {
      const { openDuckdbUrl } = await import('../../../src/sources/db/duckdb.js');
      const error = await openDuckdbUrl('duckdb:shop.duckdb', { cwd: dir, rowLimit: 10 }).catch((e: unknown) => e);
      expect((error as SourceError).message).toBe('reading DuckDB files needs the optional package @duckdb/node-api: npm install @duckdb/node-api');
      expect((error as SourceError).file).toBe('shop.duckdb');
    } finally {
      vi.doUnmock('@duckdb/node-api');
      vi.resetModules();
    }
  });
});
