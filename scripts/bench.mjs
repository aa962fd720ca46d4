// The speed and memory benchmark (issue 8): generates a seeded CSV and NDJSON export of a given
// size, then times on the same files, alternating the commands run by run so machine noise hits
// all alike:
//   (a) a bare papaparse streaming parse that does nothing else,
//   (b) `datamin scan` with default settings (a big CSV is read in byte ranges on every core),
//   (b1) the same on one thread (`--jobs 1`): the per-core cost of the scanner,
//   (c) `datamin scan --sample all` (every value through every value detector), (c1) on one thread,
//   (d) `datamin scan` on the NDJSON export (also read in byte ranges), (d1) on one thread,
//   (e/f) two equal files of half the size, `--jobs 1` vs `--jobs 2`,
//   (g1/g2) the reader and profiler alone on those two files, on one thread vs two
//   (scripts/bench-ceiling.mjs): the most `--jobs 2` could reach on this machine,
//   (s) `datamin scan` of a 50 KB CSV: the start-up and fixed costs every run pays,
//   (o) `datamin scan` of a generated Django project of 2,000 models (scripts/make-orm-project.mjs),
//   on the realistic export (issue 27; scripts/bench-realistic.mjs: phones in national formats of
//   several countries, free text embedding e-mails and phones, long free-text cells):
//   (ra) bare papaparse, (rb) `datamin scan`, (rc) `--sample all`, and, through the optional
//   @duckdb/node-api (scripts/bench-duckdb.mjs; left out with a note when it is not installed),
//   (rq) DuckDB `count(*)` and (rs) DuckDB `SUMMARIZE` of the same file as reference rows,
// then times every value detector on 1 MB adversarial strings, and, when
// DATAMIN_BENCH_POSTGRES_URL is set, scans a 10-million-row PostgreSQL table it creates there,
// and last the warehouse benchmark (scripts/bench-warehouse.mjs; `--no-warehouse` leaves it out).
// Prints MB/s, rows/s and peak RSS (getrusage, via scripts/bench-rss.mjs) for each case, and
// every ratio of each round as the round ends, then per round and their median at the end.
// Usage: node scripts/bench.mjs [--size 1GB] [--runs 2] [--dir bench-data] [--only a,b,c]
//        [--realistic-size 1GB] [--pg-rows 10000000] [--no-warehouse] [--clean]
//        (--clean deletes the generated files at the end; --realistic-size defaults to --size)
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const parseSize = (s) => {
  const m = /^([0-9.]+)\s*(KB|MB|GB)?$/i.exec(s);
  if (!m) throw new Error(`bad --size ${s}`);
  return Math.round(Number(m[1]) * { KB: 1e3, MB: 1e6, GB: 1e9 }[(m[2] ?? 'MB').toUpperCase()]);
};
const size = parseSize(opt('size', '1GB'));
const runs = Number(opt('runs', '2'));
const realisticSize = parseSize(opt('realistic-size', opt('size', '1GB')));
const only = opt('only', 'a,b,b1,c,c1,d,d1,e,f,g1,g2,s,o,ra,rb,rc,rq,rs').split(',');
const pgRows = Number(opt('pg-rows', '10000000'));
const dir = path.resolve(root, opt('dir', 'bench-data'));
mkdirSync(dir, { recursive: true });

// Seeded generator: 12 columns mixing personal and harmless values, some quoted multi-line text.
let seed = 1234567;
const rnd = () => {
  seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
};
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (l) => l[Math.floor(rnd() * l.length)];
const FIRST = ['Anna', 'Søren', 'Zoë', 'Jürgen', 'Élodie', 'Mateo', 'Giulia', 'Daan', 'João', 'Olivia'];
const LAST = ['Müller', 'García', 'Rossi', 'de Vries', 'Dubois', 'Smith', 'Kowalski', 'Nielsen'];
const pad = (n, w = 2) => String(n).padStart(w, '0');
function record(i) {
  const f = pick(FIRST), l = pick(LAST);
  const note = rnd() < 0.1 ? `Customer called on +49 30 ${int(2000000, 8999999)}.\nSecond line, "quoted" text.` : rnd() < 0.05 ? `write to ${f.toLowerCase()}@example.com` : 'ok';
  return {
    id: i, order_ref: `ORD-${pad(i, 9)}`, first_name: f, last_name: l, email: `${f}.${l}${int(1, 999)}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, ''),
    phone: `+44 79${int(10, 99)} ${int(100000, 999999)}`, ip: `${int(11, 223)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    created_at: `${int(2015, 2026)}-${pad(int(1, 12))}-${pad(int(1, 28))}T10:00:00Z`, amount: (rnd() * 500).toFixed(2), sku: `SKU-${int(1000, 9999)}-BLK`,
    status: pick(['new', 'paid', 'shipped', 'returned']), notes: note,
  };
}
const csvCell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** Writes whole records until the file reaches `bytes`; same seed, so equal sizes give equal files. */
async function generate(file, kind, bytes) {
  if (existsSync(file) && Math.abs(statSync(file).size - bytes) < bytes * 0.02) return;
  const out = createWriteStream(file);
  let written = 0;
  let i = 0;
  if (kind === 'csv') {
    const header = Object.keys(record(0)).join(',') + '\n';
    out.write(header);
    written += Buffer.byteLength(header);
  }
  seed = 1234567;
  while (written < bytes) {
    let chunk = '';
    for (let k = 0; k < 2000; k++) {
      const r = record(++i);
      chunk += kind === 'csv' ? Object.values(r).map(csvCell).join(',') + '\n' : JSON.stringify(r) + '\n';
    }
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

/** Runs a command to its end; wall time, CPU time and peak RSS (from the preloaded bench-rss.mjs), stdout. */
function timed(cmd, argv) {
  const rssFile = path.join(dir, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BENCH_RSS_FILE: rssFile } });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const { peak, cpu } = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, 'utf8')) : { peak: NaN, cpu: NaN };
      rmSync(rssFile, { force: true });
      if (code !== 0 && code !== 1) reject(new Error(`${argv.join(' ')} exited ${code}`));
      else resolve({ seconds, cpu, peak, stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}

const csv = path.join(dir, 'bench.csv');
const realistic = path.join(dir, 'realistic.csv');
const ndjson = path.join(dir, 'bench.ndjson');
const twinDir = path.join(dir, 'twins');
const ormDir = path.join(dir, 'django-2000');
let ormBytes = 0;
if (only.includes('o')) {
  const { makeDjangoProject } = await import(pathToFileURL(path.join(root, 'scripts/make-orm-project.mjs')).href);
  ormBytes = makeDjangoProject(ormDir, 2000);
}
if (['a', 'b', 'b1', 'c', 'c1'].some((k) => only.includes(k))) {
  console.log(`generating ${(size / 1e6).toFixed(0)} MB CSV and NDJSON in ${path.relative(root, dir)}/ …`);
  await generate(csv, 'csv', size);
}
if (only.includes('d') || only.includes('d1')) await generate(ndjson, 'ndjson', size);
if (['ra', 'rb', 'rc', 'rq', 'rs'].some((k) => only.includes(k))) {
  console.log(`generating the ${(realisticSize / 1e6).toFixed(0)} MB realistic CSV in ${path.relative(root, dir)}/ …`);
  const { generateRealistic } = await import(pathToFileURL(path.join(root, 'scripts/bench-realistic.mjs')).href);
  await generateRealistic(realistic, realisticSize);
}
// DuckDB is an optional dependency: without it its reference rows are left out, with a note.
let duckdbInstalled = true;
try {
  await import('@duckdb/node-api');
} catch {
  duckdbInstalled = false;
  if (only.includes('rq') || only.includes('rs')) console.log('note: @duckdb/node-api is not installed (optional dependency): the DuckDB reference rows rq and rs are left out');
}
if (['e', 'f', 'g1', 'g2'].some((k) => only.includes(k))) {
  // Two byte-identical files of half the size each, cut at a record boundary.
  mkdirSync(twinDir, { recursive: true });
  await generate(path.join(twinDir, 'a.csv'), 'csv', Math.round(size / 2));
  if (!existsSync(path.join(twinDir, 'b.csv')) || statSync(path.join(twinDir, 'b.csv')).size !== statSync(path.join(twinDir, 'a.csv')).size) {
    copyFileSync(path.join(twinDir, 'a.csv'), path.join(twinDir, 'b.csv'));
  }
}

const node = (...argv) => [process.execPath, ['--import', pathToFileURL(path.join(root, 'scripts/bench-rss.mjs')).href, ...argv]];
const bin = path.join(root, 'bin/datamin.js');
const scan = (target, ...extra) => node(bin, 'scan', target, '--format', 'json', '--quiet', ...extra);
const allCases = {
  a: ['a: bare papaparse (CSV)', node(path.join(root, 'scripts/bench-bare-papaparse.mjs'), csv), () => statSync(csv).size],
  b: ['b: datamin scan (CSV)', scan(csv), () => statSync(csv).size],
  b1: ['b1: datamin scan --jobs 1 (CSV)', scan(csv, '--jobs', '1'), () => statSync(csv).size],
  c: ['c: datamin scan --sample all (CSV)', scan(csv, '--sample', 'all'), () => statSync(csv).size],
  c1: ['c1: datamin scan --sample all --jobs 1 (CSV)', scan(csv, '--jobs', '1', '--sample', 'all'), () => statSync(csv).size],
  d: ['d: datamin scan (NDJSON)', scan(ndjson), () => statSync(ndjson).size],
  d1: ['d1: datamin scan --jobs 1 (NDJSON)', scan(ndjson, '--jobs', '1'), () => statSync(ndjson).size],
  e: ['e: two files, --jobs 1', scan(twinDir, '--jobs', '1'), () => 2 * statSync(path.join(twinDir, 'a.csv')).size],
  f: ['f: two files, --jobs 2', scan(twinDir, '--jobs', '2'), () => 2 * statSync(path.join(twinDir, 'a.csv')).size],
  g1: ['g1: reader alone, two files, one thread', node(path.join(root, 'scripts/bench-ceiling.mjs'), twinDir, '--threads', '1'), () => 2 * statSync(path.join(twinDir, 'a.csv')).size],
  g2: ['g2: reader alone, two files, two threads', node(path.join(root, 'scripts/bench-ceiling.mjs'), twinDir, '--threads', '2'), () => 2 * statSync(path.join(twinDir, 'a.csv')).size],
  s: ['s: datamin scan of a 50 KB CSV (start-up)', scan(path.join(root, 'examples/customers.csv')), () => statSync(path.join(root, 'examples/customers.csv')).size],
  o: ['o: datamin scan of a 2,000-model Django project', scan(ormDir), () => ormBytes],
  ra: ['ra: bare papaparse (realistic CSV)', node(path.join(root, 'scripts/bench-bare-papaparse.mjs'), realistic), () => statSync(realistic).size],
  rb: ['rb: datamin scan (realistic CSV)', scan(realistic), () => statSync(realistic).size],
  rc: ['rc: datamin scan --sample all (realistic CSV)', scan(realistic, '--sample', 'all'), () => statSync(realistic).size],
  rq: ['rq: DuckDB count(*) (realistic CSV)', node(path.join(root, 'scripts/bench-duckdb.mjs'), realistic, 'count'), () => statSync(realistic).size],
  rs: ['rs: DuckDB SUMMARIZE (realistic CSV)', node(path.join(root, 'scripts/bench-duckdb.mjs'), realistic, 'summarize'), () => statSync(realistic).size],
};
const cases = Object.fromEntries(Object.entries(allCases).filter(([k]) => only.includes(k) && (duckdbInstalled || (k !== 'rq' && k !== 'rs'))));
/** The ratios to print: [label, case whose time is divided, case it is divided by, target]. */
const RATIOS = [
  ['a/b', 'a', 'b', 'target ≥ 0.8'],
  ['a/c', 'a', 'c', 'target ≥ 0.5'],
  ['e/f (--jobs 2 speed-up)', 'e', 'f', 'target ≥ 1.7'],
  ['rc/ra (--sample all vs papaparse)', 'rc', 'ra', 'target ≤ 1.5'],
  ['rb/rs (default scan vs DuckDB SUMMARIZE)', 'rb', 'rs', 'target ≤ 1'],
  ['rb/ra', 'rb', 'ra', ''],
  ['rs/rq', 'rs', 'rq', ''],
].filter(([, x, y]) => cases[x] && cases[y]);
const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let r = 0; r < runs; r++) {
  // Alternate: every case once per round, so a noisy minute hits each case alike.
  for (const [key, [name, [cmd, argv]]] of Object.entries(cases)) {
    const res = await timed(cmd, argv);
    results[key].push(res);
    process.stdout.write(`  run ${r + 1} ${name}: ${res.seconds.toFixed(2)} s (CPU ${res.cpu.toFixed(2)} s), ${(res.peak / 2 ** 20).toFixed(0)} MB\n`);
  }
  // Every ratio of this round (time over time, wall and CPU), and the machine's load meanwhile.
  for (const [label, x, y, target] of RATIOS) {
    const [p, q] = [results[x][r], results[y][r]];
    process.stdout.write(`  round ${r + 1} ${label} = ${(p.seconds / q.seconds).toFixed(2)} wall, ${(p.cpu / q.cpu).toFixed(2)} CPU${target ? ` (${target})` : ''}\n`);
  }
  process.stdout.write(`  round ${r + 1} load average: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}\n`);
}
const rowsOf = (stdout) => {
  const bare = /^rows=(\d+)/.exec(stdout);
  if (bare) return Number(bare[1]);
  const json = JSON.parse(stdout);
  return json.datasets.reduce((n, d) => n + (d.rows ?? 0), 0);
};
const best = (key) => results[key].reduce((a, b) => (b.seconds < a.seconds ? b : a));
const spread = (key) => {
  const s = results[key].map((r) => r.seconds);
  return s.length > 1 ? `${Math.round(((Math.max(...s) - Math.min(...s)) / Math.min(...s)) * 100)}%` : '–';
};
console.log(`\nmachine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.availableParallelism()}, Node ${process.version}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; best of ${runs}`);
console.log('\n| case | MB/s | rows/s | peak RSS | wall s | CPU s | run-to-run spread |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [key, [name, , bytesOf]] of Object.entries(cases)) {
  const b = best(key);
  const rows = rowsOf(b.stdout);
  console.log(`| ${name} | ${(bytesOf() / 1e6 / b.seconds).toFixed(1)} | ${Math.round(rows / b.seconds).toLocaleString('en-US')} | ${(b.peak / 2 ** 20).toFixed(0)} MB | ${b.seconds.toFixed(2)} | ${b.cpu.toFixed(2)} | ${spread(key)} |`);
}
const t = (k) => best(k).seconds;
// CPU-time ratios too: on a shared machine they are steadier than wall time (single-threaded cases).
const cpu = (k) => Math.min(...results[k].map((r) => r.cpu));
// Ratios within each round as well: the two cases of a round ran minutes apart at most, so a
// slow spell of the shared machine hits both; the median of those is the figure to trust when
// the best-of ratio and the spread disagree.
const perRound = (fast, slow) => results[fast].map((r, i) => r.seconds / results[slow][i].seconds);
const median = (l) => {
  const sorted = [...l].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const rounds = (fast, slow) => (runs > 1 ? `; per round ${perRound(fast, slow).map((x) => x.toFixed(2)).join(', ')}, median ${median(perRound(fast, slow)).toFixed(2)}` : '');
if (cases.a && cases.b) console.log(`\nb/a = ${(t('a') / t('b')).toFixed(2)} wall${rounds('a', 'b')} (target ≥ 0.8)`);
if (cases.a && cases.b1) console.log(`b1/a = ${(t('a') / t('b1')).toFixed(2)} wall, ${(cpu('a') / cpu('b1')).toFixed(2)} CPU (one thread)`);
if (cases.a && cases.c) console.log(`c/a = ${(t('a') / t('c')).toFixed(2)} wall${rounds('a', 'c')} (target ≥ 0.5)`);
if (cases.a && cases.c1) console.log(`c1/a = ${(t('a') / t('c1')).toFixed(2)} wall, ${(cpu('a') / cpu('c1')).toFixed(2)} CPU (one thread)`);
if (cases.e && cases.f) console.log(`--jobs 2 speed-up = ${(t('e') / t('f')).toFixed(2)}×${rounds('e', 'f')} (target ≥ 1.7)`);
if (cases.g1 && cases.g2) console.log(`reader alone on two threads = ${(t('g1') / t('g2')).toFixed(2)}×${rounds('g1', 'g2')} (the ceiling for --jobs 2 here)`);
for (const [label, x, y, target] of RATIOS.filter(([, x]) => x.startsWith('r'))) {
  const round = results[x].map((res, i) => res.seconds / results[y][i].seconds);
  console.log(`${label} = ${(t(x) / t(y)).toFixed(2)} best-of wall; per round ${round.map((v) => v.toFixed(2)).join(', ')}, median ${median(round).toFixed(2)}${target ? ` (${target})` : ''}`);
}
if (cases.s) console.log(`start-up: a scan of a 50 KB CSV takes ${t('s').toFixed(2)} s`);
if (cases.o) console.log(`ORM models: a scan of a 2,000-model Django project (100 models.py files) takes ${t('o').toFixed(2)} s`);

// Regular-expression safety: every value detector on 1 MB adversarial strings (target < 50 ms).
const { valueDetectors } = await import(pathToFileURL(path.join(root, 'dist/detectors/value/index.js')).href);
const ADVERSARIAL = {
  letters: 'a'.repeat(1e6), digits: '1'.repeat(1e6), 'at-signs': 'a@'.repeat(5e5), 'digit-dashes': '1-'.repeat(5e5),
  'digit-spaces': '4 '.repeat(5e5), 'email-ish': 'a.b@c.'.repeat(166_667), 'hex-colons': 'ab:'.repeat(333_334),
  'plus-digits': '+4'.repeat(5e5), 'jwt-ish': 'eyJ' + 'a'.repeat(1e6),
};
let worst = { ms: 0, id: '', input: '' };
for (const detector of valueDetectors) {
  for (const [input, value] of Object.entries(ADVERSARIAL)) {
    const started = performance.now();
    if (detector.prefilter?.(value) !== false) detector.match(value);
    const ms = performance.now() - started;
    if (ms > worst.ms) worst = { ms, id: detector.id, input };
  }
}
console.log(`\nadversarial 1 MB strings: slowest value detector ${worst.id} on ${worst.input}: ${worst.ms.toFixed(1)} ms (target < 50 ms)`);

// PostgreSQL at scale: sampling happens inside the database (TABLESAMPLE), so time should not
// grow with the table. Creates the table once (generate_series inside the server).
const pgUrl = process.env.DATAMIN_BENCH_POSTGRES_URL;
if (pgUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  const table = 'datamin_bench_customers';
  const present = await client.query('SELECT reltuples::bigint AS n FROM pg_class WHERE relname = $1', [table]);
  if (Number(present.rows[0]?.n ?? -1) !== pgRows) {
    const started = Date.now();
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.query(`CREATE TABLE ${table} AS SELECT g AS id,
        (ARRAY['anna','soren','zoe','jurgen','elodie','mateo','giulia','daan','joao','olivia'])[1 + g % 10] || '.' || g || '@example.com' AS email,
        (ARRAY['Anna','Søren','Zoë','Jürgen','Élodie','Mateo','Giulia','Daan','João','Olivia'])[1 + (g * 7) % 10] AS first_name,
        '+44 79' || lpad(((g * 37) % 100)::text, 2, '1') || ' ' || lpad(((g::bigint * 7919) % 900000 + 100000)::text, 6, '0') AS phone,
        ((g % 200) + 11) || '.' || ((g * 3) % 256) || '.' || ((g * 7) % 256) || '.' || ((g % 254) + 1) AS ip,
        timestamptz '2015-01-01' + (g % 4000) * interval '1 day' AS created_at,
        round(((g * 13) % 50000) / 100.0, 2) AS amount,
        (ARRAY['new','paid','shipped','returned'])[1 + g % 4] AS status
      FROM generate_series(1, ${pgRows}) AS g`);
    await client.query(`ANALYZE ${table}`);
    console.log(`\ncreated ${table} with ${pgRows.toLocaleString('en-US')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await client.end();
  for (let r = 0; r < runs; r++) {
    const res = await timed(...scan(pgUrl));
    const json = JSON.parse(res.stdout);
    const dataset = json.datasets.find((d) => d.name.endsWith(table));
    console.log(`postgres: datamin scan of ${(dataset?.rows ?? 0).toLocaleString('en-US')} rows (run ${r + 1}): ${res.seconds.toFixed(2)} s, peak RSS ${(res.peak / 2 ** 20).toFixed(0)} MB`);
  }
}

// Warehouses: a 100-million-row DuckDB file (and a ClickHouse table when
// DATAMIN_BENCH_CLICKHOUSE_URL is set), scanned inside their engines (scripts/bench-warehouse.mjs).
if (!args.includes('--no-warehouse')) {
  console.log('');
  const warehouse = spawn(process.execPath, [path.join(root, 'scripts/bench-warehouse.mjs'), '--dir', dir], { stdio: 'inherit' });
  const code = await new Promise((resolve) => warehouse.on('close', resolve));
  if (code !== 0) process.exitCode = 1;
}

if (args.includes('--clean')) {
  rmSync(dir, { recursive: true, force: true });
  console.log(`\ndeleted ${path.relative(root, dir)}/`);
} else console.log(`\n(data kept in ${path.relative(root, dir)}/ for the next run; --clean deletes it)`);
