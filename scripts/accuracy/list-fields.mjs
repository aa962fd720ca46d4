// Prints the datasets and fields datamin reads from a corpus source, as a label skeleton, without
// any classification: the labeller gets the exact dataset and field names to label (LABELLING.md
// naming) and never sees what datamin detects, so the labels stay independent of the classifier.
// Usage: npm run build && node scripts/accuracy/list-fields.mjs corpus/<source> [> skeleton.json]
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const target = process.argv[2];
if (!target) {
  console.error('usage: node scripts/accuracy/list-fields.mjs <folder or file>');
  process.exit(2);
}
const run = spawnSync(process.execPath, [join(ROOT, 'bin/datamin.js'), 'scan', target, '--format', 'json', '--fail-on', 'critical', '-q'], {
  maxBuffer: 1 << 30,
  encoding: 'utf8',
});
if (run.status !== 0 && run.status !== 1 && !run.stdout) {
  console.error(run.stderr.trim());
  process.exit(2);
}
const result = JSON.parse(run.stdout);
const skeleton = {};
for (const f of result.fields) {
  const fields = (skeleton[f.dataset] ??= {});
  // Only what the labeller needs to find the column; the categories are left out on purpose.
  fields[f.field] = { type: f.type ?? null, comment: f.comment ? String(f.comment).slice(0, 120) : null, source: f.source.replace(`${target}/`, ''), line: f.line ?? null };
}
if (run.stderr.trim()) console.error(run.stderr.trim());
console.log(JSON.stringify(skeleton, null, 1));
