// BigQuery through Google's own client (@google-cloud/bigquery, pointed at `?endpoint=`) against
// a local fake of the REST API it speaks (jobs.insert, jobs.getQueryResults, tables.list,
// tables.get): the exact statements sent, the dry-run jobs summed against --max-bytes before
// anything runs, the sampling clause, the byte cap and job timeout on every job, results read
// while the job runs and across pages, every request authorized by the service account's
// self-signed JWT with the read-only scope (or GOOGLE_OAUTH_ACCESS_TOKEN), and no secret printed.
import { createVerify, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../../src/model/result.js';
import { runBin, startFakeWarehouse, type FakeWarehouse, type RecordedRequest } from '../../helpers/fake-warehouse.js';

const TOKEN = 'ya29.fake-access-token-never-printed';
const READONLY = 'https://www.googleapis.com/auth/bigquery.readonly';
const API = '/bigquery/v2/projects/acme';
const SAMPLE = "SELECT `id`, `email`, `signup_at`, `tags` FROM `acme`.`crm`.`customers` TABLESAMPLE SYSTEM (0.004 PERCENT) LIMIT 100";
const COUNT = 'SELECT count(*) AS n FROM `acme`.`crm`.`customers`';
const DAYS = "SELECT DATE_DIFF(DATE(`signup_at`), DATE '1970-01-01', DAY) AS day, COUNT(*) AS n FROM `acme`.`crm`.`customers` WHERE `signup_at` IS NOT NULL GROUP BY day";
// The REPEATED column is left out: APPROX_COUNT_DISTINCT takes no ARRAY.
const DISTINCT = 'SELECT APPROX_COUNT_DISTINCT(`id`) AS d0, APPROX_COUNT_DISTINCT(`email`) AS d1, APPROX_COUNT_DISTINCT(`signup_at`) AS d2 FROM `acme`.`crm`.`customers`';
const BYTES: Record<string, string> = { [SAMPLE]: '400000000', [COUNT]: '0', [DAYS]: '40000000', [DISTINCT]: '500000000' };
const emails = Array.from({ length: 60 }, (_, i) => `person${i}@example.org`);

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_KEY = String(privateKey.export({ type: 'pkcs8', format: 'pem' }));

interface JobBody {
  configuration: { query: { query: string; useLegacySql: boolean; maximumBytesBilled: string; useQueryCache: boolean }; dryRun?: boolean; jobTimeoutMs: string; labels: Record<string, string> };
  jobReference: { projectId: string; jobId: string };
}

/** The query of each job the fake has seen, and how often its results were asked for. */
const jobs = new Map<string, { query: string; polled: number }>();

/** A Bearer JWT the service account signed itself, asking for the read-only scope; or the plain access token. */
function authorized(authorization: string | undefined): boolean {
  const bearer = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  if (bearer === TOKEN) return true;
  const [header, claims, signature] = bearer.split('.');
  if (!header || !claims || !signature) return false;
  const payload = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { iss?: string; scope?: string };
  return createVerify('RSA-SHA256').update(`${header}.${claims}`).verify(publicKey, signature, 'base64url') && payload.iss === 'scanner@acme.iam.gserviceaccount.com' && payload.scope === READONLY;
}

function answer(request: RecordedRequest) {
  if (!authorized(request.headers.authorization)) return { status: 401, body: { error: { code: 401, message: 'Request is missing valid authentication credentials' } } };
  const { pathname: p, searchParams } = new URL(request.path, 'http://fake');
  if (request.method === 'GET' && p === `${API}/datasets/crm/tables`) {
    return { body: { tables: [{ id: 'acme:crm.customers', tableReference: { projectId: 'acme', datasetId: 'crm', tableId: 'customers' }, type: 'TABLE' }, { id: 'acme:crm.v_customers', tableReference: { projectId: 'acme', datasetId: 'crm', tableId: 'v_customers' }, type: 'VIEW' }] } };
  }
  if (request.method === 'GET' && p === `${API}/datasets/crm/tables/customers`) {
    return {
      body: {
        numRows: '5000000',
        schema: { fields: [{ name: 'id', type: 'INTEGER' }, { name: 'email', type: 'STRING', description: 'Where receipts go' }, { name: 'signup_at', type: 'TIMESTAMP' }, { name: 'tags', type: 'STRING', mode: 'REPEATED' }] },
      },
    };
  }
  if (request.method === 'POST' && p === `${API}/jobs`) {
    const body = request.body as JobBody;
    const reference = { projectId: 'acme', jobId: body.jobReference.jobId, location: 'EU' };
    if (body.configuration.dryRun) return { body: { jobReference: reference, status: { state: 'DONE' }, statistics: { totalBytesProcessed: BYTES[body.configuration.query.query] ?? '0' } } };
    jobs.set(body.jobReference.jobId, { query: body.configuration.query.query, polled: 0 });
    return { body: { jobReference: reference, status: { state: 'RUNNING' } } };
  }
  const schema = { fields: [{ name: 'id', type: 'INTEGER' }, { name: 'email', type: 'STRING' }, { name: 'signup_at', type: 'TIMESTAMP' }, { name: 'tags', type: 'STRING', mode: 'REPEATED' }] };
  const row = (i: number) => ({ f: [{ v: String(i) }, { v: emails[i] }, { v: String(1_700_000_000_000_000 + i) }, { v: [{ v: 'vip' }] }] });
  const results = /^\/bigquery\/v2\/projects\/acme\/queries\/([^/]+)$/.exec(p);
  const job = results ? jobs.get(results[1]) : undefined;
  if (request.method === 'GET' && job) {
    job.polled += 1;
    const page = (fields: string[], rows: string[][]) => ({ body: { jobComplete: true, schema: { fields: fields.map((name) => ({ name, type: 'INTEGER' })) }, rows: rows.map((r) => ({ f: r.map((v) => ({ v })) })) } });
    // The sample is still running when its results are first asked for, then comes in two pages.
    if (job.query === SAMPLE && job.polled === 1) return { body: { jobComplete: false, jobReference: { projectId: 'acme', jobId: results?.[1], location: 'EU' } } };
    if (job.query === SAMPLE && searchParams.get('pageToken') === 'page2') return { body: { jobComplete: true, schema, rows: emails.slice(30).map((_, i) => row(30 + i)) } };
    if (job.query === SAMPLE) return { body: { jobComplete: true, schema, rows: emails.slice(0, 30).map((_, i) => row(i)), pageToken: 'page2' } };
    if (job.query === COUNT) return page(['n'], [['5000000']]);
    if (job.query === DISTINCT) return page(['d0', 'd1', 'd2'], [['5000000', '4990012', '4000000']]);
    if (job.query === DAYS) return page(['day', 'n'], [['19676', '5000000']]);
  }
  // A service error that repeats what it was sent: datamin masks the token in it.
  if (p.includes('/datasets/nosuch/')) return { status: 404, body: { error: { code: 404, message: `Not found: Dataset acme:nosuch (asked with ${request.headers.authorization})` } } };
  return { status: 404, body: { error: { code: 404, message: `fake has no ${request.method} ${p}` } } };
}

describe('bigquery:// through @google-cloud/bigquery and a fake of the REST API', () => {
  let fake: FakeWarehouse;
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await startFakeWarehouse(answer);
    dir = await mkdtemp(path.join(tmpdir(), 'datamin-bq-'));
    const keyFile = path.join(dir, 'key.json');
    await writeFile(keyFile, JSON.stringify({ type: 'service_account', client_email: 'scanner@acme.iam.gserviceaccount.com', private_key: PRIVATE_KEY, private_key_id: 'k1', token_uri: `${fake.url}/token` }));
    // No probe of a Google Cloud metadata server (169.254.169.254) when no credentials are found.
    env = { GOOGLE_APPLICATION_CREDENTIALS: keyFile, HOME: dir, METADATA_SERVER_DETECTION: 'none' };
  });
  afterAll(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  const inserted = (from: number) =>
    fake.requests.slice(from).filter((r) => r.method === 'POST' && r.path.startsWith(`${API}/jobs`)).map((r) => r.body as JobBody);
  /** The secrets found in `text`: the access token, the private key, any bearer token the fake was sent. */
  const secretsIn = (text: string) => [TOKEN, PRIVATE_KEY.split('\n')[1], ...fake.requests.flatMap((r) => (r.headers.authorization ? [r.headers.authorization.replace('Bearer ', '')] : []))].filter((s) => text.includes(s));

  it('dry-runs every statement first, then samples inside BigQuery with a cap and a timeout on each job', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', `bigquery://acme/crm?endpoint=${fake.url}`, '--sample', '100', '--format', 'json', '--fail-on', 'critical'], { cwd: dir, env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const sent = inserted(from);
    expect(sent.map((j) => [j.configuration.dryRun ?? false, j.configuration.query.query])).toEqual([
      [true, SAMPLE],
      [true, COUNT],
      [true, DAYS],
      [true, DISTINCT],
      [false, SAMPLE],
      [false, COUNT],
      [false, DAYS],
      [false, DISTINCT],
    ]);
    for (const j of sent) {
      expect(j.configuration).toMatchObject({ jobTimeoutMs: '30000', labels: { tool: 'datamin' }, query: { maximumBytesBilled: '10000000000', useLegacySql: false } });
      expect(j.jobReference.projectId).toBe('acme');
    }
    expect(sent.some((j) => /select\s+\*/i.test(j.configuration.query.query))).toBe(false);
    // The sample's results: asked while it still ran, then its two pages.
    const sampleJob = sent[4].jobReference.jobId;
    expect(fake.requests.slice(from).filter((r) => r.path.startsWith(`${API}/queries/${sampleJob}`))).toHaveLength(3);
    // Only the metadata API, the jobs and their results: nothing else was asked.
    expect(fake.requests.slice(from).filter((r) => !/^\/bigquery\/v2\/projects\/acme\/(datasets\/crm\/tables|jobs|queries\/)/.test(r.path))).toEqual([]);
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
    expect(secretsIn(run.stdout + run.stderr)).toEqual([]);
    expect(run.stdout).not.toContain('person7@example.org');
  });

  it('stops with exit 2 before running anything when the dry runs pass --max-bytes', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', `bigquery://acme/crm?endpoint=${fake.url}`, '--sample', '100', '--max-bytes', '100MB', '--format', 'json'], { cwd: dir, env });
    expect(run.code).toBe(2);
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([expect.objectContaining({ level: 'error', file: 'bigquery://acme/crm', message: 'the scan would make BigQuery process 940.0 MB (dry run), more than --max-bytes 100.0 MB; nothing was run' })]);
    const sent = inserted(from);
    expect(sent.map((j) => j.configuration.query.query)).toEqual([SAMPLE, COUNT, DAYS, DISTINCT]);
    expect(sent.filter((j) => !j.configuration.dryRun)).toEqual([]);
    expect(sent.every((j) => j.configuration.query.maximumBytesBilled === '100000000')).toBe(true);
    expect(secretsIn(run.stderr + run.stdout)).toEqual([]);
  });

  it('takes an access token from GOOGLE_OAUTH_ACCESS_TOKEN and masks it in a service error', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', `bigquery://acme/nosuch?endpoint=${fake.url}`, '--format', 'json'], { cwd: dir, env: { GOOGLE_OAUTH_ACCESS_TOKEN: TOKEN, HOME: dir, METADATA_SERVER_DETECTION: 'none' } });
    expect(run.code).toBe(2);
    expect(fake.requests.slice(from).map((r) => r.headers.authorization)).toContain(`Bearer ${TOKEN}`);
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toBe('BigQuery: Not found: Dataset acme:nosuch (asked with Bearer ***)');
    expect(secretsIn(run.stderr + run.stdout)).toEqual([]);
  });

  it('names the package to install when @google-cloud/bigquery is missing, before any request', async () => {
    const from = fake.requests.length;
    const run = await runBin(['scan', `bigquery://acme/crm?endpoint=${fake.url}`, '--format', 'json'], { cwd: dir, env: { ...env, DATAMIN_TEST_HIDE_DRIVERS: '@google-cloud/bigquery' } });
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toBe('reading BigQuery needs the optional package @google-cloud/bigquery: npm install @google-cloud/bigquery');
    expect(fake.requests.length).toBe(from);
  });

  it('names missing credentials without a stack trace', async () => {
    const run = await runBin(['scan', `bigquery://acme/crm?endpoint=${fake.url}`, '--format', 'json'], { cwd: dir, env: { HOME: dir, METADATA_SERVER_DETECTION: 'none' } });
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as ScanResult).errors[0]?.message).toMatch(/^no Google credentials: set GOOGLE_OAUTH_ACCESS_TOKEN or GOOGLE_APPLICATION_CREDENTIALS/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
