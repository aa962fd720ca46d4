// BigQuery through a local fake of its REST API (jobs.query, jobs.getQueryResults, tables.list,
// tables.get, the OAuth token endpoint): the exact statements sent, the dry runs summed against
// --max-bytes before anything runs, the sampling clause, the byte cap and job timeout on every
// job, results read across pages, and the token never printed.
import { createVerify, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/model/result.js';
import { runBin, startFakeWarehouse, type FakeWarehouse, type RecordedRequest } from '../../helpers/fake-warehouse.js';

const TOKEN = 'ya29.fake-access-token-never-printed';
const SAMPLE = "SELECT `id`, `email`, `signup_at`, `tags` FROM `acme`.`crm`.`customers` TABLESAMPLE SYSTEM (0.004 PERCENT) LIMIT 100";
const COUNT = 'SELECT count(*) AS n FROM `acme`.`crm`.`customers`';
const DAYS = "SELECT DATE_DIFF(DATE(`signup_at`), DATE '1970-01-01', DAY) AS day, COUNT(*) AS n FROM `acme`.`crm`.`customers` WHERE `signup_at` IS NOT NULL GROUP BY day";
// The REPEATED column is left out: APPROX_COUNT_DISTINCT takes no ARRAY.
const DISTINCT = 'SELECT APPROX_COUNT_DISTINCT(`id`) AS d0, APPROX_COUNT_DISTINCT(`email`) AS d1, APPROX_COUNT_DISTINCT(`signup_at`) AS d2 FROM `acme`.`crm`.`customers`';
const BYTES: Record<string, string> = { [SAMPLE]: '400000000', [COUNT]: '0', [DAYS]: '40000000', [DISTINCT]: '500000000' };
const emails = Array.from({ length: 60 }, (_, i) => `person${i}@example.org`);

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

interface QueryBody {
  query: string;
  dryRun: boolean;
  maximumBytesBilled: string;
  jobTimeoutMs: string;
  useLegacySql: boolean;
}

function answer(request: RecordedRequest) {
  const p = request.path;
  if (p === '/token') {
    const [header, claims, signature] = String((request.body as Record<string, string>).assertion).split('.');
    const valid = createVerify('RSA-SHA256').update(`${header}.${claims}`).verify(publicKey, signature, 'base64url');
    const scope = (JSON.parse(Buffer.from(claims, 'base64url').toString()) as { scope: string }).scope;
    return valid && scope.endsWith('bigquery.readonly') ? { body: { access_token: TOKEN, expires_in: 3600 } } : { status: 401, body: { error: 'invalid_grant' } };
  }
  if (request.headers.authorization !== `Bearer ${TOKEN}`) return { status: 401, body: { error: { message: 'no token' } } };
  if (p === '/bigquery/v2/projects/acme/datasets/crm/tables?maxResults=1000') {
    return { body: { tables: [{ tableReference: { tableId: 'customers' }, type: 'TABLE' }, { tableReference: { tableId: 'v_customers' }, type: 'VIEW' }] } };
  }
  if (p === '/bigquery/v2/projects/acme/datasets/crm/tables/customers') {
    return {
      body: {
        numRows: '5000000',
        schema: { fields: [{ name: 'id', type: 'INTEGER' }, { name: 'email', type: 'STRING', description: 'Where receipts go' }, { name: 'signup_at', type: 'TIMESTAMP' }, { name: 'tags', type: 'STRING', mode: 'REPEATED' }] },
      },
    };
  }
  const schema = { fields: [{ name: 'id', type: 'INTEGER' }, { name: 'email', type: 'STRING' }, { name: 'signup_at', type: 'TIMESTAMP' }, { name: 'tags', type: 'STRING', mode: 'REPEATED' }] };
  const row = (i: number) => ({ f: [{ v: String(i) }, { v: emails[i] }, { v: String(1_700_000_000_000_000 + i) }, { v: [{ v: 'vip' }] }] });
  if (p === '/bigquery/v2/projects/acme/queries' && request.method === 'POST') {
    const body = request.body as QueryBody;
    if (body.dryRun) return { body: { totalBytesProcessed: BYTES[body.query] ?? '0', jobComplete: true } };
    if (body.query === SAMPLE) return { body: { jobComplete: true, schema, rows: emails.slice(0, 30).map((_, i) => row(i)), pageToken: 'page2', jobReference: { jobId: 'job_1', location: 'EU' } } };
    if (body.query === COUNT) return { body: { jobComplete: true, schema: { fields: [{ name: 'n', type: 'INTEGER' }] }, rows: [{ f: [{ v: '5000000' }] }] } };
    if (body.query === DISTINCT) return { body: { jobComplete: true, schema: { fields: ['d0', 'd1', 'd2'].map((name) => ({ name, type: 'INTEGER' })) }, rows: [{ f: [{ v: '5000000' }, { v: '4990012' }, { v: '4000000' }] }] } };
    if (body.query === DAYS) return { body: { jobComplete: true, schema: { fields: [{ name: 'day', type: 'INTEGER' }, { name: 'n', type: 'INTEGER' }] }, rows: [{ f: [{ v: '19676' }, { v: '5000000' }] }] } };
  }
  if (p.startsWith('/bigquery/v2/projects/acme/queries/job_1?') && p.includes('pageToken=page2') && p.includes('location=EU')) {
    return { body: { jobComplete: true, schema, rows: emails.slice(30).map((_, i) => row(30 + i)) } };
  }
  return { status: 404, body: { error: { message: `fake has no ${request.method} ${p}` } } };
}

describe('bigquery:// through a fake of the REST API', () => {
  let fake: FakeWarehouse;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await startFakeWarehouse(answer);
    dir = await mkdtemp(path.join(tmpdir(), 'datamin-bq-'));
    const keyFile = path.join(dir, 'key.json');
    await writeFile(keyFile, JSON.stringify({ type: 'service_account', client_email: 'scanner@acme.iam.gserviceaccount.com', private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }), token_uri: `${fake.url}/token` }));
    env = { GOOGLE_APPLICATION_CREDENTIALS: keyFile, HOME: dir };
  });
  afterAll(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  const queries = (from: number) =>
    fake.requests.slice(from).filter((r) => r.path === '/bigquery/v2/projects/acme/queries').map((r) => r.body as QueryBody);

  it('dry-runs every statement first, then samples inside BigQuery with a cap and a timeout on each job', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', `bigquery://acme/crm?endpoint=${fake.url}`, '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const sent = queries(from);
    expect(sent.map((q) => [q.dryRun, q.query])).toEqual([
      [true, SAMPLE],
      [true, COUNT],
      [true, DAYS],
      [true, DISTINCT],
      [false, SAMPLE],
      [false, COUNT],
      [false, DAYS],
      [false, DISTINCT],
    ]);
    for (const q of sent) expect(q).toMatchObject({ maximumBytesBilled: '10000000000', jobTimeoutMs: '30000', useLegacySql: false });
    expect(sent.some((q) => /select\s+\*/i.test(q.query))).toBe(false);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.sources).toEqual([{ path: 'bigquery://acme/crm', kind: 'bigquery', datasets: ['customers'] }]);
    expect(result.datasets[0]).toMatchObject({ name: 'customers', rows: 5_000_000 });
    const email = result.fields.find((f) => f.field === 'email');
    expect(email).toMatchObject({ type: 'STRING', comment: 'Where receipts go' });
    // All 60 rows, across the two pages, were read.
    expect(email?.categories[0]).toMatchObject({ id: 'contact.email', matched: 60, sampled: 60 });
    // The distinct count is BigQuery's over the whole table, not the 60 sampled values'.
    expect(email?.stats.distinct).toBe(4_990_012);
    expect(result.fields.find((f) => f.field === 'tags')?.stats.distinct).toBeLessThanOrEqual(60);
    expect(run.stdout).not.toContain(TOKEN);
    expect(run.stdout).not.toContain('person7@example.org');
  });

  it('stops with exit 2 before running anything when the dry runs pass --max-bytes', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', `bigquery://acme/crm?endpoint=${fake.url}`, '--sample', '100', '--max-bytes', '100MB', '--format', 'json'], { cwd: dir, env });
    expect(run.code).toBe(2);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([expect.objectContaining({ level: 'error', file: 'bigquery://acme/crm', message: 'the scan would make BigQuery process 940.0 MB (dry run), more than --max-bytes 100.0 MB; nothing was run' })]);
    const sent = queries(from);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((q) => !q.dryRun)).toEqual([]);
    expect(run.stderr + run.stdout).not.toContain(TOKEN);
  });

  it('names missing credentials without a stack trace', async () => {
    const run = await runBin(['scan', `bigquery://acme/crm?endpoint=${fake.url}`, '--format', 'json'], { cwd: dir, env: { HOME: dir } });
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toMatch(/^no Google credentials: set GOOGLE_OAUTH_ACCESS_TOKEN or GOOGLE_APPLICATION_CREDENTIALS/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
