// Issue 24, second phase, end to end: the retail fixture (test/fixtures/retail, written by
// scripts/make-retail-fixture.mjs) through the CLI. In fires/ each personalization rule fires
// with the counts planted there; in the quiet twin none does; no planted key or value appears in
// any output or on stderr. The same data loaded into PostgreSQL gives the same counts, counted
// inside the database (skipped locally without a server, failing under CI=true).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ScanResult } from '../../src/model/result.js';
import { runCli } from '../helpers/run-cli.js';
import { requireServer, withParams } from '../sources/db/servers.js';
import { itWithTool, pdfText, tempDir } from '../reporters/html-pdf-support.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (twin: 'fires' | 'quiet') => path.join(root, 'test/fixtures/retail', twin);
const INPUTS = ['customers.csv', 'events.ndjson', 'consent_log.csv', 'segments.csv'];
const NEW_RULES = ['aggregate-release', 'consent-not-recorded', 'no-opt-out', 'processing-after-withdrawal', 'profiling-without-basis'];
const FORMATS = ['json', 'table', 'markdown', 'html', 'sarif', 'junit', 'gitlab'];

/** Rows of a CSV or NDJSON file of the fixture as objects (the fixture has no quoted commas). */
function records(twin: 'fires' | 'quiet', file: string): Array<Record<string, string>> {
  const text = readFileSync(path.join(fixture(twin), file), 'utf8').trim();
  if (file.endsWith('.ndjson')) return text.split('\n').map((line) => JSON.parse(line) as Record<string, string>);
  const [header, ...rows] = text.split('\n').map((l) => l.split(','));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

/** Every planted value that could identify a person or a visitor: ids, keys, names, contacts, event urls. */
function planted(twin: 'fires' | 'quiet'): string[] {
  const keep = (v: string): boolean => v.length >= 5 && !/^[a-z_]+$/.test(v) && !/^\d{4}-\d{2}-\d{2}/.test(v) && !/^[\d.]+$/.test(v) && v !== 'false';
  return [...new Set(INPUTS.flatMap((file) => records(twin, file).flatMap((r) => Object.values(r).map(String))).filter(keep))];
}

const newFindings = (result: ScanResult): Finding[] => result.findings.filter((f) => NEW_RULES.includes(f.ruleId));
const brief = (f: Finding): string => `${f.ruleId} ${f.dataset ?? ''}.${f.field ?? ''}`;

describe('retail fixture through the CLI (files)', () => {
  let fires: ScanResult;
  let quiet: ScanResult;
  beforeAll(async () => {
    const [a, b] = [await runCli(['scan', ...INPUTS, '--format', 'json'], { cwd: fixture('fires') }), await runCli(['scan', ...INPUTS, '--format', 'json'], { cwd: fixture('quiet') })];
    expect(a.stderr).toBe('');
    fires = JSON.parse(a.stdout) as ScanResult;
    quiet = JSON.parse(b.stdout) as ScanResult;
  });

  it('puts the personalization categories on the right fields and notes the link of the events', () => {
    const categories = (dataset: string, field: string) => fires.fields.find((f) => f.dataset === dataset && f.field === field)?.categories.map((c) => c.id);
    expect(categories('events', 'cookie_id')).toEqual(['online.cookie_id']);
    expect(categories('events', 'page_url')).toEqual(['behavior.browsing']);
    expect(categories('events', 'search_query')).toEqual(['behavior.browsing']);
    expect(categories('segments', 'churn_score')).toEqual(['behavior.profile']);
    expect(categories('consent_log', 'withdrawn_at')).toEqual(['consent.record']);
    expect(categories('customers', 'cookie_id')).toEqual(['online.cookie_id']);
    expect(fires.datasets.find((d) => d.name === 'events')?.linkability?.linkedBy?.map((l) => `${l.dataset}.${l.field}`)).toEqual(['customers.cookie_id']);
  });

  it('fires each personalization rule with exact counts', () => {
    expect(newFindings(fires).map(brief)).toEqual([
      'consent-not-recorded .',
      'no-opt-out .',
      'processing-after-withdrawal events.',
      'aggregate-release segments.',
      'profiling-without-basis segments.churn_score',
      'aggregate-release segments.email',
      'profiling-without-basis segments.segment',
    ]);
    const message = (rule: string, field?: string) => newFindings(fires).find((f) => f.ruleId === rule && f.field === field)?.message;
    expect(message('processing-after-withdrawal')).toBe(
      "events: 12 rows of 3 subjects are dated after their consent to 'personalization' was withdrawn, and 6 rows of 3 subjects have no consent in consent_log covering them",
    );
    expect(message('aggregate-release')).toContain('1 of its 3 groups by segment, region cover fewer than k = 10 distinct subjects (the smallest covers 3)');
    expect(message('consent-not-recorded')).toContain("Purpose 'retargeting' rests on consent");
    expect(message('no-opt-out')).toContain("Purpose 'newsletter' sends direct marketing");
    expect(newFindings(fires).find((f) => f.ruleId === 'processing-after-withdrawal')?.data).toMatchObject({ countedBy: 'stream', unchecked: 0 });
  });

  it('keeps the quiet twin quiet', () => {
    expect(newFindings(quiet).map(brief)).toEqual([]);
    expect(quiet.errors).toEqual([]);
  });

  it('prints no planted id or value in any format, nor on stderr', async () => {
    for (const twin of ['fires', 'quiet'] as const) {
      const values = planted(twin);
      expect(values.length).toBeGreaterThan(40);
      for (const format of FORMATS) {
        const run = await runCli(['scan', ...INPUTS, '--format', format, '--verbose'], { cwd: fixture(twin) });
        const output = run.stdout + run.stderr;
        expect([...new Set(values.filter((v) => output.includes(v)))], `${twin} ${format}`).toEqual([]);
      }
    }
  });
});

describe('transparency section of the HTML and PDF reports', () => {
  const CONSENT_NOTICE =
    'To recommend products from what a visitor browses and searches, we use the pages you view, what you search for and what you click on; and cookie and visitor identifiers of your browser. This is profiling: we evaluate this data to predict your interests and tailor what we show you (GDPR Art. 4(4)). We do this on the basis of your consent (GDPR Art. 6(1)(a)). You can withdraw it at any time, as easily as you gave it, and we then stop. We record when you give and withdraw consent, so we can show what you agreed to. We keep this data for 1 year.';
  const CONTRACT_NOTICE = 'We do this on the basis of the performance of our contract with you (GDPR Art. 6(1)(b)).';

  it('says per purpose which data drives personalization and on what basis, in the HTML report', async () => {
    const run = await runCli(['scan', ...INPUTS, '--format', 'html'], { cwd: fixture('fires') });
    const section = /<section class="report-section" id="transparency"[\s\S]*?<\/section>\s*<\/section>/.exec(run.stdout)?.[0] ?? '';
    const text = section.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Transparency: personalization');
    expect(text).toContain(CONSENT_NOTICE);
    expect(text).toContain(CONTRACT_NOTICE);
    // The newsletter uses contact data only: no personalization data, no entry.
    expect(text).not.toContain('newsletter');
  });

  itWithTool('poppler', 'apt-get install poppler-utils')('says the same in the PDF report', async () => {
    const file = path.join(tempDir(), 'retail.pdf');
    const run = await runCli(['scan', ...INPUTS, '--format', 'pdf', '--output', file], { cwd: fixture('fires') });
    expect(run.code).toBe(1);
    const text = pdfText(file);
    expect(text).toContain('Transparency: personalization');
    expect(text).toContain(CONSENT_NOTICE);
    expect(text).toContain(CONTRACT_NOTICE);
    const values = planted('fires');
    expect(values.filter((v) => text.includes(v))).toEqual([]);
  });
});

const serverUrl = requireServer('DATAMIN_TEST_POSTGRES_URL', 'PostgreSQL');

describe.skipIf(!serverUrl)('retail fixture in PostgreSQL (live server)', () => {
  const url = serverUrl ?? '';
  const SCHEMAS = { fires: 'datamin_retail_fires', quiet: 'datamin_retail_quiet' } as const;
  let admin: pg.Client;

  /** The four fixture files as typed tables of one schema, times as timestamptz. */
  async function load(twin: 'fires' | 'quiet'): Promise<void> {
    const schema = SCHEMAS[twin];
    const customers = records(twin, 'customers.csv');
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};
      CREATE TABLE ${schema}.customers (customer_id text, cookie_id text, first_name text, last_name text, email text, phone text, created_at timestamptz${twin === 'quiet' ? ', marketing_opt_out boolean' : ''});
      CREATE TABLE ${schema}.events (event_id text, cookie_id text, ts timestamptz, event_name text, page_url text, search_query text);
      CREATE TABLE ${schema}.consent_log (consent_id text, cookie_id text, purpose text, granted_at timestamptz, withdrawn_at timestamptz, consent_version text, consent_channel text);
      CREATE TABLE ${schema}.segments (customer_id text, ${twin === 'fires' ? 'email text, ' : ''}segment text, region text, churn_score numeric(4,3), model_version text);`);
    const insert = async (table: string, rows: Array<Record<string, string>>): Promise<void> => {
      for (const row of rows) {
        const columns = Object.keys(row);
        const values = columns.map((c) => (row[c] === '' ? null : row[c]));
        await admin.query(`INSERT INTO ${schema}.${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, values);
      }
    };
    await insert('customers', customers);
    await insert('events', records(twin, 'events.ndjson'));
    await insert('consent_log', records(twin, 'consent_log.csv'));
    await insert('segments', records(twin, 'segments.csv'));
  }

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await load('fires');
    await load('quiet');
  });
  afterAll(async () => {
    if (!process.env.KEEP_RETAIL) await admin?.query(`DROP SCHEMA IF EXISTS ${SCHEMAS.fires} CASCADE; DROP SCHEMA IF EXISTS ${SCHEMAS.quiet} CASCADE`);
    await admin?.end();
  });

  const scan = async (twin: 'fires' | 'quiet', format = 'json') =>
    runCli(['scan', withParams(url, { schema: SCHEMAS[twin] }), '--format', format, '--config', path.join(fixture(twin), 'datamin.yaml')], { cwd: fixture(twin) });

  it('counts inside the database what the files gave', async () => {
    const run = await scan('fires');
    const result = JSON.parse(run.stdout) as ScanResult;
    expect(result.errors).toEqual([]);
    const after = newFindings(result).find((f) => f.ruleId === 'processing-after-withdrawal');
    expect(after?.message).toBe(
      "events: 12 rows of 3 subjects are dated after their consent to 'personalization' was withdrawn, and 6 rows of 3 subjects have no consent in consent_log covering them",
    );
    expect(after?.data).toMatchObject({ countedBy: 'database' });
    const groups = newFindings(result).find((f) => f.ruleId === 'aggregate-release' && f.field === undefined);
    expect(groups?.data).toMatchObject({ groups: 3, smallGroups: 1, smallest: 3, countedBy: 'database' });
    expect(newFindings(result).map((f) => f.ruleId).sort()).toEqual([...NEW_RULES, 'aggregate-release', 'profiling-without-basis'].sort());
  });

  it('keeps the quiet twin quiet, with the categories and the link on the typed columns', async () => {
    const result = JSON.parse((await scan('quiet')).stdout) as ScanResult;
    expect(result.errors).toEqual([]);
    expect(newFindings(result).map(brief)).toEqual([]);
    const categories = (dataset: string, field: string) => result.fields.find((f) => f.dataset === dataset && f.field === field)?.categories.map((c) => c.id);
    expect(categories('customers', 'marketing_opt_out')).toEqual(['consent.record']);
    expect(categories('consent_log', 'withdrawn_at')).toEqual(['consent.record']);
    expect(categories('events', 'cookie_id')).toEqual(['online.cookie_id']);
    expect(categories('events', 'page_url')).toEqual(['behavior.browsing']);
    expect(categories('segments', 'churn_score')).toEqual(['behavior.profile']);
    expect(result.datasets.find((d) => d.name === 'events')?.linkability?.status).toBe('linked');
  });

  it('prints no planted id or value in any format, nor on stderr', async () => {
    const values = planted('fires');
    for (const format of FORMATS) {
      const run = await scan('fires', format);
      expect([...new Set(values.filter((v) => (run.stdout + run.stderr).includes(v)))], format).toEqual([]);
    }
  });

  it('names the SQLSTATE, not the value, when a time field holds no timestamp', async () => {
    await admin.query(`CREATE TABLE ${SCHEMAS.fires}.events_text AS SELECT event_id, cookie_id, ts::text AS ts FROM ${SCHEMAS.fires}.events;
      INSERT INTO ${SCHEMAS.fires}.events_text VALUES ('evt-x', 'GA1.2.999999999.1700000000', 'not-a-time-42')`);
    try {
      const yaml = readFileSync(path.join(fixture('fires'), 'datamin.yaml'), 'utf8').replace('  events:\n', '  events_text:\n');
      const dir = (await import('node:fs')).mkdtempSync(path.join((await import('node:os')).tmpdir(), 'datamin-retail-'));
      (await import('node:fs')).writeFileSync(path.join(dir, 'datamin.yaml'), yaml);
      const run = await runCli(['scan', withParams(url, { schema: SCHEMAS.fires }), '--format', 'json'], { cwd: dir });
      expect(run.code).toBe(2);
      const result = JSON.parse(run.stdout) as ScanResult;
      const error = result.errors.find((e) => e.message.includes('joining events_text'));
      expect(error?.message).toMatch(/SQLSTATE 22007/);
      expect(run.stdout + run.stderr).not.toContain('not-a-time-42');
      expect(run.stdout + run.stderr).not.toContain('GA1.2.999999999.1700000000');
    } finally {
      await admin.query(`DROP TABLE ${SCHEMAS.fires}.events_text`);
    }
  });
});

const mysqlUrl = requireServer('DATAMIN_TEST_MYSQL_URL', 'MySQL/MariaDB');

describe.skipIf(!mysqlUrl)('retail fixture in MySQL/MariaDB (live server)', () => {
  const url = mysqlUrl ?? '';
  const DATABASES = { fires: 'datamin_retail_fires', quiet: 'datamin_retail_quiet' } as const;
  let admin: import('mysql2/promise').Connection;

  async function load(twin: 'fires' | 'quiet'): Promise<void> {
    const db = DATABASES[twin];
    await admin.query(`DROP DATABASE IF EXISTS ${db}; CREATE DATABASE ${db};
      CREATE TABLE ${db}.customers (customer_id varchar(20), cookie_id varchar(60), first_name varchar(40), last_name varchar(40), email varchar(80), phone varchar(30), created_at datetime${twin === 'quiet' ? ', marketing_opt_out boolean' : ''});
      CREATE TABLE ${db}.events (event_id varchar(20), cookie_id varchar(60), ts datetime, event_name varchar(30), page_url varchar(100), search_query varchar(60));
      CREATE TABLE ${db}.consent_log (consent_id varchar(20), cookie_id varchar(60), purpose varchar(30), granted_at datetime, withdrawn_at datetime, consent_version varchar(10), consent_channel varchar(10));
      CREATE TABLE ${db}.segments (customer_id varchar(20), ${twin === 'fires' ? 'email varchar(80), ' : ''}segment varchar(20), region varchar(20), churn_score decimal(4,3), model_version varchar(10));`);
    const asMysql = (v: string): string | number | null => (v === '' ? null : /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.replace('T', ' ').replace('Z', '') : v === 'true' ? 1 : v === 'false' ? 0 : v);
    for (const [table, file] of [['customers', 'customers.csv'], ['events', 'events.ndjson'], ['consent_log', 'consent_log.csv'], ['segments', 'segments.csv']] as const) {
      for (const row of records(twin, file)) {
        const columns = Object.keys(row);
        await admin.query(`INSERT INTO ${db}.${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, columns.map((c) => asMysql(row[c])));
      }
    }
  }

  beforeAll(async () => {
    const mysql = await import('mysql2/promise');
    admin = await mysql.createConnection({ uri: url, multipleStatements: true });
    await load('fires');
    await load('quiet');
  });
  afterAll(async () => {
    await admin?.query(`DROP DATABASE IF EXISTS ${DATABASES.fires}; DROP DATABASE IF EXISTS ${DATABASES.quiet}`);
    await admin?.end();
  });

  const scan = async (twin: 'fires' | 'quiet', format = 'json') => {
    const target = new URL(url);
    target.pathname = `/${DATABASES[twin]}`;
    return runCli(['scan', target.href, '--format', format, '--config', path.join(fixture(twin), 'datamin.yaml')], { cwd: fixture(twin) });
  };

  it('counts inside the database what the files gave', async () => {
    const result = JSON.parse((await scan('fires')).stdout) as ScanResult;
    expect(result.errors).toEqual([]);
    const after = newFindings(result).find((f) => f.ruleId === 'processing-after-withdrawal');
    expect(after?.message).toBe(
      "events: 12 rows of 3 subjects are dated after their consent to 'personalization' was withdrawn, and 6 rows of 3 subjects have no consent in consent_log covering them",
    );
    expect(after?.data).toMatchObject({ countedBy: 'database' });
    expect(newFindings(result).find((f) => f.ruleId === 'aggregate-release' && f.field === undefined)?.data).toMatchObject({ groups: 3, smallGroups: 1, smallest: 3, countedBy: 'database' });
  });

  it('keeps the quiet twin quiet', async () => {
    const result = JSON.parse((await scan('quiet')).stdout) as ScanResult;
    expect(result.errors).toEqual([]);
    expect(newFindings(result).map(brief)).toEqual([]);
  });

  it('prints no planted id or value in any format, nor on stderr', async () => {
    const values = planted('fires');
    for (const format of FORMATS) {
      const run = await scan('fires', format);
      expect([...new Set(values.filter((v) => (run.stdout + run.stderr).includes(v)))], format).toEqual([]);
    }
  });
});
