// The accuracy benchmark (issue 3): generates the labelled synthetic corpus, scans it and the
// labelled real-world corpus with the built CLI, prints per-category and field-level figures and
// a reliability table, and writes test/fixtures/accuracy/figures.json.
// Usage: npm run build && node scripts/accuracy/run.mjs [--rows N] [--verbose] [--no-write] [--dev-only]
// --dev-only (for tuning) scores synthetic, real-world and the tuning sources of dev, never the
// test part nor dev's calibration sources, and writes nothing: whoever tunes must not see test
// figures, nor fit rules to the sources the confidence calibration is fitted on. The full run
// scores dev (all of it), its calibration sources alone, and test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMALL, generateCorpus } from './corpus.mjs';
import { VALUE_DETECTABLE, calibrationTable, markdownTable, score, summary } from './score.mjs';
import { scorePart } from './labelled.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'test/fixtures/accuracy');
const args = process.argv.slice(2);
const rows = Number(args[args.indexOf('--rows') + 1]) || 1000;
const verbose = args.includes('--verbose');
const devOnly = args.includes('--dev-only');

function scan(dir) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/datamin.js'), 'scan', dir, '--format', 'json'], { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`datamin scan ${dir} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  return JSON.parse(run.stdout);
}

function synthetic(n, seed = SMALL.seed) {
  // A folder of its own per run: two runs at once (two clones, two helpers) shared one fixed path
  // and deleted each other's corpus mid-scan.
  const dir = mkdtempSync(join(tmpdir(), `datamin-accuracy-${n}-`));
  const labels = generateCorpus({ dir, rows: n, seed });
  const result = scan(dir);
  rmSync(dir, { recursive: true, force: true });
  return { labels, result };
}

/** Real-world labels: every field of a scored dataset not listed is expected to hold nothing. */
function realWorld() {
  const spec = JSON.parse(readFileSync(join(FIXTURES, 'corpus-labels.json'), 'utf8'));
  const corpus = resolve(ROOT, spec.corpus);
  const labels = [];
  const fields = [];
  for (const name of spec.inputs) {
    const dir = join(corpus, name);
    if (!existsSync(dir)) {
      console.error(`skipped ${name}: ${dir} not found`);
      continue;
    }
    // Schema inputs are scored on the datasets about people only (corpus-labels.json `scoredDatasets`).
    const only = spec.scoredDatasets?.[name];
    const scanned = scan(dir).fields.filter((f) => only === undefined || only.includes(f.dataset));
    fields.push(...scanned);
    for (const f of scanned) {
      const label = spec.labels[`${f.dataset}.${f.field}`];
      const entry = Array.isArray(label) ? { categories: label } : (label ?? { categories: [] });
      labels.push({ dataset: f.dataset, field: f.field, categories: entry.categories, acceptable: entry.acceptable ?? [] });
    }
  }
  const seen = new Set(fields.map((f) => `${f.dataset}.${f.field}`));
  const unmatched = Object.keys(spec.labels).filter((k) => !seen.has(k));
  return { labels, result: { fields }, unmatched };
}

const fmt = (x) => (x === null || x === undefined ? '—' : x.toFixed(3));

function report(title, s) {
  console.log(`\n## ${title}\n`);
  console.log(`fields: ${s.fields}  field-level personal data: TP ${s.field.tp} FP ${s.field.fp} FN ${s.field.fn} TN ${s.field.tn}  precision ${fmt(s.field.precision)} recall ${fmt(s.field.recall)} F1 ${fmt(s.field.f1)}`);
  console.log(`look-alike columns reported: ${s.lookalikeHits.length}${s.lookalikeHits.map((h) => `\n  ${h.dataset}.${h.field} → ${h.got.join(', ')}`).join('')}\n`);
  console.log(markdownTable(s.categories));
  console.log(`\nReliability (reported confidence vs observed precision):\n\n${calibrationTable(s.calibration)}`);
  if (verbose) for (const e of s.errors) console.log(`  ${e.kind} ${e.dataset}.${e.field} ${e.category ?? ''} ${JSON.stringify(e.got ?? e.expected ?? '')} ${e.confidence ?? ''}`);
}

/** Targets of issue 3, checked against the figures. */
function targets(syn, real) {
  const out = [];
  out.push([`synthetic field-level F1 ≥ 0.97`, syn.field.f1 >= 0.97, fmt(syn.field.f1)]);
  out.push([`real-world field-level F1 ≥ 0.93`, real.field.f1 >= 0.93, fmt(real.field.f1)]);
  for (const [id, c] of Object.entries(syn.categories)) {
    const goal = VALUE_DETECTABLE.has(id) ? 0.9 : 0.85;
    out.push([`synthetic ${id} F1 ≥ ${goal}`, (c.f1 ?? 0) >= goal, fmt(c.f1)]);
  }
  out.push(['no look-alike column reported', syn.lookalikeHits.length === 0, String(syn.lookalikeHits.length)]);
  return out;
}

/** Targets of issue 21, on the frozen test part only. */
function labelledTargets(test) {
  const out = [];
  out.push(['test: field-level personal-data F1 ≥ 0.93', test.all.field.f1 >= 0.93, fmt(test.all.field.f1)]);
  const cats = Object.values(test.all.categories);
  const micro = cats.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const microF1 = (2 * micro.tp) / (2 * micro.tp + micro.fp + micro.fn);
  out.push(['test: category micro-F1 ≥ 0.88', microF1 >= 0.88, fmt(microF1)]);
  out.push(['test: precision ≥ 0.95 on schema-only sources', test.schemaOnly.field.precision >= 0.95, fmt(test.schemaOnly.field.precision)]);
  for (const [id, c] of Object.entries(test.all.categories)) if (c.tp + c.fn >= 5) out.push([`test: ${id} F1 ≥ 0.85 (${c.tp + c.fn} fields)`, (c.f1 ?? 0) >= 0.85, fmt(c.f1)]);
  for (const b of test.all.calibration) if (b.reported >= 20) {
    // The band's mean reported confidence against the share of its reports that are right.
    out.push([`test: band ${b.band} (${b.reported} reported, mean confidence ${fmt(b.confidence)}) within 0.1 of its precision`, Math.abs(b.precision - b.confidence) <= 0.1, fmt(b.precision)]);
  }
  return out;
}

/**
 * The test part by when its sources joined (the first split, then each `additions` entry of
 * split.json): a later cohort was labelled after more tuning, so it shows what carries over.
 */
function cohorts(data) {
  const { additions = [] } = JSON.parse(readFileSync(join(ROOT, 'corpus', 'split.json'), 'utf8'));
  const added = additions.map((a, i) => ({ name: `added ${i + 1}: ${a.reason.split(' (')[0]}`, ids: new Set(Object.keys(a.sources)) }));
  const later = new Set(added.flatMap((a) => [...a.ids]));
  const groups = [{ name: 'of the first split', ids: new Set(data.sources.map((s) => s.id).filter((id) => !later.has(id))) }, ...added];
  const inGroup = (ids) => (item) => ids.has(item.dataset.slice(0, item.dataset.indexOf('/')));
  return groups.map(({ name, ids }) => {
    const present = data.sources.filter((s) => ids.has(s.id)).length;
    const part = score(data.labels.filter(inGroup(ids)), { fields: data.fields.filter(inGroup(ids)) });
    return { name, sources: present, field: part.field };
  }).filter((c) => c.sources > 0);
}

function main() {
  const full = synthetic(rows);
  const syn = score(full.labels, full.result);
  report(`Synthetic corpus (${rows} rows per dataset, ${new Set(full.labels.map((l) => l.dataset)).size} datasets)`, syn);
  const small = synthetic(SMALL.rows);
  const smallScore = score(small.labels, small.result);
  console.log(`\nsmall corpus (${SMALL.rows} rows, the regression test's): field F1 ${fmt(smallScore.field.f1)}, look-alike hits ${smallScore.lookalikeHits.length}`);
  const real = realWorld();
  const realScore = score(real.labels, real.result);
  report('Real-world corpus (/work/shared/corpus, labelled by hand)', realScore);
  if (real.unmatched.length > 0) console.log(`\nlabels with no scanned field: ${real.unmatched.join(', ')}`);
  const parts = {};
  for (const part of devOnly ? ['tuning'] : ['dev', 'calibration', 'test']) {
    const p = scorePart(part);
    parts[part] = p;
    // Error lists are printed for dev only: the test part is scored, never read for tuning.
    const show = verbose && part === 'tuning';
    const saved = verbose;
    report(`Labelled corpus, ${part} part (${p.data.sources.length} sources${p.data.missing.length ? `, ${p.data.missing.length} not materialized` : ''})`, show ? p.all : { ...p.all, errors: [] });
    console.log(`schema-only sources: precision ${fmt(p.schemaOnly.field.precision)} recall ${fmt(p.schemaOnly.field.recall)} F1 ${fmt(p.schemaOnly.field.f1)}`);
    console.log(`unlabelled scanned fields: ${p.data.unlabelled.length}; labels not scanned: ${p.data.notScanned.length}`);
    if (show && p.data.notScanned.length) console.log(p.data.notScanned.slice(0, 50).join('\n'));
    void saved;
    if (part === 'test') {
      p.cohorts = cohorts(p.data);
      for (const c of p.cohorts) console.log(`test sources ${c.name} (${c.sources}): precision ${fmt(c.field.precision)} recall ${fmt(c.field.recall)} F1 ${fmt(c.field.f1)}`);
    }
  }
  console.log('\n## Targets\n');
  for (const [what, ok, got] of targets(syn, realScore)) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}  (${got})`);
  if (devOnly) return;
  for (const [what, ok, got] of labelledTargets(parts.test)) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}  (${got})`);
  if (!args.includes('--no-write')) {
    const labelled = Object.fromEntries(Object.entries(parts).map(([k, p]) => [k, { sources: p.data.sources.length, missing: p.data.missing, ...summary(p.all), schemaOnly: summary(p.schemaOnly).field, ...(p.cohorts ? { cohorts: p.cohorts } : {}) }]));
    const figures = { synthetic: { rows, ...summary(syn) }, small: { ...SMALL, ...summary(smallScore) }, realWorld: summary(realScore), labelled };
    writeFileSync(join(FIXTURES, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`\nwrote ${join('test/fixtures/accuracy', 'figures.json')}`);
  }
}

main();
