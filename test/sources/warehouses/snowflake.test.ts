// Snowflake through snowflake-sdk pointed (`?endpoint=`, the driver's accessUrl) at a local fake
// of the driver's own protocol: the login request (key-pair JWT the driver signs, OAuth and PAT
// tokens), then the exact statements sent to /queries/v1/query-request in order (catalog with the
// schema name bound, `SAMPLE (n ROWS)`, counts inside Snowflake), the timeout, query tag and time
// zone on each, a result chunk and a still-running statement the driver fetches, no credential
// printed, and the one-line error when the driver is not installed.
import { createHash, createVerify, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScanResult } from '../../../src/model/result.js';
import type { SourceError } from '../../../src/model/index.js';
import { runBin, startFakeWarehouse, type FakeAnswer, type FakeWarehouse, type RecordedRequest } from '../../helpers/fake-warehouse.js';

const TABLES = `SELECT table_name, row_count FROM "ANALYTICS".INFORMATION_SCHEMA.TABLES WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name`;
const COLUMNS = 'SELECT table_name, column_name, data_type, comment FROM "ANALYTICS".INFORMATION_SCHEMA.COLUMNS WHERE table_schema = ? ORDER BY table_name, ordinal_position';
const SAMPLE = 'SELECT "ID", "EMAIL", "SIGNED_UP" FROM "ANALYTICS"."PUBLIC"."CUSTOMERS" SAMPLE (100 ROWS)';
const COUNT = 'SELECT count(*) AS n FROM "ANALYTICS"."PUBLIC"."CUSTOMERS"';
const DISTINCT = 'SELECT APPROX_COUNT_DISTINCT("ID") AS d0, APPROX_COUNT_DISTINCT("EMAIL") AS d1, APPROX_COUNT_DISTINCT("SIGNED_UP") AS d2 FROM "ANALYTICS"."PUBLIC"."CUSTOMERS"';
const DAYS = `SELECT DATEDIFF(day, DATE '1970-01-01', TO_DATE("SIGNED_UP")) AS day, COUNT(*) AS n FROM "ANALYTICS"."PUBLIC"."CUSTOMERS" WHERE "SIGNED_UP" IS NOT NULL GROUP BY 1`;
const SESSION = 'session-token-0000';
const PAT = 'pat0fake0programmatic0token0000';
const OAUTH = 'oauth0fake0access0token00000000';
const emails = Array.from({ length: 40 }, (_, i) => `member${i}@example.net`);
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const fingerprint = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64');

interface LoginBody {
  data: { ACCOUNT_NAME: string; LOGIN_NAME?: string; AUTHENTICATOR: string; TOKEN: string };
}
interface QueryBody {
  sqlText: string;
  bindings?: Record<string, { type: string; value: string }>;
  parameters: Record<string, unknown>;
}

function validJwt(jwt: string): boolean {
  const [header, claims, signature] = jwt.split('.');
  const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { iss: string; sub: string };
  return body.sub === 'ACME-EU1.SCANNER' && body.iss === `ACME-EU1.SCANNER.SHA256:${fingerprint}` && createVerify('RSA-SHA256').update(`${header}.${claims}`).verify(publicKey, signature, 'base64url');
}

function login(body: LoginBody): FakeAnswer {
  const { AUTHENTICATOR: method, TOKEN: token } = body.data;
  const ok = (method === 'SNOWFLAKE_JWT' && validJwt(token)) || (method === 'PROGRAMMATIC_ACCESS_TOKEN' && token === PAT);
  // A server that echoes the token it refuses: the message datamin prints must mask it.
  if (method === 'OAUTH') return { body: { success: false, code: '390303', message: `Invalid OAuth access token ${token}.`, data: null } };
  if (!ok) return { body: { success: false, code: '390144', message: 'JWT token is invalid.', data: null } };
  return { body: { success: true, data: { token: SESSION, masterToken: 'master-0000', sessionId: 1, parameters: [] } } };
}

const column = (name: string, type: string) => ({ name, type, nullable: true, scale: 0, precision: 38, length: 100 });
const result = (queryId: string, columns: Array<[string, string]>, rowset: string[][], extra: object = {}): FakeAnswer => ({
  body: { success: true, data: { queryId, rowtype: columns.map(([n, t]) => column(n, t)), rowset, total: rowset.length, returned: rowset.length, queryResultFormat: 'json', parameters: [], ...extra } },
});

function answer(fake: () => FakeWarehouse) {
  return (request: RecordedRequest): FakeAnswer => {
    if (request.path.startsWith('/session/v1/login-request?')) return login(request.body as LoginBody);
    if (request.headers.authorization !== `Snowflake Token="${SESSION}"` && !request.path.startsWith('/chunks/')) return { status: 401, body: { success: false, message: 'session expired' } };
    if (request.path.startsWith('/telemetry/send') || request.path.startsWith('/session?delete=true')) return { body: { success: true, data: null } };
    // The second half of the sample, as the chunk file a large result is split into (rows without the enclosing brackets).
    if (request.path === '/chunks/sample-1') return { body: null, text: emails.slice(20).map((e, i) => JSON.stringify([String(20 + i), e, '19676'])).join(','), headers: { 'content-type': 'binary/octet-stream' } };
    if (request.path.startsWith('/queries/q-count/result')) return result('q-count', [['N', 'fixed']], [['2000000']]);
    if (!request.path.startsWith('/queries/v1/query-request?')) return { status: 404, body: { success: false, message: `fake: no ${request.path}` } };
    const body = request.body as QueryBody;
    switch (body.sqlText) {
      case TABLES:
        return result('q-tables', [['TABLE_NAME', 'text'], ['ROW_COUNT', 'fixed']], [['CUSTOMERS', '2000000']]);
      case COLUMNS:
        return result('q-columns', [['TABLE_NAME', 'text'], ['COLUMN_NAME', 'text'], ['DATA_TYPE', 'text'], ['COMMENT', 'text']], [['CUSTOMERS', 'ID', 'NUMBER', null as unknown as string], ['CUSTOMERS', 'EMAIL', 'TEXT', 'Login and receipts'], ['CUSTOMERS', 'SIGNED_UP', 'DATE', null as unknown as string]]);
      case SAMPLE: {
        const columns: Array<[string, string]> = [['ID', 'fixed'], ['EMAIL', 'text'], ['SIGNED_UP', 'date']];
        const first = emails.slice(0, 20).map((e, i) => [String(i), e, '19676']);
        return result('q-sample', columns, first, { total: 40, returned: 40, chunks: [{ url: `${fake().url}/chunks/sample-1`, rowCount: 20, uncompressedSize: 1000, compressedSize: 1000 }] });
      }
      case COUNT:
        // Still running: the driver polls the result URL.
        return { body: { success: true, code: '333334', message: 'Asynchronous execution in progress.', data: { queryId: 'q-count', getResultUrl: '/queries/q-count/result' } } };
      case DISTINCT:
        return result('q-distinct', [['D0', 'fixed'], ['D1', 'fixed'], ['D2', 'fixed']], [['2000000', '1987654', '3000']]);
      case DAYS:
        return result('q-days', [['DAY', 'fixed'], ['N', 'fixed']], [['19676', '2000000']]);
      default:
        return { body: { success: false, code: '002003', message: `fake does not know: ${body.sqlText}`, data: null } };
    }
  };
}

describe('snowflake:// through snowflake-sdk and a fake of its login and query requests', () => {
  let fake: FakeWarehouse;
  let dir: string;
  let keyEnv: Record<string, string>;
  beforeAll(async () => {
    fake = await startFakeWarehouse(answer(() => fake));
    dir = await mkdtemp(path.join(tmpdir(), 'datamin-sf-'));
    const keyFile = path.join(dir, 'rsa_key.p8');
    await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    keyEnv = { SNOWFLAKE_PRIVATE_KEY_PATH: keyFile, HOME: dir };
  });
  afterAll(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });
  const url = (query = '') => `snowflake://scanner@acme-eu1/ANALYTICS/PUBLIC?endpoint=${fake.url}${query}`;

  it('logs in with a key pair, then reads the catalog, samples with SAMPLE (n ROWS) and counts inside Snowflake, each with a timeout', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', url('&warehouse=SCAN_WH&role=DATAMIN_READER&statement_timeout=45s'), '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env: keyEnv });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const requests = fake.requests.slice(from);
    const logins = requests.filter((r) => r.path.startsWith('/session/v1/login-request?'));
    expect(logins).toHaveLength(1);
    const query = new URLSearchParams(logins[0].path.split('?')[1]);
    expect(Object.fromEntries(['warehouse', 'databaseName', 'schemaName', 'roleName'].map((k) => [k, query.get(k)]))).toEqual({ warehouse: 'SCAN_WH', databaseName: 'ANALYTICS', schemaName: 'PUBLIC', roleName: 'DATAMIN_READER' });
    const jwt = (logins[0].body as LoginBody).data;
    expect(jwt).toMatchObject({ ACCOUNT_NAME: 'acme-eu1', LOGIN_NAME: 'scanner', AUTHENTICATOR: 'SNOWFLAKE_JWT' });
    expect(validJwt(jwt.TOKEN)).toBe(true);
    const statements = requests.filter((r) => r.path.startsWith('/queries/v1/query-request?')).map((r) => r.body as QueryBody);
    expect(statements.map((s) => s.sqlText)).toEqual([TABLES, COLUMNS, SAMPLE, COUNT, DAYS, DISTINCT]);
    for (const s of statements) expect(s.parameters).toEqual({ STATEMENT_TIMEOUT_IN_SECONDS: 45, QUERY_TAG: 'datamin', TIMEZONE: 'UTC' });
    expect(statements[0].bindings).toEqual({ 1: { type: 'TEXT', value: 'PUBLIC' } });
    expect(statements[1].bindings).toEqual({ 1: { type: 'TEXT', value: 'PUBLIC' } });
    expect(statements.slice(2).every((s) => s.bindings === undefined)).toBe(true);
    expect(statements.some((s) => /select\s+\*/i.test(s.sqlText))).toBe(false);
    // The sample's second chunk and the still-running count's result were fetched; the session was closed.
    expect(requests.some((r) => r.path === '/chunks/sample-1')).toBe(true);
    expect(requests.some((r) => r.path.startsWith('/queries/q-count/result'))).toBe(true);
    expect(requests.some((r) => r.path.startsWith('/session?delete=true'))).toBe(true);
    const scan = JSON.parse(run.stdout) as ScanResult;
    expect(scan.sources).toEqual([{ path: 'snowflake://scanner@acme-eu1/ANALYTICS/PUBLIC', kind: 'snowflake', datasets: ['CUSTOMERS'] }]);
    expect(scan.datasets[0]).toMatchObject({ rows: 2_000_000 });
    expect(scan.fields.find((f) => f.field === 'EMAIL')?.categories[0]).toMatchObject({ id: 'contact.email', matched: 40, sampled: 40 });
    // APPROX_COUNT_DISTINCT (HyperLogLog) over the whole table, not the 40 sampled values.
    expect(scan.fields.find((f) => f.field === 'EMAIL')?.stats.distinct).toBe(1_987_654);
    expect(run.stdout).not.toContain('member3@example.net');
    expect(run.stdout + run.stderr).not.toContain(jwt.TOKEN.slice(0, 40));
    expect(run.stdout + run.stderr).not.toContain(SESSION);
  });

  it('reads an encrypted key with PRIVATE_KEY_PASSPHRASE and says when the passphrase is wrong, never printing it', async () => {
    const passphrase = 'key0passphrase0never0printed';
    const keyFile = path.join(dir, 'rsa_key_encrypted.p8');
    await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }));
    const from = fake.requests.length;
    const run = await runBin(['scan', url(), '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env: { SNOWFLAKE_PRIVATE_KEY_PATH: keyFile, PRIVATE_KEY_PASSPHRASE: passphrase, HOME: dir } });
    expect(run.code).toBe(0);
    const login = fake.requests.slice(from).find((r) => r.path.startsWith('/session/v1/login-request?'))?.body as LoginBody;
    expect(validJwt(login.data.TOKEN)).toBe(true);
    const wrong = await runBin(['scan', url(), '--format', 'json'], { cwd: dir, env: { SNOWFLAKE_PRIVATE_KEY_PATH: keyFile, PRIVATE_KEY_PASSPHRASE: 'not-the-passphrase', HOME: dir } });
    expect(wrong.code).toBe(2);
    expect((JSON.parse(wrong.stdout) as ScanResult).errors[0]?.message).toBe('the Snowflake private key cannot be read (not an unencrypted PEM key, or PRIVATE_KEY_PASSPHRASE is wrong)');
    expect(run.stdout + run.stderr + wrong.stdout + wrong.stderr).not.toContain(passphrase);
  });

  it('logs in with a programmatic access token (SNOWFLAKE_PAT), never printed', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', url(), '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env: { SNOWFLAKE_PAT: PAT, HOME: dir } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const login = fake.requests.slice(from).find((r) => r.path.startsWith('/session/v1/login-request?'))?.body as LoginBody;
    expect(login.data).toMatchObject({ AUTHENTICATOR: 'PROGRAMMATIC_ACCESS_TOKEN', TOKEN: PAT });
    expect((JSON.parse(run.stdout) as ScanResult).datasets[0]).toMatchObject({ rows: 2_000_000 });
    expect(run.stdout + run.stderr).not.toContain(PAT);
  });

  it('sends an OAuth token (SNOWFLAKE_TOKEN) and masks it in the refusal it echoes, exit 2', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', url(), '--format', 'json'], { cwd: dir, env: { SNOWFLAKE_TOKEN: OAUTH, HOME: dir } });
    expect(run.code).toBe(2);
    const login = fake.requests.slice(from).find((r) => r.path.startsWith('/session/v1/login-request?'))?.body as LoginBody;
    expect(login.data).toMatchObject({ AUTHENTICATOR: 'OAUTH', TOKEN: OAUTH });
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toBe('Snowflake: Invalid OAuth access token ***.');
    expect(run.stdout + run.stderr).not.toContain(OAUTH);
    expect(fake.requests.slice(from).some((r) => r.path.startsWith('/queries/'))).toBe(false);
  });

  it('names missing credentials, exit 2', async () => {
    const run = await runBin(['scan', url(), '--format', 'json'], { cwd: dir, env: { HOME: dir } });
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toMatch(/^no Snowflake credentials/);
  });

  // Last: resetting modules gives later imports new classes (SourceError) and a new registry.
  it('asks for the optional package when snowflake-sdk is not installed', async () => {
    vi.resetModules();
    vi.doMock('snowflake-sdk', () => {
      throw new Error("Cannot find package 'snowflake-sdk'");
    });
    try {
      const { openSnowflake } = await import('../../../src/sources/db/snowflake.js');
      const error = await openSnowflake(url(), { cwd: dir, rowLimit: 10, env: { SNOWFLAKE_PAT: PAT } }).catch((e: unknown) => e);
      expect((error as SourceError).message).toBe('reading Snowflake needs the optional package snowflake-sdk: npm install snowflake-sdk');
      expect((error as SourceError).file).toBe('snowflake://scanner@acme-eu1/ANALYTICS/PUBLIC');
    } finally {
      vi.doUnmock('snowflake-sdk');
      vi.resetModules();
    }
  });
});
