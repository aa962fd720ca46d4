// Snowflake through a local fake of its SQL API v2: the exact statements sent (catalog with bound
// schema name, `SAMPLE (n ROWS)`, counts inside Snowflake), the timeout and query tag on each, the
// key-pair JWT it signs, results read across partitions, and no credential printed.
import { createHash, createVerify, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/model/result.js';
import { runBin, startFakeWarehouse, type FakeWarehouse, type RecordedRequest } from '../../helpers/fake-warehouse.js';

const TABLES = `SELECT table_name, row_count FROM "ANALYTICS".INFORMATION_SCHEMA.TABLES WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name`;
const COLUMNS = 'SELECT table_name, column_name, data_type, comment FROM "ANALYTICS".INFORMATION_SCHEMA.COLUMNS WHERE table_schema = ? ORDER BY table_name, ordinal_position';
const SAMPLE = 'SELECT "ID", "EMAIL", "SIGNED_UP" FROM "ANALYTICS"."PUBLIC"."CUSTOMERS" SAMPLE (100 ROWS)';
const COUNT = 'SELECT count(*) AS n FROM "ANALYTICS"."PUBLIC"."CUSTOMERS"';
const DISTINCT = 'SELECT APPROX_COUNT_DISTINCT("ID") AS d0, APPROX_COUNT_DISTINCT("EMAIL") AS d1, APPROX_COUNT_DISTINCT("SIGNED_UP") AS d2 FROM "ANALYTICS"."PUBLIC"."CUSTOMERS"';
const DAYS = `SELECT DATEDIFF(day, DATE '1970-01-01', TO_DATE("SIGNED_UP")) AS day, COUNT(*) AS n FROM "ANALYTICS"."PUBLIC"."CUSTOMERS" WHERE "SIGNED_UP" IS NOT NULL GROUP BY 1`;
const emails = Array.from({ length: 40 }, (_, i) => `member${i}@example.net`);
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const fingerprint = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64');

interface StatementBody {
  statement: string;
  timeout: number;
  database: string;
  schema: string;
  warehouse?: string;
  role?: string;
  bindings?: Record<string, { type: string; value: string }>;
  parameters: Record<string, string>;
}

function validJwt(request: RecordedRequest): boolean {
  const jwt = String(request.headers.authorization).replace(/^Bearer /, '');
  const [header, claims, signature] = jwt.split('.');
  const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { iss: string; sub: string };
  return (
    request.headers['x-snowflake-authorization-token-type'] === 'KEYPAIR_JWT' &&
    body.sub === 'ACME-EU1.SCANNER' &&
    body.iss === `ACME-EU1.SCANNER.SHA256:${fingerprint}` &&
    createVerify('RSA-SHA256').update(`${header}.${claims}`).verify(publicKey, signature, 'base64url')
  );
}

function answer(request: RecordedRequest) {
  if (!validJwt(request)) return { status: 401, body: { message: 'JWT token is invalid.' } };
  if (request.path === '/api/v2/statements/h-sample?partition=1') return { body: { data: emails.slice(20).map((e, i) => [String(20 + i), e, '19676']) } };
  const body = request.body as StatementBody;
  const meta = (types: string[], partitions = 1) => ({ rowType: types.map((type, i) => ({ name: `c${i}`, type })), partitionInfo: Array.from({ length: partitions }, () => ({ rowCount: 20 })) });
  switch (body.statement) {
    case TABLES:
      return { body: { statementHandle: 'h-tables', resultSetMetaData: meta(['text', 'fixed']), data: [['CUSTOMERS', '2000000']] } };
    case COLUMNS:
      return { body: { statementHandle: 'h-columns', resultSetMetaData: meta(['text', 'text', 'text', 'text']), data: [['CUSTOMERS', 'ID', 'NUMBER', null], ['CUSTOMERS', 'EMAIL', 'TEXT', 'Login and receipts'], ['CUSTOMERS', 'SIGNED_UP', 'DATE', null]] } };
    case SAMPLE:
      return { body: { statementHandle: 'h-sample', resultSetMetaData: meta(['fixed', 'text', 'date'], 2), data: emails.slice(0, 20).map((e, i) => [String(i), e, '19676']) } };
    case COUNT:
      return { body: { statementHandle: 'h-count', resultSetMetaData: meta(['fixed']), data: [['2000000']] } };
    case DISTINCT:
      return { body: { statementHandle: 'h-distinct', resultSetMetaData: meta(['fixed', 'fixed', 'fixed']), data: [['2000000', '1987654', '3000']] } };
    case DAYS:
      return { body: { statementHandle: 'h-days', resultSetMetaData: meta(['fixed', 'fixed']), data: [['19676', '2000000']] } };
    default:
      return { status: 422, body: { message: `fake does not know: ${body.statement}` } };
  }
}

describe('snowflake:// through a fake of the SQL API v2', () => {
  let fake: FakeWarehouse;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await startFakeWarehouse(answer);
    dir = await mkdtemp(path.join(tmpdir(), 'datamin-sf-'));
    const keyFile = path.join(dir, 'rsa_key.p8');
    await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    env = { SNOWFLAKE_PRIVATE_KEY_PATH: keyFile, HOME: dir };
  });
  afterAll(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the catalog, samples with SAMPLE (n ROWS) and counts inside Snowflake, each with a timeout', async () => {
    const from = fake.requests.length;
    const url = `snowflake://scanner@acme-eu1/ANALYTICS/PUBLIC?warehouse=SCAN_WH&role=DATAMIN_READER&statement_timeout=45s&endpoint=${fake.url}`;
    const run = await runBin(['scan', url, '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const statements = fake.requests.slice(from).filter((r) => r.method === 'POST').map((r) => r.body as StatementBody);
    expect(statements.map((s) => s.statement)).toEqual([TABLES, COLUMNS, SAMPLE, COUNT, DAYS, DISTINCT]);
    for (const s of statements) {
      expect(s).toMatchObject({ timeout: 45, database: 'ANALYTICS', schema: 'PUBLIC', warehouse: 'SCAN_WH', role: 'DATAMIN_READER', parameters: { query_tag: 'datamin', timezone: 'UTC' } });
    }
    expect(statements[0].bindings).toEqual({ 1: { type: 'TEXT', value: 'PUBLIC' } });
    expect(statements.some((s) => /select\s+\*/i.test(s.statement))).toBe(false);
    // The second partition of the sample was fetched.
    expect(fake.requests.slice(from).some((r) => r.path === '/api/v2/statements/h-sample?partition=1')).toBe(true);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.sources).toEqual([{ path: 'snowflake://scanner@acme-eu1/ANALYTICS/PUBLIC', kind: 'snowflake', datasets: ['CUSTOMERS'] }]);
    expect(result.datasets[0]).toMatchObject({ rows: 2_000_000 });
    expect(result.fields.find((f) => f.field === 'EMAIL')?.categories[0]).toMatchObject({ id: 'contact.email', matched: 40, sampled: 40 });
    // APPROX_COUNT_DISTINCT (HyperLogLog) over the whole table, not the 40 sampled values.
    expect(result.fields.find((f) => f.field === 'EMAIL')?.stats.distinct).toBe(1_987_654);
    expect(run.stdout).not.toContain('member3@example.net');
    expect(run.stdout + run.stderr).not.toContain(String(fake.requests[from].headers.authorization).slice(7, 40));
  });

  it('names missing credentials, exit 2', async () => {
    const run = await runBin(['scan', `snowflake://scanner@acme-eu1/ANALYTICS/PUBLIC?endpoint=${fake.url}`, '--format', 'json'], { cwd: dir, env: { HOME: dir } });
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toMatch(/^no Snowflake credentials/);
  });
});
