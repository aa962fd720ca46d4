// PostgreSQL source against a real server (DATAMIN_TEST_POSTGRES_URL; required when CI=true).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { SourceError } from '../../../src/model/index.js';
import { connectPostgres, sampleQuery } from '../../../src/sources/db/postgres.js';
import { openUrl } from '../../../src/sources/index.js';
import { datasetNamed, day, readSample, requireServer, withParams } from './servers.js';
import { runCli } from '../../helpers/run-cli.js';

const serverUrl = requireServer('DATAMIN_TEST_POSTGRES_URL', 'PostgreSQL');
const DAYS = ['2019-05-01', '2023-01-15', '2024-06-30'];
const EVENTS = 500_000;

describe('sampleQuery', () => {
  it('uses TABLESAMPLE SYSTEM sized from the estimate on large tables', () => {
    const { sql, seeded } = sampleQuery('"s"."t"', '"a"', 1_000_000, 10_000, 10_000);
    expect(sql).toBe('SELECT "a" FROM "s"."t" TABLESAMPLE SYSTEM (1.00000) REPEATABLE (42) LIMIT 10000');
    expect(seeded).toBe(false);
  });
  it('falls back to ORDER BY random() for small, few-page or never-analysed tables', () => {
    expect(sampleQuery('t', 'a', 3_000, 25, 10).sql).toBe('SELECT a FROM t ORDER BY random() LIMIT 10');
    expect(sampleQuery('t', 'a', 50_000, 50_000, 10_000).sql).toMatch(/ORDER BY random\(\)/);
    expect(sampleQuery('t', 'a', -1, 0, 10).seeded).toBe(true);
  });
});

describe.skipIf(!serverUrl)('PostgreSQL (live server)', () => {
  // The body is collected even when skipped, so nothing here may parse the (absent) URL.
  const url = serverUrl ?? '';
  let scoped: string;
  let admin: pg.Client;

  beforeAll(async () => {
    scoped = withParams(url, { schema: 'datamin_a,datamin_b' });
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`
      DROP SCHEMA IF EXISTS datamin_a CASCADE; DROP SCHEMA IF EXISTS datamin_b CASCADE;
      CREATE SCHEMA datamin_a; CREATE SCHEMA datamin_b;
      CREATE TABLE datamin_a.customers (
        id serial PRIMARY KEY, email text, "full name" text, created_at timestamptz, birthday date,
        avatar bytea, tags text[], profile jsonb, balance numeric(10,2));
      COMMENT ON COLUMN datamin_a.customers.email IS 'contact address for receipts';
      INSERT INTO datamin_a.customers (email, "full name", created_at, birthday, avatar, tags, profile, balance)
        SELECT 'user' || i || '@example.org', 'Person ' || i,
               (ARRAY['${DAYS.join("','")}'])[i % 3 + 1]::date + time '23:30' AT TIME ZONE 'UTC',
               DATE '1980-01-01' + i, '\\x0102'::bytea, ARRAY['a', 'b'], jsonb_build_object('n', i), i / 4.0
          FROM generate_series(1, 3000) AS i;
      CREATE TABLE datamin_b.customers (id int, phone text);
      INSERT INTO datamin_b.customers VALUES (1, '+44 20 7946 0018');
      CREATE TABLE datamin_b.orders (id int, placed_on date);
      CREATE TABLE datamin_a.events (id int, note text);
      INSERT INTO datamin_a.events SELECT i, 'event ' || i FROM generate_series(1, ${EVENTS}) AS i;
      ANALYZE datamin_a.customers; ANALYZE datamin_a.events;`);
  });

  afterAll(async () => {
    await admin?.query('DROP SCHEMA IF EXISTS datamin_a CASCADE; DROP SCHEMA IF EXISTS datamin_b CASCADE');
    await admin?.end();
  });

  it('lists the tables of the chosen schemas, qualifying names that repeat', async () => {
    const opened = await openUrl(scoped, { cwd: '/', rowLimit: 100 });
    try {
      expect(opened.kind).toBe('postgres');
      expect(opened.location).toBe(`${new URL(url).protocol}//${new URL(url).username}@${new URL(url).host}${new URL(url).pathname}?schema=datamin_a,datamin_b`);
      expect(opened.datasets.map((d) => d.name)).toEqual(['datamin_a.customers', 'events', 'datamin_b.customers', 'orders']);
    } finally {
      await opened.close?.();
    }
    const onlyB = await openUrl(withParams(url, { schema: 'datamin_b' }), { cwd: '/', rowLimit: 100 });
    expect(onlyB.datasets.map((d) => d.name)).toEqual(['customers', 'orders']);
    await onlyB.close?.();
  });

  it('reads columns, types and comments from the catalog', async () => {
    const opened = await openUrl(scoped, { cwd: '/', rowLimit: 100 });
    try {
      const fields = datasetNamed(opened, 'datamin_a.customers').fields;
      expect(fields.map((f) => [f.name, f.type])).toEqual([
        ['id', 'integer'],
        ['email', 'text'],
        ['full name', 'text'],
        ['created_at', 'timestamp with time zone'],
        ['birthday', 'date'],
        ['avatar', 'bytea'],
        ['tags', 'text[]'],
        ['profile', 'jsonb'],
        ['balance', 'numeric(10,2)'],
      ]);
      expect(fields[1].comment).toBe('contact address for receipts');
      expect(fields[2].comment).toBeUndefined();
    } finally {
      await opened.close?.();
    }
  });

  it('samples about N rows inside the database, the same ones each time', async () => {
    const opened = await openUrl(scoped, { cwd: '/', rowLimit: 40 });
    try {
      const customers = datasetNamed(opened, 'datamin_a.customers');
      const rows = await readSample(customers);
      expect(rows).toHaveLength(40);
      const ids = rows.map((r) => r[0] as number);
      expect(new Set(ids).size).toBe(40);
      expect(Math.min(...ids)).toBeLessThan(1000);
      expect(Math.max(...ids)).toBeGreaterThan(2000);
      const row = rows[0];
      expect(row[1]).toMatch(/^user\d+@example\.org$/);
      expect(row[3]).toMatch(/^(2019-05-01|2023-01-15|2024-06-30) 23:30:00\+00$/);
      expect(row[5]).toBeUndefined();
      expect(row[6]).toEqual(['a', 'b']);
      expect(row[7]).toMatch(/^\{"n":\d+\}$/);
      expect(await readSample(customers)).toEqual(rows);
      expect(await customers.aggregate!.rowCount()).toBe(3000);
    } finally {
      await opened.close?.();
    }
  });

  it('uses TABLESAMPLE on a large table and still counts every row', async () => {
    const opened = await openUrl(scoped, { cwd: '/', rowLimit: 5000 });
    try {
      const events = datasetNamed(opened, 'events');
      const rows = await readSample(events);
      expect(rows.length).toBeGreaterThan(2000);
      // SYSTEM sampling gives about N rows (here fewer); ORDER BY random() would give exactly N.
      expect(rows.length).toBeLessThan(5000);
      const ids = rows.map((r) => r[0] as number);
      expect(Math.max(...ids) - Math.min(...ids)).toBeGreaterThan(EVENTS / 2);
      expect(await events.aggregate!.rowCount()).toBe(EVENTS);
    } finally {
      await opened.close?.();
    }
  });

  it('takes distinct counts from the planner statistics, not from the sampled rows', async () => {
    const opened = await openUrl(scoped, { cwd: '/', rowLimit: 10 });
    try {
      const counts = await datasetNamed(opened, 'datamin_a.customers').aggregate!.distinctCounts!();
      // n_distinct 3 for three days; −1 (every row differs) times the 3,000-row estimate for e-mails.
      expect(counts.get('created_at')).toBe(3);
      expect(counts.get('email')).toBe(3000);
      expect(await datasetNamed(opened, 'orders').aggregate!.distinctCounts!()).toEqual(new Map());
    } finally {
      await opened.close?.();
    }
    // Through the CLI: 100 sampled rows, yet about 500,000 distinct ids, which only the database knows.
    const run = await runCli(['scan', withParams(url, { schema: 'datamin_a' }), '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: process.cwd() });
    const result = JSON.parse(run.stdout) as { fields: Array<{ dataset: string; field: string; stats: { distinct: number } }> };
    const id = result.fields.find((f) => f.dataset === 'events' && f.field === 'id');
    expect(Math.abs((id?.stats.distinct ?? 0) - EVENTS) / EVENTS).toBeLessThan(0.1);
  });

  it('counts rows per day in the database (UTC days for timestamptz)', async () => {
    const opened = await openUrl(scoped, { cwd: '/', rowLimit: 10 });
    try {
      const customers = datasetNamed(opened, 'datamin_a.customers');
      expect(await customers.aggregate!.dayHistogram('created_at')).toEqual(new Map(DAYS.map((d) => [day(d), 1000])));
      const birthdays = await customers.aggregate!.dayHistogram('birthday');
      expect(birthdays!.size).toBe(3000);
      expect(birthdays!.get(day('1980-01-02'))).toBe(1);
      expect(await customers.aggregate!.dayHistogram('email')).toBeUndefined();
      expect(await datasetNamed(opened, 'orders').aggregate!.dayHistogram('placed_on')).toEqual(new Map());
    } finally {
      await opened.close?.();
    }
  });

  it('cannot write: the scan runs in a read-only transaction with a statement timeout', async () => {
    const session = await connectPostgres(withParams(url, { statement_timeout: '300ms' }));
    try {
      await expect(session.guarded(() => session.query(`INSERT INTO datamin_a.customers (email) VALUES ('x@example.org')`))).rejects.toThrow(
        /read-only transaction/,
      );
      await expect(session.guarded(() => session.query('CREATE TABLE datamin_a.intruder (id int)'))).rejects.toThrow(/read-only transaction/);
      expect((await session.query<{ statement_timeout: string }>('SHOW statement_timeout')).rows[0].statement_timeout).toBe('300ms');
      await expect(session.guarded(() => session.query('SELECT pg_sleep(2)'))).rejects.toThrow(/statement timeout/);
      // The failed statements were rolled back to their savepoints: the session still works.
      expect((await session.query<{ n: string }>('SELECT count(*) AS n FROM datamin_a.customers')).rows[0].n).toBe('3000');
    } finally {
      await session.close();
    }
    expect((await admin.query('SELECT count(*)::int AS n FROM datamin_a.customers')).rows[0].n).toBe(3000);
  });

  it('reports an unknown database without the password', async () => {
    const bad = new URL(url);
    bad.password = 'pw-should-never-show';
    bad.pathname = '/no_such_database_here';
    const error = await openUrl(bad.href, { cwd: '/', rowLimit: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(/does not exist/);
    expect(`${(error as SourceError).message} ${(error as SourceError).file}`).not.toContain('pw-should-never-show');
    expect((error as SourceError).file).toBe(`postgres://${bad.username}@${bad.host}/no_such_database_here`.replace('postgres:', bad.protocol));
  });
});
