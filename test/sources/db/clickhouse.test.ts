// ClickHouse source against a real server (DATAMIN_TEST_CLICKHOUSE_URL, started by
// scripts/ci-databases.sh; required when CI=true): Debian's 18.16 through the official client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, ClickHouseLogLevel, type ClickHouseClient } from '@clickhouse/client';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SourceError } from '../../../src/model/index.js';
import { clickhouseSampleQuery, connectClickhouse, quoteClickhouseIdent, sessionSettings } from '../../../src/sources/db/clickhouse.js';
import { rowsReceived } from '../../../src/sources/db/shared.js';
import { openUrl } from '../../../src/sources/index.js';
import { runCli } from '../../helpers/run-cli.js';
import { datasetNamed, day, readSample, requireServer, withParams } from './servers.js';

const serverUrl = requireServer('DATAMIN_TEST_CLICKHOUSE_URL', 'ClickHouse');
const EVENTS = 10_000_000;
const PLAIN = 200_000;
const SAMPLE = 1000;

describe('clickhouseSampleQuery', () => {
  it('uses SAMPLE on tables declared SAMPLE BY', () => {
    expect(clickhouseSampleQuery('`db`.`t`', '`a`, `b`', '`a`, `b`', 'intHash32(id)', 500)).toBe('SELECT `a`, `b` FROM `db`.`t` SAMPLE 500 LIMIT 500');
  });
  it('orders other tables by a hash of the sampled columns and keeps the first n', () => {
    expect(clickhouseSampleQuery('`db`.`t`', '`a`, NULL AS `s`', '`a`', '', 500)).toBe('SELECT `a`, NULL AS `s` FROM `db`.`t` ORDER BY cityHash64(`a`) LIMIT 500');
    expect(clickhouseSampleQuery('`db`.`t`', 'NULL AS `s`', '', '', 500)).toBe('SELECT NULL AS `s` FROM `db`.`t` LIMIT 500');
  });
  it('sets readonly and the time limit only as far as the user profile lets it', () => {
    expect(sessionSettings(0, 30_000)).toEqual({ max_execution_time: 30, readonly: '1' });
    expect(sessionSettings(2, 1_500)).toEqual({ max_execution_time: 2 });
    expect(sessionSettings(1, 30_000)).toEqual({});
  });
  it('quotes names with backquotes and backslashes', () => {
    expect(quoteClickhouseIdent('we`ird\\name')).toBe('`we\\`ird\\\\name`');
  });
});

describe.skipIf(!serverUrl)('ClickHouse (live server)', () => {
  // The body is collected even when skipped, so nothing here may parse the (absent) URL.
  const url = serverUrl ?? '';
  let admin: ClickHouseClient;
  let cwd: string;

  beforeAll(async () => {
    const parsed = new URL(url);
    admin = createClient({ url: `http://${parsed.host}`, username: parsed.username || 'default', database: parsed.pathname.slice(1), log: { level: ClickHouseLogLevel.OFF } });
    cwd = mkdtempSync(path.join(os.tmpdir(), 'datamin-clickhouse-'));
    const statements = [
      'DROP TABLE IF EXISTS customers',
      'DROP TABLE IF EXISTS events',
      'DROP TABLE IF EXISTS plain_events',
      'DROP TABLE IF EXISTS remote_feed',
      'DROP TABLE IF EXISTS recent',
      'DROP TABLE IF EXISTS visits_rollup',
      `CREATE TABLE customers (id UInt32, email String COMMENT 'contact address for receipts', \`full name\` String,
         created DateTime, birthday Nullable(Date), tags Array(String)) ENGINE = MergeTree ORDER BY id`,
      `INSERT INTO customers SELECT number, concat('user', toString(number), '@example.org'), concat('Person ', toString(number)),
         if(number = 0, toDateTime(0), toDateTime('2019-05-01 23:30:00', 'UTC') + (number % 3) * 86400 * 365),
         if(number % 10 = 0, NULL, toDate('1980-01-01') + number), ['a', 'b'] FROM numbers(3000)`,
      `CREATE TABLE events (id UInt64, email String, created DateTime) ENGINE = MergeTree ORDER BY (id, intHash32(id)) SAMPLE BY intHash32(id)`,
      `INSERT INTO events SELECT number, concat('user', toString(number % 1009), '@example.org'),
         toDateTime('2016-01-01 00:00:00', 'UTC') + number * 31 FROM numbers(${EVENTS})`,
      `CREATE TABLE plain_events (id UInt64, note String) ENGINE = MergeTree ORDER BY id`,
      `INSERT INTO plain_events SELECT number, concat('event ', toString(number)) FROM numbers(${PLAIN})`,
      `CREATE TABLE remote_feed (id UInt64) ENGINE = URL('http://127.0.0.1:1/feed.csv', CSV)`,
      'CREATE VIEW recent AS SELECT * FROM events WHERE id < 10',
      `CREATE TABLE visits_rollup (email String, visitors AggregateFunction(uniq, UInt64)) ENGINE = AggregatingMergeTree ORDER BY email`,
      `INSERT INTO visits_rollup SELECT concat('user', toString(number % 7), '@example.org'), uniqState(number) FROM numbers(100) GROUP BY number % 7`,
    ];
    for (const query of statements) await admin.command({ query });
    writeFileSync(
      path.join(cwd, 'datamin.yaml'),
      'version: 1\npurposes:\n  analytics:\n    legal_basis: consent\n    retention: P2Y\ndatasets:\n  events:\n    retention_field: created\n    fields:\n      email: [analytics]\n      created: [analytics]\n',
    );
  }, 180_000);

  afterAll(async () => {
    for (const table of ['customers', 'events', 'plain_events', 'remote_feed', 'recent', 'visits_rollup']) await admin?.command({ query: `DROP TABLE IF EXISTS ${table}` });
    await admin?.close();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  }, 60_000);

  it('lists the tables with their engine rows, reads columns, types and comments; skips outside engines with a warning', async () => {
    const opened = await openUrl(url, { cwd: '/', rowLimit: 100 });
    try {
      expect(opened.kind).toBe('clickhouse');
      expect(opened.location).toBe(`clickhouse://${new URL(url).username}@${new URL(url).host}${new URL(url).pathname}`);
      expect(opened.datasets.map((d) => d.name)).toEqual(['customers', 'events', 'plain_events', 'visits_rollup']);
      expect(opened.warnings?.map((w) => w.message)).toEqual(['1 table(s) skipped whose engine reads outside ClickHouse: remote_feed (URL)']);
      expect(datasetNamed(opened, 'customers').fields).toEqual([
        { name: 'id', type: 'UInt32' },
        { name: 'email', type: 'String', comment: 'contact address for receipts' },
        { name: 'full name', type: 'String' },
        { name: 'created', type: 'DateTime' },
        { name: 'birthday', type: 'Nullable(Date)' },
        { name: 'tags', type: 'Array(String)' },
      ]);
    } finally {
      await opened.close?.();
    }
  });

  it('samples inside ClickHouse (the same rows every run) and counts rows and days in SQL, leaving out zero dates', async () => {
    const opened = await openUrl(url, { cwd: '/', rowLimit: 100 });
    try {
      const customers = datasetNamed(opened, 'customers');
      const first = await readSample(customers);
      expect(first).toHaveLength(100);
      expect(await readSample(customers)).toEqual(first);
      expect(first[0]).toHaveLength(6);
      expect(await customers.aggregate!.rowCount()).toBe(3000);
      expect(await customers.aggregate!.dayHistogram('created')).toEqual(
        new Map([
          [day('2019-05-01'), 999],
          [day('2020-04-30'), 1000],
          [day('2021-04-30'), 1000],
        ]),
      );
      const birthdays = await customers.aggregate!.dayHistogram('birthday');
      expect([...birthdays!.values()].reduce((a, b) => a + b, 0)).toBe(2700);
      expect(await customers.aggregate!.dayHistogram('email')).toBeUndefined();
      const plain = datasetNamed(opened, 'plain_events');
      expect(await readSample(plain)).toHaveLength(100);
      // Aggregate states are not values: sampled as absent, and they do not stop the sample.
      const rollup = await readSample(datasetNamed(opened, 'visits_rollup'));
      expect(rollup).toHaveLength(7);
      expect(rollup.every((row) => typeof row[0] === 'string' && row[1] === undefined)).toBe(true);
    } finally {
      await opened.close?.();
    }
  });

  it('the built CLI (bin/datamin.js, the bundle) scans ClickHouse: the client loads outside the bundle', () => {
    const run = spawnSync(process.execPath, [path.resolve('bin/datamin.js'), 'scan', url, '--sample', '10', '--format', 'json'], { cwd, encoding: 'utf8' });
    expect([0, 1]).toContain(run.status);
    const stdout = run.stdout;
    const result = JSON.parse(stdout) as { sources: Array<{ kind: string }>; datasets: Array<{ name: string; rows?: number }>; errors: Array<{ level: string; message: string }> };
    expect(result.errors.map((e) => `${e.level}: ${e.message}`)).toEqual(['warning: 1 table(s) skipped whose engine reads outside ClickHouse: remote_feed (URL)']);
    expect(result.sources.map((s) => s.kind)).toEqual(['clickhouse']);
    expect(result.datasets.find((d) => d.name === 'customers')?.rows).toBe(3000);
  }, 60_000);

  it('every query runs with readonly=1: writes are refused', async () => {
    const session = await connectClickhouse(url);
    try {
      await expect(session.rows('CREATE TABLE stolen (a UInt8) ENGINE = Memory')).rejects.toThrow(/readonly/i);
      await expect(session.rows('INSERT INTO plain_events VALUES (1, 2)')).rejects.toThrow(/readonly/i);
      await expect(session.rows('SELECT 1 SETTINGS readonly = 0')).rejects.toThrow(/readonly/i);
      await expect(session.rows('SELECT count() FROM numbers(10)')).rejects.toThrow(/readonly/i);
    } finally {
      await session.close();
    }
  });

  // scripts/ci-databases.sh creates scanner_ro1 and scanner_ro2, whose profiles are read-only.
  it.each(['scanner_ro1', 'scanner_ro2'])('a user whose profile is read-only already (%s) scans too', async (user) => {
    const scoped = new URL(url);
    scoped.username = user;
    scoped.password = 'scanner-secret';
    const opened = await openUrl(scoped.href, { cwd: '/', rowLimit: 10 });
    try {
      expect(await readSample(datasetNamed(opened, 'customers'))).toHaveLength(10);
      expect(await datasetNamed(opened, 'customers').aggregate!.rowCount()).toBe(3000);
    } finally {
      await opened.close?.();
    }
  });

  it('a statement that outlives ?statement_timeout= is stopped by the server', async () => {
    const session = await connectClickhouse(withParams(url, { statement_timeout: '1s' }));
    try {
      await expect(session.rows('SELECT count() AS n FROM events WHERE NOT ignore(arrayMap(x -> cityHash64(x), range(id % 300)))')).rejects.toThrow(
        /timeout exceeded/i,
      );
    } finally {
      await session.close();
    }
  }, 30_000);

  it('takes the password from CLICKHOUSE_PASSWORD and never shows it', async () => {
    const secret = 'env-secret-7Qx';
    const error = await connectClickhouse(url, { CLICKHOUSE_PASSWORD: secret }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(/cannot connect to ClickHouse: .*password/i);
    expect((error as SourceError).message + (error as SourceError).file).not.toContain(secret);
  });

  it(`scans ${EVENTS.toLocaleString('en-US')} rows with at most --sample rows leaving ClickHouse; retention-exceeded equals a brute-force count`, async () => {
    const before = rowsReceived.clickhouse ?? 0;
    const run = await runCli(['scan', url, '--sample', String(SAMPLE), '--jobs', '1', '--format', 'json'], { cwd });
    const received = (rowsReceived.clickhouse ?? 0) - before;
    const result = JSON.parse(run.stdout) as {
      datasets: Array<{ name: string; rows?: number }>;
      fields: Array<{ dataset: string; field: string; stats: { distinct: number } }>;
      findings: Array<{ ruleId: string; dataset: string; data?: { rows: number; cutoff: string } }>;
    };
    expect(result.datasets.find((d) => d.name === 'events')?.rows).toBe(EVENTS);
    // Four samples, the catalog, a count and a row of distinct counts per table and a row per distinct day of each date column.
    const eventDays = Math.ceil((EVENTS * 31) / 86_400) + 1;
    expect(received).toBeLessThanOrEqual(4 * SAMPLE + eventDays + 4 + 4 + 3000 + 50);
    // Distinct counts come from uniq() over all 10,000,000 rows, not from the 1,000 sampled values.
    const distinct = (field: string) => result.fields.find((f) => f.dataset === 'events' && f.field === field)?.stats.distinct ?? 0;
    expect(Math.abs(distinct('id') - EVENTS) / EVENTS).toBeLessThan(0.1);
    expect(Math.abs(distinct('email') - 1009) / 1009).toBeLessThan(0.1);
    const finding = result.findings.find((f) => f.ruleId === 'retention-exceeded' && f.dataset === 'events');
    expect(finding?.data?.cutoff).toBe('2024-11-30');
    const brute = await (await admin.query({ query: "SELECT count() AS n FROM events WHERE created < toDateTime('2024-11-30 00:00:00', 'UTC')", format: 'JSONEachRow' })).json<{ n: string }>();
    expect(finding?.data?.rows).toBe(Number(brute[0].n));
  }, 120_000);
});
