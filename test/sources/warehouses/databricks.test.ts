// Databricks through @databricks/sql pointed at a local fake of the Thrift (TCLIService) service a
// SQL warehouse answers over HTTPS: the session opened on the catalog and schema, the exact
// statements sent by ExecuteStatement in order (catalog with the schema as a named parameter,
// `TABLESAMPLE (n ROWS)`, counts on the warehouse), each with the statement timeout as its query
// timeout, results fetched over several FetchResults pages, a statement still running at the
// timeout cancelled, the token sent as a bearer token and never printed, and the one-line error
// when the driver is not installed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SourceError } from '../../../src/model/index.js';
import type { ScanResult } from '../../../src/model/result.js';
import { handle, handleNumber, ok, startFakeDatabricks, stringColumns, stringSchema, T, type FakeDatabricks, type ThriftCall } from '../../helpers/fake-databricks.js';
import { runBin } from '../../helpers/fake-warehouse.js';

const TOKEN = 'dapi0fake0token0never0printed00000';
const TABLES = "SELECT table_name FROM `main`.information_schema.tables WHERE table_schema = :schema AND table_type <> 'VIEW' ORDER BY table_name";
const COLUMNS = 'SELECT table_name, column_name, data_type, comment FROM `main`.information_schema.columns WHERE table_schema = :schema ORDER BY table_name, ordinal_position';
const SAMPLE = 'SELECT `id`, `email`, `created` FROM `main`.`crm`.`customers` TABLESAMPLE (100 ROWS)';
const COUNT = 'SELECT count(*) AS n FROM `main`.`crm`.`customers`';
const DISTINCT = 'SELECT approx_count_distinct(`id`) AS d0, approx_count_distinct(`email`) AS d1, approx_count_distinct(`created`) AS d2 FROM `main`.`crm`.`customers`';
const DAYS = "SELECT datediff(CAST(`created` AS DATE), DATE'1970-01-01') AS day, count(*) AS n FROM `main`.`crm`.`customers` WHERE `created` IS NOT NULL GROUP BY 1";
const emails = Array.from({ length: 24 }, (_, i) => `buyer${i}@example.com`);
const sampleRows = emails.map((e, i) => [String(i), e, '2024-05-01 10:00:00']);

/** Each statement's result: column names and the pages FetchResults returns, one after the other. */
const RESULTS: Record<string, { names: string[]; pages: Array<Array<Array<string | null>>> }> = {
  [TABLES]: { names: ['table_name'], pages: [[['customers']]] },
  [COLUMNS]: { names: ['table_name', 'column_name', 'data_type', 'comment'], pages: [[['customers', 'id', 'BIGINT', null], ['customers', 'email', 'STRING', 'Billing contact'], ['customers', 'created', 'TIMESTAMP', null]]] },
  [SAMPLE]: { names: ['id', 'email', 'created'], pages: [sampleRows.slice(0, 12), sampleRows.slice(12)] },
  [COUNT]: { names: ['n'], pages: [[['750000']]] },
  [DISTINCT]: { names: ['d0', 'd1', 'd2'], pages: [[['750000', '743210', '5000']]] },
  [DAYS]: { names: ['day', 'n'], pages: [[['19844', '750000']]] },
};

interface ExecuteRequest {
  statement: string;
  runAsync: boolean;
  queryTimeout: { toNumber(): number };
  parameters?: Array<{ name: string; type: string; value: { stringValue: string } }>;
}

describe('databricks:// through @databricks/sql and a fake of the warehouse Thrift service', () => {
  let fake: FakeDatabricks;
  let dir: string;
  let hang = false;
  let echo = false;
  const operations: Array<{ statement: string; pages: Array<Array<Array<string | null>>> }> = [];
  const operation = (call: ThriftCall) => operations[handleNumber((call.request.operationHandle as { operationId: { guid: Buffer } }).operationId)];
  const answer = (call: ThriftCall): object => {
    switch (call.method) {
      case 'OpenSession':
        if (echo) return { status: { statusCode: T.TStatusCode.ERROR_STATUS, errorMessage: `no session for ${String(call.authorization)}` }, serverProtocolVersion: T.TProtocolVersion.SPARK_CLI_SERVICE_PROTOCOL_V8 };
        return { status: ok, serverProtocolVersion: T.TProtocolVersion.SPARK_CLI_SERVICE_PROTOCOL_V8, sessionHandle: { sessionId: handle(1) } };
      case 'ExecuteStatement': {
        const { statement } = call.request as unknown as ExecuteRequest;
        const result = RESULTS[statement];
        if (!result) return { status: { statusCode: T.TStatusCode.ERROR_STATUS, errorMessage: `fake does not know: ${statement}` } };
        operations.push({ statement, pages: [...result.pages] });
        return { status: ok, operationHandle: { operationId: handle(operations.length - 1), operationType: T.TOperationType.EXECUTE_STATEMENT, hasResultSet: true } };
      }
      case 'GetOperationStatus':
        return { status: ok, operationState: hang && operation(call).statement === TABLES ? T.TOperationState.RUNNING_STATE : T.TOperationState.FINISHED_STATE };
      case 'GetResultSetMetadata':
        return stringSchema(RESULTS[operation(call).statement].names);
      case 'FetchResults': {
        const op = operation(call);
        const page = op.pages.shift() ?? [];
        return { status: ok, hasMoreRows: op.pages.length > 0, results: { startRowOffset: 0, rows: [], columns: page.length > 0 ? stringColumns(page, page[0].length) : [] } };
      }
      default:
        // CloseOperation, CancelOperation, CloseSession.
        return { status: ok };
    }
  };
  beforeAll(async () => {
    fake = await startFakeDatabricks(answer, { token: TOKEN });
    dir = await mkdtemp(path.join(tmpdir(), 'datamin-dbx-'));
  });
  afterAll(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });
  const url = () => `databricks://${fake.host}/main/crm?warehouse=wh-1`;
  const env = (token?: string) => ({ ...(token ? { DATABRICKS_TOKEN: token } : {}), HOME: dir, NODE_EXTRA_CA_CERTS: fake.caFile });

  it('opens a session on the catalog, sends the schema as a named parameter, samples with TABLESAMPLE (n ROWS) and counts on the warehouse', async () => {
    const from = fake.calls.length;
    const run = await runBin(['scan', url(), '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env: env(TOKEN) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const calls = fake.calls.slice(from);
    expect(calls.every((c) => c.path === '/sql/1.0/warehouses/wh-1' && c.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(calls[0]).toMatchObject({ method: 'OpenSession', request: { initialNamespace: { catalogName: 'main', schemaName: 'crm' } } });
    const executed = calls.filter((c) => c.method === 'ExecuteStatement').map((c) => c.request as unknown as ExecuteRequest);
    expect(executed.map((e) => e.statement)).toEqual([TABLES, COLUMNS, SAMPLE, COUNT, DAYS, DISTINCT]);
    for (const e of executed) {
      expect(e.queryTimeout.toNumber()).toBe(30);
      expect(e.runAsync).toBe(true);
    }
    expect(executed[0].parameters).toEqual([expect.objectContaining({ name: 'schema', type: 'STRING', value: expect.objectContaining({ stringValue: 'crm' }) })]);
    expect(executed[1].parameters).toEqual(executed[0].parameters);
    expect(executed.slice(2).every((e) => (e.parameters ?? []).length === 0)).toBe(true);
    expect(executed.some((e) => /select\s+\*/i.test(e.statement))).toBe(false);
    // The sample came in two FetchResults pages; every operation and the session were closed.
    const sampleOp = operations.findIndex((o) => o.statement === SAMPLE);
    expect(calls.filter((c) => c.method === 'FetchResults' && handleNumber((c.request.operationHandle as { operationId: { guid: Buffer } }).operationId) === sampleOp).length).toBeGreaterThanOrEqual(2);
    expect(calls.filter((c) => c.method === 'CloseOperation')).toHaveLength(6);
    expect(calls.at(-1)?.method).toBe('CloseSession');
    expect(fake.other).toEqual([]);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.sources[0]).toMatchObject({ kind: 'databricks', path: `databricks://${fake.host}/main/crm` });
    expect(result.datasets[0]).toMatchObject({ name: 'customers', rows: 750_000 });
    expect(result.fields.find((f) => f.field === 'email')?.categories[0]).toMatchObject({ id: 'contact.email', matched: 24, sampled: 24 });
    // approx_count_distinct over the whole table, not the 24 sampled values.
    expect(result.fields.find((f) => f.field === 'email')?.stats.distinct).toBe(743_210);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('takes the token from the URL as JDBC writes it (token:<pat>@host), never printed', async () => {
    const from = fake.calls.length;
    const run = await runBin(['scan', url().replace('//', `//token:${TOKEN}@`), '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env: env() });
    expect(run.code).toBe(0);
    expect(fake.calls.slice(from).every((c) => c.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('says a refused token was refused (HTTP 401) and masks a token the server echoes, exit 2', async () => {
    const wrong = 'dapi0wrong0token0never0printed000';
    const refused = await runBin(['scan', url(), '--format', 'json'], { cwd: dir, env: env(wrong) });
    expect(refused.code).toBe(2);
    expect((JSON.parse(refused.stdout) as ScanResult).errors[0]?.message).toBe('Databricks: Received a response with a bad HTTP status code: 401');
    expect(refused.stdout + refused.stderr).not.toContain(wrong);
    echo = true;
    const echoed = await runBin(['scan', url(), '--format', 'json'], { cwd: dir, env: env(TOKEN) });
    echo = false;
    expect(echoed.code).toBe(2);
    expect((JSON.parse(echoed.stdout) as ScanResult).errors[0]?.message).toBe('Databricks: no session for Bearer ***');
    expect(echoed.stdout + echoed.stderr).not.toContain(TOKEN);
  });

  it('cancels a statement still running at the statement timeout, exit 2', async () => {
    hang = true;
    const from = fake.calls.length;
    const run = await runBin(['scan', `${url()}&statement_timeout=1s`, '--format', 'json'], { cwd: dir, env: env(TOKEN) });
    hang = false;
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toBe('Databricks: statement cancelled after the statement timeout (1 s)');
    const calls = fake.calls.slice(from);
    expect((calls.find((c) => c.method === 'ExecuteStatement')?.request as unknown as ExecuteRequest).queryTimeout.toNumber()).toBe(1);
    expect(calls.some((c) => c.method === 'CancelOperation')).toBe(true);
    expect(calls.at(-1)?.method).toBe('CloseSession');
  });

  it('names missing credentials, exit 2', async () => {
    const run = await runBin(['scan', url(), '--format', 'json'], { cwd: dir, env: env() });
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toMatch(/^no Databricks credentials/);
  });

  // Last: resetting modules gives later imports new classes (SourceError) and a new registry.
  it('asks for the optional package when @databricks/sql is not installed', async () => {
    vi.resetModules();
    vi.doMock('@databricks/sql', () => {
      throw new Error("Cannot find package '@databricks/sql'");
    });
    try {
      const { openDatabricks } = await import('../../../src/sources/db/databricks.js');
      const error = await openDatabricks(url(), { cwd: dir, rowLimit: 10, env: { DATABRICKS_TOKEN: TOKEN } }).catch((e: unknown) => e);
      expect((error as SourceError).message).toBe('reading Databricks needs the optional package @databricks/sql: npm install @databricks/sql');
      expect((error as SourceError).file).toBe(`databricks://${fake.host}/main/crm`);
    } finally {
      vi.doUnmock('@databricks/sql');
      vi.resetModules();
    }
  });
});
