// redshift:// against the real throwaway PostgreSQL (DATAMIN_TEST_POSTGRES_URL), with Redshift's
// catalog emulated in a database of its own: svv_tables, svv_columns and svv_table_info as views,
// HLL() as an aggregate, found through the database's search_path as Redshift's pg_catalog views
// are. A relay records every statement the source sends, so the exact SQL is asserted: the
// catalog, `WHERE RANDOM() < p … LIMIT n`, counts, HLL distinct counts, each statement inside
// its own `BEGIN READ ONLY` … `ROLLBACK`, with statement_timeout set for the session.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/model/result.js';
import { rowsReceived } from '../../../src/sources/db/shared.js';
import { redactUrl } from '../../../src/scan/url-label.js';
import { runBin } from '../../helpers/fake-warehouse.js';
import { startStatementRecorder, type StatementRecorder } from '../../helpers/pg-statement-recorder.js';
import { runCli } from '../../helpers/run-cli.js';
import { requireServer } from './servers.js';

const serverUrl = requireServer('DATAMIN_TEST_POSTGRES_URL', 'PostgreSQL');
const ROWS = 20_000;
const SAMPLE = 100;

const COLUMNS =
  `SELECT c.table_schema, c.table_name, c.column_name, c.data_type FROM svv_columns c JOIN svv_tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name ` +
  `WHERE t.table_type = 'BASE TABLE' AND c.table_schema <> 'information_schema' AND c.table_schema NOT LIKE 'pg!_%' ESCAPE '!' AND c.table_schema IN ('sales') ` +
  `ORDER BY c.table_schema, c.table_name, c.ordinal_position`;
const ESTIMATES = `SELECT "schema", "table", coalesce(estimated_visible_rows, tbl_rows) FROM svv_table_info WHERE true AND "schema" IN ('sales')`;
const COMMENTS =
  `SELECT n.nspname, c.relname, a.attname, d.description FROM pg_catalog.pg_description d JOIN pg_catalog.pg_class c ON c.oid = d.objoid ` +
  `JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid WHERE d.objsubid > 0 AND n.nspname IN ('sales')`;
const SAMPLE_SQL = `SELECT "id", "email", "signup_day", "created_at" FROM "sales"."customers" WHERE RANDOM() < 0.01 LIMIT ${SAMPLE}`;
const COUNT = 'SELECT count(*) AS n FROM "sales"."customers"';
const DISTINCT = 'SELECT HLL("id") AS d0, HLL("email") AS d1, HLL("signup_day") AS d2, HLL("created_at") AS d3 FROM "sales"."customers"';
const days = (column: string) =>
  `SELECT FLOOR(EXTRACT(EPOCH FROM CAST("${column}" AS timestamp)) / 86400) AS day, count(*) AS n FROM "sales"."customers" WHERE "${column}" IS NOT NULL GROUP BY 1`;

/** Each statement in a read-only transaction of its own. */
const readOnly = (...sql: string[]) => sql.flatMap((s) => ['BEGIN READ ONLY', s, 'ROLLBACK']);

describe.skipIf(!serverUrl)('redshift:// with Redshift catalog views emulated in PostgreSQL', () => {
  const url = new URL(serverUrl ?? 'postgres://x@127.0.0.1:1/x');
  let admin: pg.Client;
  let recorder: StatementRecorder;
  let dir: string;
  const database = 'datamin_redshift';
  const target = new URL(url.href);
  target.pathname = `/${database}`;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url.href });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.query(`CREATE DATABASE ${database}`);
    const setup = new pg.Client({ connectionString: target.href });
    await setup.connect();
    await setup.query(`
      CREATE SCHEMA rs_emul;
      CREATE VIEW rs_emul.svv_tables AS SELECT table_catalog, table_schema, table_name, table_type FROM information_schema.tables;
      CREATE VIEW rs_emul.svv_columns AS SELECT table_catalog, table_schema, table_name, column_name, ordinal_position, data_type FROM information_schema.columns;
      CREATE VIEW rs_emul.svv_table_info AS
        SELECT n.nspname AS "schema", c.relname AS "table", c.oid AS table_id, c.reltuples::bigint AS tbl_rows, c.reltuples::bigint AS estimated_visible_rows
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r';
      CREATE FUNCTION rs_emul.hll_final(anycompatiblearray) RETURNS bigint LANGUAGE sql AS 'SELECT count(DISTINCT v) FROM unnest($1) AS v';
      CREATE AGGREGATE rs_emul.hll(anycompatible) (SFUNC = array_append, STYPE = anycompatiblearray, FINALFUNC = rs_emul.hll_final, INITCOND = '{}');
      ALTER DATABASE ${database} SET search_path = "$user", public, rs_emul;
      CREATE SCHEMA sales;
      CREATE TABLE sales.customers (id int, email varchar(200), signup_day date, created_at timestamptz);
      COMMENT ON COLUMN sales.customers.email IS 'Newsletter address';
      INSERT INTO sales.customers SELECT i, 'client' || i || '@example.com', DATE '2020-01-01' + i % 1000, TIMESTAMPTZ '2024-11-25 23:30:00+00' + (i % 10) * INTERVAL '1 day'
        FROM generate_series(1, ${ROWS}) AS i;
      CREATE VIEW sales.recent AS SELECT * FROM sales.customers WHERE id > 10;
      CREATE SCHEMA other;
      CREATE TABLE other.notes (id int, body text);
      ANALYZE sales.customers;
      DROP ROLE IF EXISTS datamin_rs_scanner;
      CREATE ROLE datamin_rs_scanner LOGIN;
      GRANT USAGE ON SCHEMA sales, rs_emul TO datamin_rs_scanner;
      GRANT SELECT ON sales.customers, rs_emul.svv_tables, rs_emul.svv_columns TO datamin_rs_scanner;
      GRANT EXECUTE ON FUNCTION rs_emul.hll_final(anycompatiblearray) TO datamin_rs_scanner;`);
    await setup.end();
    recorder = await startStatementRecorder(url.hostname, Number(url.port || 5432));
    dir = await mkdtemp(path.join(tmpdir(), 'datamin-whouse-redshift-'));
    await writeFile(
      path.join(dir, 'datamin.yaml'),
      'version: 1\npurposes:\n  newsletter:\n    legal_basis: consent\n    retention: P2Y\ndatasets:\n  customers:\n    retention_field: created_at\n    fields:\n      email: [newsletter]\n      created_at: [newsletter]\n',
    );
  });

  afterAll(async () => {
    await recorder?.close();
    await admin?.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin?.query('DROP ROLE IF EXISTS datamin_rs_scanner');
    await admin?.end();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reads the catalog views, samples with WHERE RANDOM() < p LIMIT n, counts in the engine, each statement read-only', async () => {
    const from = recorder.statements.length;
    const before = rowsReceived.redshift ?? 0;
    const source = `redshift://${url.username}@${recorder.address}/${database}?schema=sales&statement_timeout=20s`;
    const run = await runCli(['scan', source, '--sample', String(SAMPLE), '--jobs', '1', '--format', 'json', '--fail-on', 'critical'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(recorder.statements.slice(from)).toEqual([
      'SET statement_timeout TO 20000',
      "SET timezone TO 'UTC'",
      ...readOnly(COLUMNS, ESTIMATES, COMMENTS, SAMPLE_SQL, COUNT, days('signup_day'), days('created_at'), DISTINCT),
    ]);
    expect(recorder.statements.slice(from).some((s) => /select\s+\*/i.test(s))).toBe(false);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.sources).toEqual([{ path: `redshift://${url.username}@${recorder.address}/${database}?schema=sales`, kind: 'redshift', datasets: ['customers'] }]);
    expect(result.datasets[0]).toMatchObject({ name: 'customers', rows: ROWS });
    const email = result.fields.find((f) => f.field === 'email');
    expect(email).toMatchObject({ type: 'character varying', comment: 'Newsletter address' });
    expect(email?.categories[0]?.id).toBe('contact.email');
    // HLL over every row: 20,000 distinct addresses, from a sample of at most 100.
    expect(email?.stats.distinct).toBe(ROWS);
    expect(email?.categories[0]?.sampled).toBeLessThanOrEqual(SAMPLE);
    // retention-exceeded from the per-day counts made in the engine equals a brute-force count (cutoff 2024-11-30).
    const direct = new pg.Client({ connectionString: target.href });
    await direct.connect();
    const brute = await direct.query<{ n: string }>(`SELECT count(*) AS n FROM sales.customers WHERE created_at < TIMESTAMPTZ '2024-11-30 00:00:00+00'`).finally(() => direct.end());
    const finding = result.findings.find((f) => f.ruleId === 'retention-exceeded' && f.dataset === 'customers');
    expect(finding?.data).toMatchObject({ rows: Number(brute.rows[0].n), cutoff: '2024-11-30' });
    expect(Number(brute.rows[0].n)).toBe(ROWS / 2);
    // Rows that left the engine: the catalog, the sample, one count, one row of distinct counts, the days.
    const received = (rowsReceived.redshift ?? 0) - before;
    expect(received).toBeLessThanOrEqual(4 + 1 + 1 + SAMPLE + 1 + 1 + 1000 + 10);
  });

  it('a user who may not read svv_table_info: a warning, exact counts size the sample, the other statements still run', async () => {
    const from = recorder.statements.length;
    const source = `redshift://datamin_rs_scanner@${recorder.address}/${database}?schema=sales`;
    const run = await runCli(['scan', source, '--sample', String(SAMPLE), '--jobs', '1', '--format', 'json', '--fail-on', 'critical'], { cwd: dir });
    expect(run.code).toBe(0);
    const sent = recorder.statements.slice(from);
    // The failed statement ended only its own transaction: the catalog reads after it ran.
    expect(sent.slice(2, 15)).toEqual(readOnly(COLUMNS, ESTIMATES, COMMENTS, COUNT, SAMPLE_SQL).slice(0, 13));
    const result = JSON.parse(run.stdout) as ScanResult & { warnings?: Array<{ message: string }> };
    expect(JSON.stringify(result)).toContain('svv_table_info is not readable: samples are sized by exact row counts');
    expect(result.datasets[0]).toMatchObject({ name: 'customers', rows: ROWS });
  });

  it('PGPASSWORD is never printed; the URL is shown without it', async () => {
    const secret = 'rs-Secret-Pw-0042';
    const run = await runBin(['scan', 'redshift://scanner@127.0.0.1:1/analytics', '--format', 'json'], { cwd: dir, env: { PGPASSWORD: secret, HOME: dir } });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toContain(secret);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([expect.objectContaining({ file: 'redshift://scanner@127.0.0.1:1/analytics', message: 'cannot connect to Redshift: connection refused' })]);
    expect(redactUrl(`redshift://scanner:${secret}@cluster.abc.eu-west-1.redshift.amazonaws.com:5439/dev?password=${secret}`)).toBe(
      'redshift://scanner@cluster.abc.eu-west-1.redshift.amazonaws.com:5439/dev',
    );
  });
});
