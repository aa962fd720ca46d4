// Rewrites the source table of corpus/README.md from each source.json, labels.json and
// corpus/split.json, so the table cannot drift from the corpus it describes.
// Usage: node scripts/accuracy/corpus-table.mjs [--check]   (--check: exit 1 when the README is stale)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CORPUS = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'corpus');
const README = join(CORPUS, 'README.md');
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

const { split } = read(join(CORPUS, 'split.json'));
const ids = readdirSync(CORPUS)
  .filter((d) => existsSync(join(CORPUS, d, 'source.json')))
  .sort();

/** Fields labelled, and those personal (an ambiguous label counts by its lean), as the scorer counts them. */
function counts(id) {
  const { labels } = read(join(CORPUS, id, 'labels.json'));
  let fields = 0;
  let personal = 0;
  for (const dataset of Object.values(labels)) {
    for (const label of Object.values(dataset)) {
      fields++;
      if ((Array.isArray(label) ? label : label.lean).length > 0) personal++;
    }
  }
  return { fields, personal };
}

const rows = ids.map((id) => {
  const source = read(join(CORPUS, id, 'source.json'));
  const origins = [...new Set(source.files.map((f) => `${f.repo}@${f.commit.slice(0, 10)}`))].join(', ');
  const { fields, personal } = counts(id);
  return { id, split: split[id], line: `| \`${id}\` | ${split[id]} | ${source.domain} | ${source.format} | ${fields} | ${personal} | ${source.license} | ${origins} |`, personal };
});
const unsplit = rows.filter((r) => r.split !== 'dev' && r.split !== 'test');
if (unsplit.length > 0) {
  console.error(`not in corpus/split.json: ${unsplit.map((r) => r.id).join(', ')} (node scripts/accuracy/split.mjs --add)`);
  process.exit(2);
}
const test = rows.filter((r) => r.split === 'test');
const personalShare = test.reduce((n, r) => n + r.personal, 0) / rows.reduce((n, r) => n + r.personal, 0);

const text = readFileSync(README, 'utf8');
const lines = text.split('\n');
const first = lines.findIndex((l) => l.startsWith('| `'));
let last = first;
while (lines[last + 1]?.startsWith('| `')) last++;
lines.splice(first, last - first + 1, ...rows.map((r) => r.line));
const updated = lines
  .join('\n')
  .replace(/^\d+ public schemas and exports written by others/m, `${rows.length} public schemas and exports written by others`)
  .replace(/\d+ of \d+\s+sources, \d+ % of the personal fields/, `${test.length} of ${rows.length} sources, ${Math.round(personalShare * 100)} % of the personal fields`);

if (process.argv.includes('--check')) {
  if (updated !== text) {
    console.error('corpus/README.md is stale: node scripts/accuracy/corpus-table.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(README, updated);
  console.log(`corpus/README.md: ${rows.length} sources, ${test.length} test (${Math.round(personalShare * 100)} % of the personal fields)`);
}
