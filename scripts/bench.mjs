// The speed and memory benchmark (issue 8): generates a seeded CSV and NDJSON export of a given
// size, then times on the same files, alternating runs so machine noise hits all alike:
//   (a) a bare papaparse streaming parse that does nothing else,
//   (b) `datamin scan` with default settings,
//   (c) `datamin scan --sample all` (every value through every value detector),
// plus NDJSON (b), and `--jobs 1` vs `--jobs 2` on two equal files. Prints MB/s, rows/s, peak RSS.
// Usage: node scripts/bench.mjs [--size 1GB] [--runs 2] [--dir bench-data] [--keep]
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, rmSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
const dir = path.resolve(root, opt('dir', 'bench-data'));
mkdirSync(dir, { recursive: true });

// Seeded generator: about 12 columns mixing personal and harmless values, some quoted multi-line text.
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

async function generate(file, kind) {
  if (existsSync(file) && Math.abs(statSync(file).size - size) < size * 0.02) return;
  const out = createWriteStream(file);
  let written = 0;
  let i = 0;
  if (kind === 'csv') {
    const header = Object.keys(record(0)).join(',') + '\n';
    out.write(header);
    written += header.length;
  }
  seed = 1234567;
  while (written < size) {
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

/** Runs a command, sampling its RSS from /proc (Linux) for the peak. */
function timed(cmd, argv) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const m = /VmHWM:\s+(\d+) kB/.exec(status);
        if (m) peak = Math.max(peak, Number(m[1]) * 1024);
      } catch { /* exited */ }
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0 && code !== 1) reject(new Error(`${argv.join(' ')} exited ${code}`));
      else resolve({ seconds, peak, stdout });
    });
  });
}

const csv = path.join(dir, 'bench.csv');
const ndjson = path.join(dir, 'bench.ndjson');
const twinDir = path.join(dir, 'twins');
console.log(`generating ${(size / 1e6).toFixed(0)} MB CSV and NDJSON in ${path.relative(root, dir)}/ …`);
await generate(csv, 'csv');
await generate(ndjson, 'ndjson');
mkdirSync(twinDir, { recursive: true });
const half = path.join(dir, 'half.csv');
if (!existsSync(path.join(twinDir, 'a.csv'))) {
  // Two equal files of half the size each, for the --jobs comparison.
  const savedSize = size;
  await (async () => {
    const target = Math.round(savedSize / 2);
    const out = createWriteStream(half);
    let written = 0;
    for await (const chunk of createReadStream(csv, { highWaterMark: 1 << 20 })) {
      out.write(chunk);
      written += chunk.length;
      if (written >= target) break;
    }
    await new Promise((r) => out.end(r));
  })();
  copyFileSync(half, path.join(twinDir, 'a.csv'));
  copyFileSync(half, path.join(twinDir, 'b.csv'));
  rmSync(half);
}

const bin = path.join(root, 'bin/datamin.js');
const bare = path.join(root, 'scripts/bench-bare-papaparse.mjs');
const cases = {
  'a: bare papaparse (CSV)': [process.execPath, [bare, csv]],
  'b: datamin scan (CSV)': [process.execPath, [bin, 'scan', csv, '--format', 'json', '--quiet', '--jobs', '1']],
  'c: datamin scan --sample all (CSV)': [process.execPath, [bin, 'scan', csv, '--format', 'json', '--quiet', '--jobs', '1', '--sample', 'all']],
  'd: datamin scan (NDJSON)': [process.execPath, [bin, 'scan', ndjson, '--format', 'json', '--quiet', '--jobs', '1']],
  'e: two files, --jobs 1': [process.execPath, [bin, 'scan', twinDir, '--format', 'json', '--quiet', '--jobs', '1']],
  'f: two files, --jobs 2': [process.execPath, [bin, 'scan', twinDir, '--format', 'json', '--quiet', '--jobs', '2']],
};
const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let r = 0; r < runs; r++) {
  for (const [name, [cmd, argv]] of Object.entries(cases)) {
    const res = await timed(cmd, argv);
    results[name].push(res);
    process.stdout.write(`  run ${r + 1} ${name}: ${res.seconds.toFixed(1)} s\n`);
  }
}
const rowsOf = (stdout) => {
  try {
    const json = JSON.parse(stdout);
    return json.datasets.reduce((n, d) => n + (d.rows ?? 0), 0);
  } catch {
    return Number(/rows=(\d+)/.exec(stdout)?.[1] ?? 0);
  }
};
const best = (name) => results[name].reduce((a, b) => (b.seconds < a.seconds ? b : a));
const bytes = { a: statSync(csv).size, b: statSync(csv).size, c: statSync(csv).size, d: statSync(ndjson).size, e: 2 * statSync(path.join(twinDir, 'a.csv')).size, f: 2 * statSync(path.join(twinDir, 'a.csv')).size };
console.log(`\nmachine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.availableParallelism()}, Node ${process.version}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log('\n| case | MB/s | rows/s | peak RSS |\n| --- | ---: | ---: | ---: |');
for (const name of Object.keys(cases)) {
  const b = best(name);
  const mb = bytes[name[0]] / 1e6;
  const rows = rowsOf(b.stdout);
  console.log(`| ${name} | ${(mb / b.seconds).toFixed(1)} | ${rows ? Math.round(rows / b.seconds).toLocaleString('en-US') : '–'} | ${(b.peak / 2 ** 20).toFixed(0)} MB |`);
}
const t = (n) => best(n).seconds;
console.log(`\nb/a = ${(t('a: bare papaparse (CSV)') / t('b: datamin scan (CSV)')).toFixed(2)} (target ≥ 0.8)`);
console.log(`c/a = ${(t('a: bare papaparse (CSV)') / t('c: datamin scan --sample all (CSV)')).toFixed(2)} (target ≥ 0.5)`);
console.log(`--jobs 2 speed-up = ${(t('e: two files, --jobs 1') / t('f: two files, --jobs 2')).toFixed(2)}× (target ≥ 1.7)`);
if (!args.includes('--keep')) console.log(`(data kept in ${path.relative(root, dir)}/ for the next run; delete it when done)`);
