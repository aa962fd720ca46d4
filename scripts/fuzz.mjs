#!/usr/bin/env node
// `npm run fuzz`: hostile and random inputs of every source kind, with planted personal values,
// scanned by the built CLI into every output format. Reports crashes (exit code other than
// 0/1/2, a stack trace or "internal/unexpected error" on stderr), hangs, leaks (a
// planted value in any output without --show-values) and lost files (an input the result names
// neither as scanned nor in an error). Exits 1 on any problem and prints each reproducing input.
//
//   node scripts/fuzz.mjs [--inputs N] [--seed S] [--budget-seconds T] [--timeout-seconds T]
//                         [--wall-timeout-seconds W] [--jobs N] [--ci] [--keep] [--dir DIR]
//
// A hang is a scan that spends --timeout-seconds (60) of CPU time, or --wall-timeout-seconds
// (10 × that) of wall time, without an answer. CPU time, read from /proc, is what a scan costs
// whatever else the machine runs: on a shared, loaded machine a 4 s scan can take minutes of
// wall time, which says how busy the machine is, not that the scan hangs. The wall bound catches
// a scan blocked without using CPU (a FIFO, a lock). Without /proc the timeout is wall time.
//
// --ci leaves out the big hostile sizes (1 MB of brackets, long strings, thousands of tables),
// which the full run adds. The PDF is rendered for one input in 20 (a crash or hang counts; its text is
// compressed, so the leak check reads the other formats). Run `npm run build` first.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crashReason, findLeaks, lostFiles } from './fuzz/checks.mjs';
import { runWithBudget } from './fuzz/run-with-budget.mjs';
import { generateInput, SOURCE_KINDS } from './fuzz/generators.mjs';
import { sentinels } from './fuzz/sentinels.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(root, 'bin', 'datamin.js');
const TEXT_FORMATS = { json: 'result.json', sarif: 'result.sarif', markdown: 'result.md', junit: 'result.xml', html: 'result.html' };

function parseArgs(argv) {
  const options = { inputs: 200, seed: 1, budgetSeconds: Infinity, timeoutSeconds: 60, wallTimeoutSeconds: undefined, jobs: 1, ci: false, keep: false, dir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    if (flag === '--inputs') options.inputs = Number(value());
    else if (flag === '--seed') options.seed = Number(value());
    else if (flag === '--budget-seconds') options.budgetSeconds = Number(value());
    else if (flag === '--timeout-seconds') options.timeoutSeconds = Number(value());
    else if (flag === '--wall-timeout-seconds') options.wallTimeoutSeconds = Number(value());
    else if (flag === '--jobs') options.jobs = Number(value());
    else if (flag === '--dir') options.dir = value();
    else if (flag === '--ci') options.ci = true;
    else if (flag === '--keep') options.keep = true;
    else throw new Error(`unknown option ${flag}`);
  }
  for (const key of ['inputs', 'seed', 'budgetSeconds', 'timeoutSeconds', 'jobs', ...(options.wallTimeoutSeconds === undefined ? [] : ['wallTimeoutSeconds'])]) {
    if (!(options[key] > 0) && !(key === 'seed' && options[key] === 0)) throw new Error(`--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} must be a positive number`);
  }
  return options;
}

/** Mulberry32: the same seed gives the same inputs on every machine. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates, scans and judges input `index`; returns its problems (empty when it passed). */
async function fuzzOne(index, options, workDir) {
  const random = mulberry32(options.seed * 1_000_003 + index);
  const kind = SOURCE_KINDS[Math.floor(random() * SOURCE_KINDS.length)];
  const dir = path.join(workDir, `input-${index}`);
  const inputDir = path.join(dir, 'in');
  const outDir = path.join(dir, 'out');
  mkdirSync(inputDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const input = generateInput(kind, random, sentinels(index, random), !options.ci, inputDir, (file, data) => {
    // Migrations sit in their folders (`shop/migrations/`, `alembic/versions/`).
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  });
  const withPdf = random() < 0.05;
  const formats = Object.entries(TEXT_FORMATS).map(([format, file]) => `${format}=${path.join(outDir, file)}`);
  if (withPdf) formats.push(`pdf=${path.join(outDir, 'result.pdf')}`);
  const args = ['scan', '.', '-q', '-v', '--format', 'table', ...formats.flatMap((f) => ['--format', f])];
  const started = Date.now();
  const run = await runWithBudget([BIN, ...args], inputDir, options.timeoutSeconds, options.wallTimeoutSeconds ?? options.timeoutSeconds * 10);
  const problems = [];
  if (run.timedOut) problems.push({ type: 'hang', detail: run.timedOut });
  else {
    const crash = crashReason(run);
    if (crash) problems.push({ type: 'crash', detail: `${crash}: ${run.stderr.split('\n').slice(0, 3).join(' | ')}` });
  }
  const outputs = [
    { name: 'stdout', text: run.stdout },
    { name: 'stderr', text: run.stderr },
    ...Object.values(TEXT_FORMATS).filter((file) => existsSync(path.join(outDir, file))).map((file) => ({ name: file, text: readFileSync(path.join(outDir, file), 'utf8') })),
  ];
  for (const leak of findLeaks(outputs, input.values)) problems.push({ type: 'leak', detail: `${leak.output} holds a planted value (as ${JSON.stringify(leak.form)})` });
  const resultFile = path.join(outDir, TEXT_FORMATS.json);
  if (!run.timedOut && existsSync(resultFile)) {
    let result;
    try {
      result = JSON.parse(readFileSync(resultFile, 'utf8'));
    } catch {
      problems.push({ type: 'crash', detail: 'the JSON result does not parse' });
    }
    const inputs = input.files.filter((f) => !f.config && !f.optional).map((f) => f.name);
    if (result) for (const file of lostFiles(result, inputs)) problems.push({ type: 'lost', detail: `${file} is neither scanned nor reported` });
  } else if (!run.timedOut && (run.code === 0 || run.code === 1)) {
    problems.push({ type: 'lost', detail: 'no JSON result was written' });
  }
  return { index, kind, dir, inputDir, problems, ms: Date.now() - started };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(path.join(root, 'dist', 'bundle'))) throw new Error('dist/ is missing: run `npm run build` first');
  const workDir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), `datamin-fuzz-${options.seed}-`));
  mkdirSync(workDir, { recursive: true });
  const deadline = Date.now() + options.budgetSeconds * 1000;
  const failed = [];
  const tally = { inputs: 0, crash: 0, hang: 0, leak: 0, lost: 0 };
  let next = 0;
  const worker = async () => {
    while (next < options.inputs && Date.now() < deadline) {
      const outcome = await fuzzOne(next++, options, workDir);
      tally.inputs++;
      for (const type of new Set(outcome.problems.map((p) => p.type))) tally[type]++;
      if (outcome.problems.length > 0) {
        failed.push(outcome);
        for (const problem of outcome.problems) process.stdout.write(`${problem.type} #${outcome.index} ${outcome.kind}: ${problem.detail}\n  input: ${outcome.inputDir}\n`);
      } else if (!options.keep) rmSync(outcome.dir, { recursive: true, force: true });
    }
  };
  await Promise.all(Array.from({ length: options.jobs }, worker));
  process.stdout.write(`fuzz: seed ${options.seed}, ${tally.inputs} inputs: ${tally.crash} crashes, ${tally.hang} hangs, ${tally.leak} leaks, ${tally.lost} lost files\n`);
  if (failed.length === 0 && !options.keep && options.dir === undefined) rmSync(workDir, { recursive: true, force: true });
  else if (failed.length > 0) process.stdout.write(`reproduce: node bin/datamin.js scan . -v --format json, in each input folder above (kept under ${workDir})\n`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
