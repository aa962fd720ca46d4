// Passwords in database URLs are never printed: not in the report, not in errors.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/scan/url-label.js';
import { runCli } from '../helpers/run-cli.js';

describe('database URL redaction', () => {
  it.each([
    ['postgres://alice:s3cr3t-pw@127.0.0.1:1/shop', 's3cr3t-pw'],
    ['mysql://bob:hunter2pw@127.0.0.1:1/shop?password=hunter2pw', 'hunter2pw'],
    ['postgres://carol@127.0.0.1:1/shop?sslpassword=topsecret9', 'topsecret9'],
    ['clickhouse://dave:ch-pass-42@127.0.0.1:1/analytics', 'ch-pass-42'],
    ['clickhouses://erin:ch-pass-43@127.0.0.1:1/analytics?password=ch-pass-43', 'ch-pass-43'],
    ['clickhouse://frank:ch/pa?ss#44@127.0.0.1:1/analytics', 'pa?ss'],
    // Cloud warehouses: tokens where the user name goes, and key material or endpoints in parameters.
    ['databricks://dapi0123456789abcdef0123456789abcdef@adb-1.azuredatabricks.net/sql/1.0/warehouses/abc', 'dapi0123456789abcdef'],
    ['trino://eyJhbGciOiJSUzI1NiJ9.payload.sig@trino.example.com:443/hive/default', 'eyJhbGci'],
    ['snowflake://scanner:pw-Xy7!q@acme-eu1/analytics/public?private_key_file_pwd=keypass77', 'keypass77'],
    ['bigquery://acme/crm?credentials=eyJ0eXBlIjoic2VydmljZV9hY2NvdW50In0&endpoint=http://10.0.0.1', 'eyJ0eXBl'],
    ['snowflake://Z8kq2mV9xR4tL7wN1pB6cY3hJ5sD0fGaQeTu@acme/analytics', 'Z8kq2mV9xR4tL7wN1pB6cY3hJ5sD0fGaQeTu'],
    ['redshift://scanner:rs-pw-77@cluster.abc.eu-west-1.redshift.amazonaws.com:5439/dev?password=rs-pw-77', 'rs-pw-77'],
    ['presto://eyJhbGciOiJSUzI1NiJ9.payload.sig@presto.example.com:443/hive/default', 'eyJhbGci'],
  ])('%s', (url, secret) => {
    expect(redactUrl(url)).not.toContain(secret);
  });

  it('a duckdb: path is shown as the path it names, without its query', () => {
    expect(redactUrl('duckdb:data/shop.duckdb?statement_timeout=5s')).toBe('duckdb:data/shop.duckdb');
    expect(redactUrl('duckdb:///srv/shop.duckdb')).toBe('duckdb:///srv/shop.duckdb');
  });

  it('an unreachable ClickHouse with a password in its URL or CLICKHOUSE_PASSWORD: exit 2, no password anywhere', async () => {
    for (const [url, env] of [
      ['clickhouse://dave:ch-pass-42@127.0.0.1:1/analytics', {}],
      ['clickhouse://dave@127.0.0.1:1/analytics', { CLICKHOUSE_PASSWORD: 'ch-pass-42' }],
    ] as const) {
      const run = await runCli(['scan', url, '--format', 'json'], { cwd: process.cwd(), env });
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).not.toContain('ch-pass-42');
      const result = JSON.parse(run.stdout) as { errors: Array<{ file?: string; message: string }> };
      expect(result.errors).toEqual([expect.objectContaining({ file: 'clickhouse://dave@127.0.0.1:1/analytics', message: 'cannot connect to ClickHouse: connection refused' })]);
    }
  });

  it('keeps a plain user name and the parts that say what is scanned', () => {
    expect(redactUrl('snowflake://scanner:pw@acme-eu1/analytics/public?warehouse=scan_wh')).toBe('snowflake://scanner@acme-eu1/analytics/public');
    expect(redactUrl('bigquery://acme/crm?endpoint=http://127.0.0.1:9050&location=EU')).toBe('bigquery://acme/crm');
    expect(redactUrl('trino://analyst@trino.example.com:8443/hive/sales')).toBe('trino://analyst@trino.example.com:8443/hive/sales');
  });

  it('an unreachable database with a password in its URL: exit 2, no password anywhere', async () => {
    const run = await runCli(['scan', 'postgres://alice:s3cr3t-pw@127.0.0.1:1/shop?password=s3cr3t-pw', '--format', 'json'], { cwd: process.cwd() });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toContain('s3cr3t-pw');
    const result = JSON.parse(run.stdout) as { errors: Array<{ file?: string; message: string }> };
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].file).toContain('127.0.0.1');
  });
});

// Generated passwords hold `/`, `?`, `#` and `@`; unencoded they break URL parsing or shift the
// password into the path. Neither may bring any part of the password into an output.
describe('database URL redaction: passwords with URL delimiters', () => {
  const cases = [
    ['postgres://u:ab/cd@127.0.0.1:1/db', ['ab/cd', 'cd@']],
    ['postgres://u:12/zq9x@127.0.0.1:1/db', ['zq9x', '12/']],
    ['mysql://u:p?w#x@127.0.0.1:1/db', ['p?w', 'w#x']],
    ['postgres://u:a@b/c@127.0.0.1:1/db?password=qq/7', ['a@b', 'b/c', 'qq/7']],
  ] as const;

  it.each(cases)('redactUrl(%s) keeps no part of the password', (url, parts) => {
    const shown = redactUrl(url);
    for (const part of parts) expect(shown).not.toContain(part);
    expect(shown).toContain('127.0.0.1');
  });

  it.each(cases)('scanning %s: exit 2, no part of the password in any format or on stderr', async (url, parts) => {
    const dir = mkdtempSync(join(tmpdir(), 'datamin-url-'));
    const outputs = ['json', 'markdown', 'junit', 'sarif', 'html', 'table'].map((f) => ['--format', `${f}=${join(dir, `out.${f}`)}`]).flat();
    const run = await runCli(['scan', url, ...outputs], { cwd: dir });
    expect(run.code).toBe(2);
    const written = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(written.length).toBeGreaterThan(1000);
    for (const part of parts) expect(run.stdout + run.stderr + written).not.toContain(part);
    expect(written).toContain('percent-encode');
    rmSync(dir, { recursive: true, force: true });
  });
});
