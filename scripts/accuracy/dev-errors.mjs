// Prints the dev part's errors (false positives and negatives, with confidence), grouped by
// category, for whoever tunes the classifier. There is deliberately no way to print the test
// part's errors: it is only ever scored (corpus/split.json). Nor does it show the calibration
// sources of dev: the confidence calibration is fitted on them because no rule was tuned on them.
// Usage: npm run build && node scripts/accuracy/dev-errors.mjs [category-prefix] > dev-errors.txt
import { scorePart } from './labelled.mjs';

const only = process.argv[2];
const { all, data } = scorePart('tuning');
const fmt = (x) => (x === null || x === undefined ? '—' : x.toFixed(3));
console.log(`dev (tuning sources, without the calibration ones): ${data.sources.length} sources, ${all.fields} fields; field-level precision ${fmt(all.field.precision)} recall ${fmt(all.field.recall)} F1 ${fmt(all.field.f1)}`);
const byCategory = new Map();
for (const e of all.errors) {
  const key = e.category ?? e.kind;
  if (only && !key.startsWith(only)) continue;
  byCategory.set(key, [...(byCategory.get(key) ?? []), e]);
}
for (const [category, errors] of [...byCategory.entries()].sort()) {
  console.log(`\n## ${category}: ${errors.filter((e) => e.kind === 'FP').length} FP, ${errors.filter((e) => e.kind === 'FN').length} FN`);
  for (const e of errors) console.log(`${e.kind} ${e.dataset}.${e.field} ${e.kind === 'FP' ? `@${e.confidence} expected ${JSON.stringify(e.expected)}` : `got ${JSON.stringify(e.got)}`}`);
}
