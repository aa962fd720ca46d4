#!/usr/bin/env node
// Proves that a refactoring changes no result: runs the built CLI (`bin/datamin.js scan …
// --format json`) on every scan input under test/fixtures (each CLI case with its args.txt,
// every supported file alone, every fixture folder, big-enough CSV/NDJSON files split into
// ranges on two threads and under `--sample all`) and on the shared corpus when present, and
// writes one normalized JSON per run into a folder. `--compare <dirA> <dirB>` then diffs two
// such folders and exits 1 on any difference.
//
//   node scripts/result-identity.mjs --out /tmp/before [--corpus ../shared/corpus | --no-corpus] [--only <regex>]
//   node scripts/result-identity.mjs --compare /tmp/before /tmp/after
//
// Normalized away: what differs between two runs of the same code (timings, the version, the
// start time, today's date, absolute paths of the checkout and the corpus). Nothing else.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(repo, 'bin', 'datamin.js');
const fixtures = path.join(repo, 'test', 'fixtures');
/** Exports that the engine may read in byte ranges: each is also scanned split (see splitCases). */
const SPLITTABLE = /\.(csv|tsv|ndjson|jsonl)$/i;

/** Keys whose values differ between two runs of the same code. */
const VOLATILE_KEYS = new Set(['durationMs', 'startedAt']);

/**
 * A result as two runs of the same code on the same inputs give it: timings, the start time and
 * the tool version dropped; the checkout, the corpus and today's date replaced by placeholders.
 */
export function normalizeResult(value, roots = {}) {
  const today = new Date().toISOString().slice(0, 10);
  const replacements = Object.entries(roots)
    .filter(([, dir]) => dir)
    .sort(([, a], [, b]) => b.length - a.length);
  const text = (s) => {
    let out = s;
    for (const [name, dir] of replacements) out = out.split(dir).join(`<${name}>`);
    return out.split(today).join('<today>');
  };
  const walk = (v, key) => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === 'object') {
      const out = {};
      for (const [k, x] of Object.entries(v)) {
        if (VOLATILE_KEYS.has(k)) continue;
        if (key === 'tool' && k === 'version') continue;
        out[k] = walk(x, k);
      }
      return out;
    }
    return v;
  };
  return walk(value);
}

/** The stdout of a run as data: its JSON normalized, or its text when it is not JSON. */
export function normalizeRun(run, roots = {}) {
  let stdout;
  try {
    stdout = normalizeResult(JSON.parse(run.stdout), roots);
  } catch {
    stdout = normalizeResult(run.stdout, roots);
  }
  // Timings on stderr ("… in 1.2 s") are the only volatile part of it.
  const stderr = normalizeResult(run.stderr, roots).replace(/\d+(\.\d+)?\s?(ms|s)\b/g, '<time>');
  return { exitCode: run.exitCode, stdout, stderr };
}

/** The first differences between two values, as `path: a ≠ b` lines. */
export function differences(a, b, at = '$', out = [], limit = 20) {
  if (out.length >= limit) return out;
  if (Object.is(a, b)) return out;
  const isObj = (v) => v !== null && typeof v === 'object';
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    if (Array.isArray(a) && a.length !== b.length) out.push(`${at}.length: ${a.length} ≠ ${b.length}`);
    for (const k of keys) differences(a[k], b[k], Array.isArray(a) ? `${at}[${k}]` : `${at}.${k}`, out, limit);
    return out;
  }
  const show = (v) => (v === undefined ? 'absent' : JSON.stringify(v).slice(0, 160));
  out.push(`${at}: ${show(a)} ≠ ${show(b)}`);
  return out;
}

/** Compares two output folders; returns the lines to print (empty when identical). */
export function compareFolders(dirA, dirB) {
  const list = (dir) => new Set(readdirSync(dir).filter((f) => f.endsWith('.json')));
  const a = list(dirA);
  const b = list(dirB);
  const lines = [];
  for (const f of [...a].sort()) if (!b.has(f)) lines.push(`only in ${dirA}: ${f}`);
  for (const f of [...b].sort()) if (!a.has(f)) lines.push(`only in ${dirB}: ${f}`);
  for (const f of [...a].sort()) {
    if (!b.has(f)) continue;
    const diff = differences(JSON.parse(readFileSync(path.join(dirA, f), 'utf8')), JSON.parse(readFileSync(path.join(dirB, f), 'utf8')));
    if (diff.length > 0) lines.push(`${f}:`, ...diff.map((d) => `  ${d}`));
  }
  return lines;
}

function parseArgs(text) {
  return [...text.trim().matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** A case's args with every output choice replaced by `--format json` on stdout. */
function jsonArgs(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a === '-f' || a === '--output' || a === '-o') i++;
    else if (!/^(--format|--output)=/.test(a)) out.push(a);
  }
  return [...out, '--format', 'json', '--quiet'];
}

function walkFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walkFiles(full));
    else out.push(full);
  }
  return out.sort();
}

const caseId = (...parts) => parts.join('__').replace(/[^A-Za-z0-9._-]+/g, '_');

/** Every run to make: { id, args, cwd, env }. */
async function planCases({ corpus, only }) {
  const { isSupportedFile } = await import(pathToFileURL(path.join(repo, 'dist', 'sources', 'index.js')).href);
  const cases = [];
  const rel = (f) => path.relative(repo, f).split(path.sep).join('/');
  // 1. The CLI cases as their tests run them (scan commands only), with JSON output.
  const cliDir = path.join(fixtures, 'cli');
  for (const name of readdirSync(cliDir).sort()) {
    const argsFile = path.join(cliDir, name, 'args.txt');
    if (!existsSync(argsFile)) continue;
    const args = parseArgs(readFileSync(argsFile, 'utf8'));
    if (args[0] !== 'scan') continue;
    cases.push({ id: caseId('cli', name), args: jsonArgs(args), cwd: path.join(cliDir, name) });
  }
  // 2. Every supported file alone (the golden expected.json files are outputs, not inputs).
  const files = walkFiles(fixtures).filter((f) => isSupportedFile(f) && path.basename(f) !== 'expected.json');
  for (const file of files) cases.push({ id: caseId('file', rel(file)), args: ['scan', rel(file), '--format', 'json', '--quiet'], cwd: repo });
  // 3. Every fixture folder as one scan of several inputs.
  const folders = [...new Set(files.map((f) => path.dirname(f)))].sort();
  for (const folder of folders) cases.push({ id: caseId('folder', rel(folder)), args: ['scan', rel(folder), '--format', 'json', '--quiet'], cwd: repo });
  // 4. Splittable exports read in about three ranges on two threads, and under --sample all.
  for (const file of files.filter((f) => SPLITTABLE.test(f))) {
    const size = statSync(file).size;
    if (size < 3000) continue;
    const env = { DATAMIN_RANGE_BYTES: String(Math.floor(size / 3)) };
    cases.push({ id: caseId('split', rel(file)), args: ['scan', rel(file), '--jobs', '2', '--format', 'json', '--quiet'], cwd: repo, env });
    cases.push({ id: caseId('split-all', rel(file)), args: ['scan', rel(file), '--jobs', '2', '--sample', 'all', '--format', 'json', '--quiet'], cwd: repo, env });
    cases.push({ id: caseId('sample-50', rel(file)), args: ['scan', rel(file), '--sample', '50', '--format', 'json', '--quiet'], cwd: repo });
  }
  // 5. The shared corpus: each entry whole, split, and under --sample all.
  if (corpus) {
    for (const entry of readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      cases.push({ id: caseId('corpus', entry), args: ['scan', entry, '--format', 'json', '--quiet'], cwd: corpus });
      cases.push({ id: caseId('corpus-split', entry), args: ['scan', entry, '--jobs', '2', '--format', 'json', '--quiet'], cwd: corpus, env: { DATAMIN_RANGE_BYTES: '400000' } });
      cases.push({ id: caseId('corpus-all', entry), args: ['scan', entry, '--sample', 'all', '--format', 'json', '--quiet'], cwd: corpus });
      cases.push({ id: caseId('corpus-sample-100', entry), args: ['scan', entry, '--sample', '100', '--format', 'json', '--quiet'], cwd: corpus });
    }
  }
  return only ? cases.filter((c) => only.test(c.id)) : cases;
}

function runCli({ args, cwd, env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

async function record({ out, corpus, only, jobs }) {
  if (!existsSync(bin) || !existsSync(path.join(repo, 'dist', 'sources', 'index.js'))) throw new Error('no build: run `npm run build` first');
  mkdirSync(out, { recursive: true });
  const cases = await planCases({ corpus, only });
  const roots = { repo, ...(corpus ? { corpus: path.resolve(corpus) } : {}) };
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++];
      const run = await runCli(c);
      const normalized = { args: c.args, ...(c.env ? { env: c.env } : {}), ...normalizeRun(run, roots) };
      writeFileSync(path.join(out, `${c.id}.json`), `${JSON.stringify(normalized, null, 2)}\n`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return cases.length;
}

async function cli(argv) {
  const flag = (name) => {
    const i = argv.indexOf(name);
    return i < 0 ? undefined : argv[i + 1];
  };
  if (argv.includes('--compare')) {
    const i = argv.indexOf('--compare');
    const [dirA, dirB] = [argv[i + 1], argv[i + 2]];
    if (!dirA || !dirB) throw new Error('--compare needs two folders');
    const lines = compareFolders(dirA, dirB);
    for (const line of lines) console.log(line);
    console.log(lines.length === 0 ? `result-identity: ${readdirSync(dirA).length} results identical` : 'result-identity: results differ');
    return lines.length === 0 ? 0 : 1;
  }
  const out = flag('--out');
  if (!out) throw new Error('usage: result-identity.mjs --out <dir> [--corpus <dir> | --no-corpus] [--only <regex>] [--jobs n] | --compare <dirA> <dirB>');
  const wanted = argv.includes('--no-corpus') ? undefined : path.resolve(flag('--corpus') ?? process.env.DATAMIN_CORPUS ?? path.join(repo, '..', 'shared', 'corpus'));
  const corpus = wanted && existsSync(wanted) ? wanted : undefined;
  if (wanted && !corpus) console.log(`result-identity: no corpus at ${wanted}; scanning the fixtures only`);
  const only = flag('--only') === undefined ? undefined : new RegExp(flag('--only'));
  const jobs = Number(flag('--jobs') ?? Math.max(1, Math.min(2, availableParallelism())));
  const count = await record({ out: path.resolve(out), corpus, only, jobs });
  console.log(`result-identity: ${count} results written to ${out}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`result-identity: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
