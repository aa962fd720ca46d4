// Athena through AWS's own client (@aws-sdk/client-athena, pointed at `?endpoint=`) against a
// local fake of the JSON API it speaks (ListTableMetadata, StartQueryExecution,
// GetQueryExecution, GetQueryResults, StopQueryExecution): every request's SigV4 signature
// recomputed from the credentials the test gave (environment variables, or a profile), the exact
// statements sent (TABLESAMPLE BERNOULLI sized from the catalog's recordCount, counts and
// approx_distinct in Athena), results read across pages, and --max-bytes enforced before
// anything runs (catalog sizes) and while a statement runs (bytes scanned so far).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/model/result.js';
import { verifySigV4, type AwsCredentials } from '../../helpers/aws-sigv4.js';
import { runBin, startFakeWarehouse, type FakeWarehouse, type RecordedRequest } from '../../helpers/fake-warehouse.js';

const KEY_ID = 'AKIAFAKEKEYID0000001';
const SECRET = 'fake/Secret+Access/Key-never-printed-0001';
const SESSION = 'fake-session-token-never-printed';
const PROFILE_KEY_ID = 'AKIAFAKEPROFILE00002';
const PROFILE_SECRET = 'fake/Profile+Secret/Key-never-printed-0002';
const SAMPLE = 'SELECT "id", "email", "dt" FROM "crm"."customers" TABLESAMPLE BERNOULLI (0.02) LIMIT 100';
const COUNT = 'SELECT count(*) AS n FROM "crm"."customers"';
const DISTINCT = 'SELECT approx_distinct("id") AS d0, approx_distinct("email") AS d1, approx_distinct("dt") AS d2 FROM "crm"."customers"';
const DAYS = `SELECT date_diff('day', DATE '1970-01-01', CAST("dt" AS date)) AS day, count(*) AS n FROM "crm"."customers" WHERE "dt" IS NOT NULL GROUP BY 1`;
const emails = Array.from({ length: 30 }, (_, i) => `buyer${i}@example.net`);

type Body = Record<string, unknown>;

describe('athena:// through @aws-sdk/client-athena and a fake of the Athena JSON API', () => {
  let fake: FakeWarehouse;
  let dir: string;
  /** `sized`: the catalog gives the table's size; `unsized`: it does not, and a statement scans past the cap. */
  let mode: 'sized' | 'unsized' | 'denied' = 'sized';
  const queries = new Map<string, string>();
  const polled = new Map<string, number>();
  // No instance-metadata lookups: the SDK's chain would otherwise ask 169.254.169.254 when it finds nothing else.
  const noImds = { AWS_EC2_METADATA_DISABLED: 'true' };
  const env = { AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET, AWS_SESSION_TOKEN: SESSION, HOME: '/nonexistent', ...noImds };
  /** The credentials the fake accepts: the environment's, or the profile's in the profile test. */
  let accepted: AwsCredentials = { accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: SESSION };

  const header = (names: string[]) => ({ Data: names.map((VarCharValue) => ({ VarCharValue })) });
  const row = (values: Array<string | null>) => ({ Data: values.map((v) => (v === null ? {} : { VarCharValue: v })) });

  function answer(request: RecordedRequest) {
    const target = String(request.headers['x-amz-target'] ?? '');
    const body = request.body as Body;
    // The signature the fake expects for the headers the SDK says it signed, from the accepted credentials.
    if (!verifySigV4(request, fake.url, JSON.stringify(body), accepted, 'eu-west-1', 'athena')) {
      return { status: 403, body: { __type: 'UnrecognizedClientException', message: 'The request signature we calculated does not match the signature you provided.' } };
    }
    switch (target) {
      case 'AmazonAthena.ListTableMetadata':
        // A service error that repeats the session token it was sent: datamin masks it.
        if (mode === 'denied') return { status: 400, body: { __type: 'AccessDeniedException', message: `not authorized for crm (token ${String(request.headers['x-amz-security-token'])})` } };
        return {
          body: {
            TableMetadataList: [
              {
                Name: 'customers',
                TableType: 'EXTERNAL_TABLE',
                Columns: [{ Name: 'id', Type: 'bigint' }, { Name: 'email', Type: 'string', Comment: 'Where receipts go' }],
                PartitionKeys: [{ Name: 'dt', Type: 'date' }],
                Parameters: { recordCount: '1000000', ...(mode === 'sized' ? { sizeKey: '50000000' } : {}) },
              },
              { Name: 'v_customers', TableType: 'VIRTUAL_VIEW', Columns: [{ Name: 'id', Type: 'bigint' }] },
            ],
          },
        };
      case 'AmazonAthena.StartQueryExecution': {
        const id = `q${queries.size + 1}`;
        queries.set(id, String(body.QueryString));
        return { body: { QueryExecutionId: id } };
      }
      case 'AmazonAthena.GetQueryExecution': {
        const id = String(body.QueryExecutionId);
        const n = (polled.get(id) ?? 0) + 1;
        polled.set(id, n);
        if (mode === 'unsized') return { body: { QueryExecution: { Status: { State: 'RUNNING' }, Statistics: { DataScannedInBytes: 300_000_000 } } } };
        // The sample is still running at the first poll.
        const state = queries.get(id) === SAMPLE && n === 1 ? 'RUNNING' : 'SUCCEEDED';
        return { body: { QueryExecution: { Status: { State: state }, Statistics: { DataScannedInBytes: 12_000_000 } } } };
      }
      case 'AmazonAthena.StopQueryExecution':
        return { body: {} };
      case 'AmazonAthena.GetQueryResults': {
        const sql = queries.get(String(body.QueryExecutionId));
        if (sql === SAMPLE && body.NextToken === 'page2') return { body: { ResultSet: { Rows: emails.slice(15).map((e, i) => row([String(15 + i), e, '2023-11-14'])) } } };
        if (sql === SAMPLE) return { body: { ResultSet: { Rows: [header(['id', 'email', 'dt']), ...emails.slice(0, 15).map((e, i) => row([String(i), e, null]))] }, NextToken: 'page2' } };
        if (sql === COUNT) return { body: { ResultSet: { Rows: [header(['n']), row(['1000000'])] } } };
        if (sql === DISTINCT) return { body: { ResultSet: { Rows: [header(['d0', 'd1', 'd2']), row(['1000000', '998877', '365'])] } } };
        if (sql === DAYS) return { body: { ResultSet: { Rows: [header(['day', 'n']), row(['19675', '1000000'])] } } };
        return { status: 400, body: { __type: 'InvalidRequestException', message: `fake does not know: ${sql}` } };
      }
      default:
        return { status: 400, body: { __type: 'InvalidRequestException', message: `fake has no ${target}` } };
    }
  }

  beforeAll(async () => {
    fake = await startFakeWarehouse(answer);
    dir = await mkdtemp(path.join(tmpdir(), 'datamin-whouse-athena-'));
  });
  afterAll(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  const scan = (extra: string[] = []) => runBin(['scan', `athena://primary/crm?region=eu-west-1&endpoint=${fake.url}`, '--sample', '100', '--format', 'json', '--fail-on', 'critical', ...extra], { cwd: dir, env });
  const started = (from: number) => fake.requests.slice(from).filter((r) => r.headers['x-amz-target'] === 'AmazonAthena.StartQueryExecution').map((r) => r.body as Body);

  it('signs every request, samples with TABLESAMPLE BERNOULLI and counts inside Athena', async () => {
    mode = 'sized';
    const from = fake.requests.length;
    const run = await scan();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const sent = started(from);
    expect(sent.map((b) => b.QueryString)).toEqual([SAMPLE, COUNT, DAYS, DISTINCT]);
    for (const b of sent) expect(b).toMatchObject({ WorkGroup: 'primary', QueryExecutionContext: { Catalog: 'AwsDataCatalog', Database: 'crm' } });
    expect(fake.requests.slice(from).every((r) => String(r.headers.authorization).startsWith(`AWS4-HMAC-SHA256 Credential=${KEY_ID}/`) && r.headers['x-amz-security-token'] === SESSION)).toBe(true);
    expect(fake.requests.slice(from).filter((r) => r.headers['x-amz-target'] === 'AmazonAthena.StopQueryExecution')).toEqual([]);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.sources).toEqual([{ path: 'athena://primary/crm', kind: 'athena', datasets: ['customers'] }]);
    expect(result.datasets[0]).toMatchObject({ name: 'customers', rows: 1_000_000 });
    const email = result.fields.find((f) => f.field === 'email');
    expect(email).toMatchObject({ type: 'string', comment: 'Where receipts go' });
    // Both result pages were read; the header row of the first was not taken for a value.
    expect(email?.categories[0]).toMatchObject({ id: 'contact.email', matched: 30, sampled: 30 });
    expect(email?.stats.distinct).toBe(998_877);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toContain(SESSION);
  });

  it('stops with exit 2 before running anything when the catalog sizes could pass --max-bytes', async () => {
    mode = 'sized';
    const from = fake.requests.length;
    const run = await scan(['--max-bytes', '100MB']);
    expect(run.code).toBe(2);
    expect(started(from)).toEqual([]);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([
      expect.objectContaining({ file: 'athena://primary/crm', message: 'the scan could make Athena scan up to 200.0 MB (table sizes from the catalog), more than --max-bytes 100.0 MB; nothing was run' }),
    ]);
  });

  it('stops a statement whose bytes scanned pass --max-bytes when the catalog has no size', async () => {
    mode = 'unsized';
    const from = fake.requests.length;
    const run = await scan(['--max-bytes', '250MB']);
    expect(run.code).toBe(2);
    expect(started(from).map((b) => b.QueryString)).toEqual([SAMPLE]);
    expect(fake.requests.slice(from).filter((r) => r.headers['x-amz-target'] === 'AmazonAthena.StopQueryExecution')).toHaveLength(1);
    expect(run.stdout).toContain('stopped: the scan passed --max-bytes 250.0 MB while Athena ran a statement');
    expect(run.stdout).toContain('no size in the catalog for customers');
  });

  it('masks the session token in a service error, exit 2', async () => {
    mode = 'denied';
    try {
      const run = await scan();
      expect(run.code).toBe(2);
      expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toBe('Athena: not authorized for crm (token ***)');
      expect(run.stdout + run.stderr).not.toContain(SESSION);
    } finally {
      mode = 'sized';
    }
  });

  it('names missing AWS credentials without a stack trace', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', `athena://primary/crm?region=eu-west-1&endpoint=${fake.url}`, '--format', 'json'], { cwd: dir, env: { HOME: dir, ...noImds } });
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toMatch(/^no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY .*, or AWS_PROFILE /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(fake.requests.length).toBe(from);
  });

  it('finds the credentials of a profile in ~/.aws/credentials through the SDK\'s chain (AWS_PROFILE)', async () => {
    mode = 'sized';
    const home = path.join(dir, 'home');
    await mkdir(path.join(home, '.aws'), { recursive: true });
    await writeFile(path.join(home, '.aws', 'credentials'), `[scanner]\naws_access_key_id = ${PROFILE_KEY_ID}\naws_secret_access_key = ${PROFILE_SECRET}\n`);
    accepted = { accessKeyId: PROFILE_KEY_ID, secretAccessKey: PROFILE_SECRET };
    try {
      const from = fake.requests.length;
      const run = await runBin(['scan', `athena://primary/crm?region=eu-west-1&endpoint=${fake.url}`, '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env: { HOME: home, AWS_PROFILE: 'scanner', ...noImds } });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(started(from).map((b) => b.QueryString)).toEqual([SAMPLE, COUNT, DAYS, DISTINCT]);
      expect(fake.requests.slice(from).every((r) => String(r.headers.authorization).includes(`Credential=${PROFILE_KEY_ID}/`))).toBe(true);
      expect(run.stdout).not.toContain(PROFILE_SECRET);
    } finally {
      accepted = { accessKeyId: KEY_ID, secretAccessKey: SECRET, sessionToken: SESSION };
    }
  });

  it('names the package to install when @aws-sdk/client-athena is missing, before any request', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', `athena://primary/crm?region=eu-west-1&endpoint=${fake.url}`, '--format', 'json'], { cwd: dir, env: { ...env, DATAMIN_TEST_HIDE_DRIVERS: '@aws-sdk/client-athena' } });
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toBe('reading Athena needs the optional package @aws-sdk/client-athena: npm install @aws-sdk/client-athena');
    expect(fake.requests.length).toBe(from);
  });
});
