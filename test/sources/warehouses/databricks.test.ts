// Databricks through a local fake of the SQL Statement Execution API: the exact statements sent
// (catalog with the schema as a named parameter, `TABLESAMPLE (n ROWS)`, counts on the warehouse),
// polling a running statement, result chunks, cancelling at the statement timeout, no token printed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/model/result.js';
import { runBin, startFakeWarehouse, type FakeWarehouse, type RecordedRequest } from '../../helpers/fake-warehouse.js';

const TOKEN = 'dapi0fake0token0never0printed00000';
const TABLES = "SELECT table_name FROM `main`.information_schema.tables WHERE table_schema = :schema AND table_type <> 'VIEW' ORDER BY table_name";
const COLUMNS = 'SELECT table_name, column_name, data_type, comment FROM `main`.information_schema.columns WHERE table_schema = :schema ORDER BY table_name, ordinal_position';
const SAMPLE = 'SELECT `id`, `email`, `created` FROM `main`.`crm`.`customers` TABLESAMPLE (100 ROWS)';
const COUNT = 'SELECT count(*) AS n FROM `main`.`crm`.`customers`';
const DISTINCT = 'SELECT approx_count_distinct(`id`) AS d0, approx_count_distinct(`email`) AS d1, approx_count_distinct(`created`) AS d2 FROM `main`.`crm`.`customers`';
const DAYS = "SELECT datediff(CAST(`created` AS DATE), DATE'1970-01-01') AS day, count(*) AS n FROM `main`.`crm`.`customers` WHERE `created` IS NOT NULL GROUP BY 1";
const emails = Array.from({ length: 24 }, (_, i) => `buyer${i}@example.com`);

interface StatementBody {
  warehouse_id: string;
  statement: string;
  catalog: string;
  schema: string;
  wait_timeout: string;
  disposition: string;
  format: string;
  parameters?: Array<{ name: string; value: string; type: string }>;
}

describe('databricks:// through a fake of the SQL Statement Execution API', () => {
  let fake: FakeWarehouse;
  let dir: string;
  let hang = false;
  const done = (data: unknown[][], extra: object = {}) => ({ body: { statement_id: 's', status: { state: 'SUCCEEDED' }, result: { data_array: data, ...extra } } });
  const answer = (request: RecordedRequest) => {
    if (request.headers.authorization !== `Bearer ${TOKEN}`) return { status: 401, body: { message: 'Invalid access token' } };
    if (request.path === '/api/2.0/sql/statements/s-sample') return done(emails.slice(0, 12).map((e, i) => [String(i), e, '2024-05-01T10:00:00Z']), { next_chunk_internal_link: '/api/2.0/sql/statements/s-sample/result/chunks/1' });
    if (request.path === '/api/2.0/sql/statements/s-sample/result/chunks/1') return { body: { data_array: emails.slice(12).map((e, i) => [String(12 + i), e, '2024-05-01T10:00:00Z']) } };
    if (request.path === '/api/2.0/sql/statements/s-slow') return { body: { statement_id: 's-slow', status: { state: 'RUNNING' } } };
    if (request.path === '/api/2.0/sql/statements/s-slow/cancel') return { body: {} };
    const body = request.body as StatementBody;
    switch (body.statement) {
      case TABLES:
        return hang ? { body: { statement_id: 's-slow', status: { state: 'PENDING' } } } : done([['customers']]);
      case COLUMNS:
        return done([['customers', 'id', 'BIGINT', null], ['customers', 'email', 'STRING', 'Billing contact'], ['customers', 'created', 'TIMESTAMP', null]]);
      case SAMPLE:
        // Still running at first: the client polls the statement.
        return { body: { statement_id: 's-sample', status: { state: 'RUNNING' } } };
      case COUNT:
        return done([['750000']]);
      case DISTINCT:
        return done([['750000', '743210', '5000']]);
      case DAYS:
        return done([['19844', '750000']]);
      default:
        return { body: { statement_id: 'x', status: { state: 'FAILED', error: { message: `fake does not know: ${body.statement}` } } } };
    }
  };
  beforeAll(async () => {
    fake = await startFakeWarehouse(answer);
    dir = await mkdtemp(path.join(tmpdir(), 'datamin-dbx-'));
  });
  afterAll(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });
  const url = () => `databricks://${fake.url.replace('http://', '')}/main/crm?warehouse=wh-1&ssl=false`;

  it('sends the catalog with a bound schema, samples with TABLESAMPLE (n ROWS) and counts on the warehouse', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', url(), '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env: { DATABRICKS_TOKEN: TOKEN, HOME: dir } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const posted = fake.requests.slice(from).filter((r) => r.path === '/api/2.0/sql/statements/').map((r) => r.body as StatementBody);
    expect(posted.map((b) => b.statement)).toEqual([TABLES, COLUMNS, SAMPLE, COUNT, DAYS, DISTINCT]);
    for (const b of posted) expect(b).toMatchObject({ warehouse_id: 'wh-1', catalog: 'main', schema: 'crm', wait_timeout: '30s', disposition: 'INLINE', format: 'JSON_ARRAY' });
    expect(posted[0].parameters).toEqual([{ name: 'schema', value: 'crm', type: 'STRING' }]);
    expect(posted.some((b) => /select\s+\*/i.test(b.statement))).toBe(false);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.sources[0]).toMatchObject({ kind: 'databricks', path: `databricks://${fake.url.replace('http://', '')}/main/crm` });
    expect(result.datasets[0]).toMatchObject({ name: 'customers', rows: 750_000 });
    expect(result.fields.find((f) => f.field === 'email')?.categories[0]).toMatchObject({ id: 'contact.email', matched: 24, sampled: 24 });
    // approx_count_distinct over the whole table, not the 24 sampled values.
    expect(result.fields.find((f) => f.field === 'email')?.stats.distinct).toBe(743_210);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('cancels a statement still running at the statement timeout, exit 2', async () => {
    hang = true;
    const from = fake.requests.length;
    const run = await runBin(['scan', `${url()}&statement_timeout=1s`, '--format', 'json'], { cwd: dir, env: { DATABRICKS_TOKEN: TOKEN, HOME: dir } });
    hang = false;
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toBe('Databricks: statement cancelled after the statement timeout (1 s)');
    expect(fake.requests.slice(from).some((r) => r.path === '/api/2.0/sql/statements/s-slow/cancel' && r.method === 'POST')).toBe(true);
  });
});
