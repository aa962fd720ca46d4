// Fits the confidence calibration (issue 21, part 4) on dev's calibration sources
// (corpus/split.json `calibration`: dev sources no rule was tuned on) and writes it to
// src/classify/calibration.data.ts, which src/classify/calibration.ts applies to every scan.
//
// The classifier's raw score is set by hand-weighed evidence that was developed against the
// tuning sources, where it is right 94 % of the time; on schemas nobody tuned it to it is right
// less often. Fitting on the tuning sources would learn their precision; these sources show what
// a score is worth on unseen data. The fit is logistic (logistic.mjs: two parameters per curve),
// one curve per evidence profile, `values` (sampled values matched the category) and
// `definition` (name, type, comment, context only); isotonic step curves held worse on sources
// they did not see (see logistic.mjs). A leave-one-source-out run prints
// how the calibrated confidences would hold on a source the fit did not see.
//
// Usage: npm run build && node scripts/accuracy/fit-calibration.mjs [--check]
//   --check: refit and exit 1 when the committed calibration differs (nothing written).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelledPart } from './labelled.mjs';
import { interpolate } from '../../dist/classify/calibration.js';
import { fitLogistic, logisticPoints } from './logistic.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'src/classify/calibration.data.ts');
const BANDS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

/** Every reported category of the part's fields as {source, profile, score, correct}, scored as score.mjs scores them. */
function observations(data) {
  const labelOf = new Map(data.labels.map((l) => [`${l.dataset}\0${l.field}`, l]));
  const out = [];
  for (const field of data.fields) {
    const label = labelOf.get(`${field.dataset}\0${field.field}`);
    if (!label) continue;
    const expected = new Set(label.categories);
    const acceptable = new Set(label.acceptable);
    for (const match of field.categories) {
      if (match.setBy) continue;
      if (acceptable.has(match.id) && !expected.has(match.id)) continue;
      out.push({
        source: field.dataset.split('/')[0],
        profile: profileOf(match),
        score: match.score ?? match.confidence,
        correct: expected.has(match.id) ? 1 : 0,
      });
    }
  }
  return out;
}

/** Must agree with profileOf in src/classify/calibration.ts. */
function profileOf(match) {
  return match.matched > 0 ? 'values' : 'definition';
}

/** Below this many observations a profile borrows the pooled curve. */
const MIN_PROFILE = 50;

/** One logistic curve per evidence profile, fitted on the profile's own observations when it has enough. */
function models(obs) {
  const pooled = fitLogistic(obs);
  const out = {};
  for (const profile of ['values', 'definition']) {
    const own = obs.filter((o) => o.profile === profile);
    out[profile] = own.length >= MIN_PROFILE ? fitLogistic(own) : pooled;
  }
  return out;
}

/** The models as the curves calibration.data.ts holds. */
function curvesOf(m) {
  return { values: logisticPoints(m.values), definition: logisticPoints(m.definition) };
}

function reliability(pairs) {
  return BANDS.slice(0, -1).map((lo, i) => {
    const inBand = pairs.filter((p) => p.confidence >= lo && p.confidence < BANDS[i + 1]);
    const correct = inBand.reduce((n, p) => n + p.correct, 0);
    return { band: `${lo.toFixed(1)}-${Math.min(BANDS[i + 1], 1).toFixed(1)}`, reported: inBand.length, precision: inBand.length ? correct / inBand.length : null };
  });
}

const fmt = (x) => (x === null ? '—' : x.toFixed(3));
const data = labelledPart('calibration');
const obs = observations(data);
const sources = [...new Set(obs.map((o) => o.source))].sort();
console.log(`calibration sources: ${data.sources.length} (${data.missing.length} not materialized), ${obs.length} reported categories`);
if (data.missing.length > 0) {
  console.error(`not materialized: ${data.missing.join(', ')} (scripts/accuracy/materialize.mjs)`);
  process.exit(2);
}

const raw = obs.map((o) => ({ confidence: o.score, correct: o.correct }));
const held = [];
for (const source of sources) {
  const curves = curvesOf(models(obs.filter((o) => o.source !== source)));
  for (const o of obs.filter((x) => x.source === source)) held.push({ confidence: interpolate(curves[o.profile], o.score), correct: o.correct });
}
const rawBands = reliability(raw);
const heldBands = reliability(held);
console.log('\n| band | raw reported | raw precision | held-out calibrated reported | precision |');
console.log('| --- | ---: | ---: | ---: | ---: |');
rawBands.forEach((b, i) => console.log(`| ${b.band} | ${b.reported} | ${fmt(b.precision)} | ${heldBands[i].reported} | ${fmt(heldBands[i].precision)} |`));

const fitted = models(obs);
const curves = curvesOf(fitted);
const coefficients = (m) => `{ intercept: ${m.intercept.toFixed(4)}, slope: ${m.slope.toFixed(4)} }`;
const points = (curve) => `[${curve.map(([x, y]) => `[${x}, ${y}]`).join(', ')}]`;
const text = `// Written by scripts/accuracy/fit-calibration.mjs: do not edit. The confidence a raw score is
// worth, fitted on dev's calibration sources (corpus/split.json), which no rule was tuned on: a
// logistic curve of the raw score, written as [raw score, calibrated confidence] points joined linearly.
export const CALIBRATION = {
  fittedOn: [
${data.sources.map((s) => `    '${s.id}',`).join('\n')}
  ],
  observations: { values: ${obs.filter((o) => o.profile === 'values').length}, definition: ${obs.filter((o) => o.profile === 'definition').length} },
  logistic: { values: ${coefficients(fitted.values)}, definition: ${coefficients(fitted.definition)} },
  curves: {
    values: ${points(curves.values)},
    definition: ${points(curves.definition)},
  },
} as const;
`;
if (process.argv.includes('--check')) {
  const committed = readFileSync(OUT, 'utf8');
  if (committed !== text) {
    console.error('src/classify/calibration.data.ts is stale: node scripts/accuracy/fit-calibration.mjs');
    process.exit(1);
  }
  console.log('\ncalibration up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`\nwrote ${OUT}`);
}
