// Warehouse benchmark (issue 25): a 100-million-row table in a DuckDB file and, when
// DATAMIN_BENCH_CLICKHOUSE_URL is set, a 10-million-row ClickHouse table, both generated inside
// their engines (range() / numbers()) and kept for the next run. Each is scanned by the built CLI
// in this process, so the rows the source received from the engine can be counted
// (dist/sources/db/shared.js rowsReceived); prints the time, the rows received against
// --sample, and retention-exceeded against a brute-force count in the engine. Exits 1 when more
// rows left an engine than the sample, counts and days allow, or the counts differ.
// Usage: node scripts/bench-warehouse.mjs [--dir bench-data] [--duckdb-rows 100000000]
//        [--clickhouse-rows 10000000] [--sample 10000]   (npm run bench runs it at the end)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = path.resolve(root, opt('dir', 'bench-data'), 'warehouse');
const duckdbRows = Number(opt('duckdb-rows', '100000000'));
const clickhouseRows = Number(opt('clickhouse-rows', '10000000'));
const sample = Number(opt('sample', '10000'));
mkdirSync(dir, { recursive: true });

const { main } = await import(pathToFileURL(path.join(root, 'dist/cli/main.js')).href);
const { rowsReceived } = await import(pathToFileURL(path.join(root, 'dist/sources/db/shared.js')).href);

/** Retention P2Y on `events.created` against the clock of 2026-11-30: the cutoff is 2024-11-30. */
const NOW = new Date('2026-11-30T12:00:00Z');
const CUTOFF = '2024-11-30';
writeFileSync(
  path.join(dir, 'datamin.yaml'),
  'version: 1\npurposes:\n  analytics:\n    legal_basis: consent\n    retention: P2Y\ndatasets:\n  events:\n    retention_field: created\n    fields:\n      email: [analytics]\n      created: [analytics]\n',
);

async function scan(url, kind) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (c) => (stdout += String(c)), isTTY: false },
    stderr: { write: (c) => (stderr += String(c)), isTTY: false },
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
    now: () => NOW,
  };
  const before = rowsReceived[kind] ?? 0;
  const started = performance.now();
  const code = await main(['scan', url, '--sample', String(sample), '--jobs', '1', '--format', 'json'], io);
  const seconds = (performance.now() - started) / 1000;
  if (code === 2) throw new Error(`scan of ${kind} failed: ${stderr || stdout.slice(0, 500)}`);
  const result = JSON.parse(stdout);
  const finding = result.findings.find((f) => f.ruleId === 'retention-exceeded' && f.dataset === 'events');
  return { seconds, received: (rowsReceived[kind] ?? 0) - before, rows: result.datasets.find((d) => d.name === 'events')?.rows, retained: finding?.data?.rows };
}

let failed = false;
function report(kind, run, brute, allowed) {
  const ok = run.retained === brute && run.received <= allowed;
  failed ||= !ok;
  console.log(
    `${kind}: scan of ${run.rows?.toLocaleString('en-US')} rows in ${run.seconds.toFixed(2)} s; ${run.received.toLocaleString('en-US')} rows received ` +
      `(sample ${sample} + counts and days, at most ${allowed.toLocaleString('en-US')}); retention-exceeded ${run.retained} vs brute force ${brute}${ok ? '' : '  <-- FAILED'}`,
  );
}

// DuckDB: one table, created once; a file of another size is made anew.
{
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const file = path.join(dir, 'warehouse.duckdb');
  const count = async (connection, sql) => Number((await connection.runAndReadAll(sql)).getRowsJson()[0][0]);
  let instance = await DuckDBInstance.create(file);
  let connection = await instance.connect();
  const present = await count(connection, `SELECT coalesce(max(estimated_size), 0) FROM duckdb_tables() WHERE table_name = 'events'`);
  if (present !== duckdbRows) {
    const started = performance.now();
    await connection.run(`CREATE OR REPLACE TABLE events AS SELECT i AS id, 'user' || (i % 1000003) || '@example.org' AS email,
        TIMESTAMP '2016-01-01 00:00:00' + to_seconds(i * 3) AS created FROM range(${duckdbRows}) t(i)`);
    console.log(`created ${duckdbRows.toLocaleString('en-US')} rows in DuckDB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const brute = await count(connection, `SELECT count(*) FROM events WHERE created < TIMESTAMP '${CUTOFF} 00:00:00'`);
  const days = await count(connection, 'SELECT count(DISTINCT CAST(created AS DATE)) FROM events');
  connection.closeSync();
  instance.closeSync();
  instance = connection = undefined;
  report('duckdb', await scan('duckdb:warehouse.duckdb', 'duckdb'), brute, sample + days + 10);
}

const clickhouseUrl = process.env.DATAMIN_BENCH_CLICKHOUSE_URL;
if (clickhouseUrl) {
  const { createClient, ClickHouseLogLevel } = await import('@clickhouse/client');
  const parsed = new URL(clickhouseUrl);
  const admin = createClient({ url: `http://${parsed.host}`, username: parsed.username || 'default', password: decodeURIComponent(parsed.password), database: parsed.pathname.slice(1) || 'default', log: { level: ClickHouseLogLevel.OFF } });
  const value = async (query) => Number(Object.values((await (await admin.query({ query, format: 'JSONEachRow' })).json())[0] ?? { n: 0 })[0]);
  // Only this table is scanned: the URL's database may hold others.
  const present = await value(`SELECT count() AS n FROM system.tables WHERE database = currentDatabase() AND name = 'events'`).then((n) => (n ? value('SELECT count() AS n FROM events') : -1));
  if (present !== clickhouseRows) {
    const started = performance.now();
    await admin.command({ query: 'DROP TABLE IF EXISTS events' });
    await admin.command({ query: 'CREATE TABLE events (id UInt64, email String, created DateTime) ENGINE = MergeTree ORDER BY (id, intHash32(id)) SAMPLE BY intHash32(id)' });
    await admin.command({ query: `INSERT INTO events SELECT number, concat('user', toString(number % 1000003), '@example.org'), toDateTime('2016-01-01 00:00:00', 'UTC') + number * 30 FROM numbers(${clickhouseRows})` });
    console.log(`created ${clickhouseRows.toLocaleString('en-US')} rows in ClickHouse in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const brute = await value(`SELECT count() AS n FROM events WHERE created < toDateTime('${CUTOFF} 00:00:00', 'UTC')`);
  const days = await value(`SELECT uniqExact(toDate(created, 'UTC')) AS n FROM events`);
  const tables = await value(`SELECT count() AS n FROM system.tables WHERE database = currentDatabase()`);
  await admin.close();
  report('clickhouse', await scan(clickhouseUrl, 'clickhouse'), brute, tables * sample + days + 1000);
} else console.log('clickhouse: skipped (set DATAMIN_BENCH_CLICKHOUSE_URL to a database it may create a table in)');

if (args.includes('--clean')) rmSync(dir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
