// Freezes the dev/test split of the labelled corpus (corpus/<id>/). Run once, before any tuning:
// sources are grouped by origin project (the five Twilio specs are one group, so a test spec
// never shares its vendor's vocabulary with a dev one), groups are shuffled with a fixed seed
// within each domain, and every third group of a domain goes to test. The result is written
// to corpus/split.json; changing it later needs `--reason "<why>"`, recorded in the file.
// `--add --reason "<why>"` assigns only sources not yet in the split, by the same rule (every third
// origin group of a domain to test, seeded), and leaves every earlier assignment as it was: new
// sources are placed before anyone tunes on them, and nothing tuned on moves into test.
// `--add --calibration` also puts the added dev sources in the calibration part (dev sources no
// rule is tuned on, which the confidence calibration is fitted on), recorded with the reason.
// Usage: node scripts/accuracy/split.mjs [--reason "..."] [--add [--calibration] --reason "..."]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = join(ROOT, 'corpus');
const OUT = join(CORPUS, 'split.json');
const SEED = 20261206;
const args = process.argv.slice(2);
const reason = args.includes('--reason') ? args[args.indexOf('--reason') + 1] : undefined;
const adding = args.includes('--add');
const toCalibration = args.includes('--calibration');
if (toCalibration && !adding) {
  console.error('--calibration goes with --add: it places the added dev sources in the calibration part.');
  process.exit(2);
}
if (adding && !reason) {
  console.error('--add needs --reason "<why>": the reason is recorded in corpus/split.json.');
  process.exit(2);
}
if (existsSync(OUT) && !reason) {
  console.error('corpus/split.json exists: the split is frozen. Changing it needs --reason "<why>".');
  process.exit(2);
}

/** The project a source comes from: sources of one vendor or upstream collection stay together. */
const GROUPS = [/^twilio-/, /^docusign-/, /^edfi-/, /^spider-/,
  // Three unrelated datasets from one collection (stedy/Machine-Learning-with-R-datasets) stay together.
  /^(insurance-charges|german-credit|teen-sns-profiles)-csv$/];
const groupOf = (id) => GROUPS.find((g) => g.test(id))?.source ?? id;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const personalFields = (labels) => {
  let n = 0;
  for (const fields of Object.values(labels.labels)) for (const l of Object.values(fields)) if ((Array.isArray(l) ? l : l.lean).length > 0) n++;
  return n;
};

const sources = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(CORPUS, d.name, 'labels.json')))
  .map((d) => {
    const meta = JSON.parse(readFileSync(join(CORPUS, d.name, 'source.json'), 'utf8'));
    const labels = JSON.parse(readFileSync(join(CORPUS, d.name, 'labels.json'), 'utf8'));
    return { id: d.name, domain: meta.domain, format: meta.format, personal: personalFields(labels) };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

const frozen = adding ? JSON.parse(readFileSync(OUT, 'utf8')) : undefined;
const fresh = frozen ? sources.filter((s) => !(s.id in frozen.split)) : sources;
if (frozen && fresh.length === 0) {
  console.error('no source outside corpus/split.json: nothing to add.');
  process.exit(2);
}
// An addition draws from its own seed (the count of sources already split), so it is reproducible.
const random = mulberry32(frozen ? SEED + Object.keys(frozen.split).length : SEED);
const byDomain = new Map();
for (const s of fresh) {
  const groups = byDomain.get(s.domain) ?? new Map();
  const key = groupOf(s.id);
  groups.set(key, [...(groups.get(key) ?? []), s]);
  byDomain.set(s.domain, groups);
}
const split = frozen ? { ...frozen.split } : {};
// Domains in a fixed order; the offset carries over so small domains do not all start on dev.
let offset = Math.floor(random() * 3);
for (const domain of [...byDomain.keys()].sort()) {
  const groups = [...byDomain.get(domain).values()];
  for (let i = groups.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [groups[i], groups[j]] = [groups[j], groups[i]];
  }
  for (const group of groups) {
    const part = offset % 3 === 2 ? 'test' : 'dev';
    for (const s of group) split[s.id] = part;
    offset++;
  }
}
const count = (part) => sources.filter((s) => split[s.id] === part);
const share = (xs, all, f) => xs.reduce((a, s) => a + f(s), 0) / all.reduce((a, s) => a + f(s), 0);
const test = count('test');
const summary = {
  sources: sources.length,
  testSources: test.length,
  testShareOfSources: Number(share(test, sources, () => 1).toFixed(3)),
  testShareOfPersonalFields: Number(share(test, sources, (s) => s.personal).toFixed(3)),
};
console.log(summary);
if (summary.testShareOfSources < 1 / 3 || summary.testShareOfPersonalFields < 1 / 3) {
  console.error('the test part holds less than a third of the sources or of the personal fields: not written');
  process.exit(1);
}
const history = frozen
  ? {
      changedBecause: frozen.changedBecause,
      additions: [...(frozen.additions ?? []), { reason, sources: Object.fromEntries(fresh.map((s) => [s.id, split[s.id]])) }],
      ...(frozen.removals ? { removals: frozen.removals } : {}),
      ...(frozen.calibration || toCalibration ? { calibration: calibrationWith(frozen.calibration) } : {}),
    }
  : reason ? { changedBecause: reason } : {};
/** The calibration part, with this addition's dev sources when --calibration asks for it. */
function calibrationWith(calibration) {
  if (!toCalibration) return calibration;
  const added = fresh.filter((s) => split[s.id] === 'dev').map((s) => s.id);
  return {
    ...calibration,
    sources: [...new Set([...(calibration?.sources ?? []), ...added])].sort(),
    additions: [...(calibration?.additions ?? []), { reason, sources: added }],
  };
}

writeFileSync(
  OUT,
  `${JSON.stringify({ about: 'Frozen dev/test split of corpus/ (scripts/accuracy/split.mjs). Tune only on dev; test is only ever scored.', seed: SEED, ...summary, ...history, split }, null, 1)}\n`,
);
console.log(`wrote ${OUT}`);
