// Scores datamin against the hand-labelled corpus (corpus/<id>/labels.json) by its frozen split
// (corpus/split.json): dev is what the classifier may be developed against, test is only ever
// scored. The files themselves are not in git (they are other people's work; see
// corpus/README.md): sources whose files/ folder is missing are skipped and counted.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { score } from './score.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = join(ROOT, 'corpus');
/** Formats that carry no values: precision on them is held to its own target. */
export const SCHEMA_FORMATS = new Set(['postgres-ddl', 'mysql-ddl', 'sqlite-ddl', 'prisma', 'openapi', 'json-schema', 'rails-schema', 'django-models', 'mongoose', 'avro', 'proto', 'drizzle', 'graphql', 'typeorm', 'sequelize', 'sqlalchemy-models']);

function scan(dir) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/datamin.js'), 'scan', dir, '--format', 'json', '-q'], { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (!run.stdout) throw new Error(`datamin scan ${dir} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  return JSON.parse(run.stdout);
}

/** A label as score() takes it: a plain array is definite; {lean, accept} is ambiguous. */
function entry(dataset, field, label) {
  if (Array.isArray(label)) return { dataset, field, categories: label, acceptable: [] };
  return { dataset, field, categories: label.lean ?? [], acceptable: label.accept ?? [] };
}

/**
 * The source ids of a part: 'test'; 'dev' (all of it); 'calibration' (the dev sources the
 * confidence calibration is fitted on, never tuned on); 'tuning' (dev without those: what
 * tuning may read).
 */
export function partSources(part) {
  const { split, calibration } = JSON.parse(readFileSync(join(CORPUS, 'split.json'), 'utf8'));
  const held = new Set(calibration?.sources ?? []);
  const inPart = {
    dev: (id) => split[id] === 'dev',
    test: (id) => split[id] === 'test',
    calibration: (id) => split[id] === 'dev' && held.has(id),
    tuning: (id) => split[id] === 'dev' && !held.has(id),
  }[part];
  if (!inPart) throw new Error(`unknown part ${part}: dev, test, calibration or tuning`);
  return Object.keys(split).filter(inPart).sort();
}

/**
 * Scans every materialized source of `part` (see partSources) and returns the labels, the scanned
 * fields (one result) and bookkeeping: missing sources, unlabelled fields, labels not scanned.
 */
export function labelledPart(part) {
  const out = { labels: [], fields: [], sources: [], missing: [], unlabelled: [], notScanned: [], schemaOnly: { labels: [], fields: [] } };
  for (const id of partSources(part)) {
    const dir = join(CORPUS, id, 'files');
    if (!existsSync(dir)) {
      out.missing.push(id);
      continue;
    }
    const meta = JSON.parse(readFileSync(join(CORPUS, id, 'source.json'), 'utf8'));
    const spec = JSON.parse(readFileSync(join(CORPUS, id, 'labels.json'), 'utf8')).labels;
    // Dataset names are prefixed with the source id: two sources may both have a `users` table.
    const fields = scan(dir).fields.map((f) => ({ ...f, dataset: `${id}/${f.dataset}` }));
    const labels = [];
    const seen = new Set();
    for (const f of fields) {
      const local = f.dataset.slice(id.length + 1);
      const label = spec[local]?.[f.field];
      seen.add(`${local}\0${f.field}`);
      if (label === undefined) out.unlabelled.push(`${f.dataset}.${f.field}`);
      else labels.push(entry(f.dataset, f.field, label));
    }
    for (const [dataset, byField] of Object.entries(spec)) for (const field of Object.keys(byField)) if (!seen.has(`${dataset}\0${field}`)) out.notScanned.push(`${id}/${dataset}.${field}`);
    out.labels.push(...labels);
    out.fields.push(...fields);
    if (SCHEMA_FORMATS.has(meta.format)) {
      out.schemaOnly.labels.push(...labels);
      out.schemaOnly.fields.push(...fields);
    }
    out.sources.push({ id, format: meta.format, domain: meta.domain });
  }
  return out;
}

/** Scores one part: overall, schema-only, and the bookkeeping. */
export function scorePart(part) {
  const data = labelledPart(part);
  return {
    data,
    all: score(data.labels, { fields: data.fields }),
    schemaOnly: score(data.schemaOnly.labels, { fields: data.schemaOnly.fields }),
  };
}
