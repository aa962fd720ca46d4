// Trino and Presto through a local fake of their HTTP client protocol: one READ ONLY transaction
// whose id goes with every statement, the statement timeout as a session property, TABLESAMPLE
// BERNOULLI sized from SHOW STATS, counts and approx_distinct in the engine, results followed
// across nextUri pages, the token never printed; Presto with X-Presto-* headers, Trino X-Trino-*.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/model/result.js';
import { runBin, startFakeWarehouse, type FakeWarehouse, type RecordedRequest } from '../../helpers/fake-warehouse.js';

const TOKEN = 'trino-fake-token-never-printed';
const TABLES = `SELECT table_name FROM "hive".information_schema.tables WHERE table_schema = 'sales' AND table_type = 'BASE TABLE' ORDER BY table_name`;
const SHOW_COLUMNS = 'SHOW COLUMNS FROM "hive"."sales"."customers"';
const SHOW_STATS = 'SHOW STATS FOR "hive"."sales"."customers"';
const SAMPLE = 'SELECT "id", "email", "signup_day" FROM "hive"."sales"."customers" TABLESAMPLE BERNOULLI (0.02) LIMIT 100';
const COUNT = 'SELECT count(*) AS n FROM "hive"."sales"."customers"';
const DAYS = `SELECT date_diff('day', DATE '1970-01-01', CAST("signup_day" AS date)) AS day, count(*) AS n FROM "hive"."sales"."customers" WHERE "signup_day" IS NOT NULL GROUP BY 1`;
const DISTINCT = 'SELECT approx_distinct("id") AS d0, approx_distinct("email") AS d1, approx_distinct("signup_day") AS d2 FROM "hive"."sales"."customers"';
const emails = Array.from({ length: 30 }, (_, i) => `client${i}@example.com`);

describe.each(['trino', 'presto'] as const)('%s:// through a fake of the client protocol', (kind) => {
  let fake: FakeWarehouse;
  let dir: string;
  let failDistinct = false;
  const answer = (request: RecordedRequest) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`) return { status: 401, body: { message: 'Unauthorized' } };
    if (request.method === 'GET' && request.path === '/v1/statement/executing/sample/2') return { body: { id: 'sample', columns: [], data: emails.slice(15).map((e, i) => [15 + i, e, '2023-11-14']) } };
    if (request.method === 'GET' && request.path === '/v1/statement/queued/begin/1') return { body: { id: 'begin', stats: { state: 'FINISHED' } }, headers: { [`x-${kind}-started-transaction-id`]: 'tx-42' } };
    const sql = String(request.body);
    const rows = (columns: string[], data: unknown[][]) => ({ body: { id: 'q', columns: columns.map((name) => ({ name, type: 'varchar' })), data } });
    switch (sql) {
      case 'START TRANSACTION READ ONLY':
        return { body: { id: 'begin', nextUri: `${fake.url}/v1/statement/queued/begin/1` } };
      case TABLES:
        return rows(['table_name'], [['customers']]);
      case SHOW_COLUMNS:
        return rows(['Column', 'Type', 'Extra', 'Comment'], [['id', 'bigint', '', ''], ['email', 'varchar', '', 'Newsletter address'], ['signup_day', 'date', '', '']]);
      case SHOW_STATS:
        return rows(['column_name', 'data_size', 'distinct_values_count', 'nulls_fraction', 'row_count'], [['id', null, 1e6, 0, null], [null, null, null, null, 1_000_000]]);
      case SAMPLE:
        return { body: { id: 'sample', columns: [{ name: 'id', type: 'bigint' }], data: emails.slice(0, 15).map((e, i) => [i, e, '2023-11-14']), nextUri: `${fake.url}/v1/statement/executing/sample/2` } };
      case COUNT:
        return rows(['n'], [[1_000_000]]);
      case DISTINCT:
        if (failDistinct) return { body: { id: 'x', error: { message: 'Query exceeded maximum time limit of 30.00s' } } };
        return rows(['d0', 'd1', 'd2'], [[1_000_000, 998_765, 3650]]);
      case DAYS:
        return rows(['day', 'n'], [[19675, 1_000_000]]);
      case 'ROLLBACK':
        return rows([], []);
      default:
        return { body: { id: 'x', error: { message: `fake does not know: ${sql}` } } };
    }
  };
  beforeAll(async () => {
    fake = await startFakeWarehouse(answer);
    dir = await mkdtemp(path.join(tmpdir(), 'datamin-trino-'));
  });
  afterAll(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs every statement in one read-only transaction with a timeout, sampling inside the engine', async () => {
    const from = fake.requests.length;
    const url = `${kind}://analyst@${fake.url.replace('http://', '')}/hive/sales?ssl=false`;
    const run = await runBin(['scan', url, '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env: { [`${kind.toUpperCase()}_ACCESS_TOKEN`]: TOKEN, HOME: dir } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const posted = fake.requests.slice(from).filter((r) => r.method === 'POST');
    expect(posted.map((r) => r.body)).toEqual(['START TRANSACTION READ ONLY', TABLES, SHOW_COLUMNS, SHOW_STATS, SAMPLE, COUNT, DAYS, DISTINCT, 'ROLLBACK']);
    for (const r of posted) {
      expect(r.headers).toMatchObject({ [`x-${kind}-user`]: 'analyst', [`x-${kind}-catalog`]: 'hive', [`x-${kind}-schema`]: 'sales', [`x-${kind}-session`]: 'query_max_execution_time=30s' });
      // Only the engine's own prefix: Presto ignores X-Trino-* headers and the other way round.
      expect(Object.keys(r.headers).filter((name) => /^x-(trino|presto)-/.test(name) && !name.startsWith(`x-${kind}-`))).toEqual([]);
    }
    expect(posted.slice(1).every((r) => r.headers[`x-${kind}-transaction-id`] === 'tx-42')).toBe(true);
    expect(posted.some((r) => /select\s+\*/i.test(String(r.body)))).toBe(false);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.sources[0]).toMatchObject({ path: `${kind}://analyst@${fake.url.replace('http://', '')}/hive/sales`, kind });
    expect(result.datasets[0]).toMatchObject({ name: 'customers', rows: 1_000_000 });
    expect(result.fields.find((f) => f.field === 'email')?.categories[0]).toMatchObject({ id: 'contact.email', matched: 30, sampled: 30 });
    // approx_distinct over the whole table, not the 30 sampled values.
    expect(result.fields.find((f) => f.field === 'email')?.stats.distinct).toBe(998_765);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('a distinct count that fails is asked last: the row count and the date counts are already in', async () => {
    failDistinct = true;
    try {
      const from = fake.requests.length;
      const url = `${kind}://analyst@${fake.url.replace('http://', '')}/hive/sales?ssl=false`;
      const run = await runBin(['scan', url, '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env: { [`${kind.toUpperCase()}_ACCESS_TOKEN`]: TOKEN, HOME: dir } });
      expect(run.code).toBe(2);
      const posted = fake.requests.slice(from).filter((r) => r.method === 'POST').map((r) => r.body);
      expect(posted.slice(4)).toEqual([SAMPLE, COUNT, DAYS, DISTINCT, 'ROLLBACK']);
      const result = JSON.parse(run.stdout) as ScanResult;
      expect(result.datasets[0]).toMatchObject({ name: 'customers', rows: 1_000_000 });
      expect(result.errors[0]?.message).toBe(`table sales.customers: counting distinct values failed: ${kind === 'presto' ? 'Presto' : 'Trino'}: Query exceeded maximum time limit of 30.00s (its sampled values were scanned; its distinct counts are the sample's)`);
      // The sample's own estimate stands in.
      expect(result.fields.find((f) => f.field === 'email')?.stats.distinct).toBe(30);
    } finally {
      failDistinct = false;
    }
  });
});
