// Scores a datamin JSON scan result against column labels: per-category TP/FP/FN, precision,
// recall and F1; a field-level "holds personal data" F1; look-alike hits; and a reliability
// table of reported confidence against observed precision.

/** Categories a value detector can prove without a name (the rest need a meaningful name). */
export const VALUE_DETECTABLE = new Set([
  'contact.email', 'contact.phone', 'online.ip_address', 'online.mac_address', 'online.user_agent', 'location.coordinates',
  'government.ssn', 'government.national_id', 'government.tax_id', 'financial.card_number', 'financial.iban',
  'credentials.password', 'credentials.secret',
]);

// Calibrated confidences of reported fields can fall below the reporting threshold (0.5), so the
// bands start at 0: every reported category is in exactly one.
const BANDS = [[0, 0.5], [0.5, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1.0001]];

const ratio = (a, b) => (b === 0 ? null : a / b);
function f1(tp, fp, fn) {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f = tp === 0 ? (fp + fn === 0 ? null : 0) : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1: f };
}

/** Predicted categories per "dataset\0field" from a scan result. */
export function predictions(result) {
  const out = new Map();
  for (const field of result.fields) {
    out.set(`${field.dataset}\0${field.field}`, field.categories.map((c) => ({ id: c.id, confidence: c.confidence })));
  }
  return out;
}

/**
 * Scores labels `{dataset, field, categories, acceptable?, lookalike?}` against a scan result.
 * A label's `acceptable` categories are neither required nor counted as false positives; a
 * column with only acceptable categories is left out of the field-level score.
 */
export function score(labels, result) {
  const predicted = predictions(result);
  const perCategory = new Map();
  const cell = (id) => perCategory.get(id) ?? perCategory.set(id, { tp: 0, fp: 0, fn: 0 }).get(id);
  const field = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const bands = BANDS.map(([lo, hi]) => ({ lo, hi, reported: 0, correct: 0, confidenceSum: 0 }));
  const errors = [];
  const lookalikeHits = [];
  let missing = 0;
  for (const label of labels) {
    const key = `${label.dataset}\0${label.field}`;
    if (!predicted.has(key)) {
      missing++;
      errors.push({ kind: 'not-scanned', dataset: label.dataset, field: label.field, expected: label.categories });
    }
    const got = predicted.get(key) ?? [];
    const expected = new Set(label.categories);
    const acceptable = new Set(label.acceptable ?? []);
    const gotIds = new Set(got.map((c) => c.id));
    for (const id of expected) {
      if (gotIds.has(id)) cell(id).tp++;
      else {
        cell(id).fn++;
        errors.push({ kind: 'FN', dataset: label.dataset, field: label.field, category: id, got: got.map((c) => `${c.id}@${c.confidence}`) });
      }
    }
    for (const c of got) {
      const band = bands.find((b) => c.confidence >= b.lo && c.confidence < b.hi);
      if (acceptable.has(c.id) && !expected.has(c.id)) continue;
      if (band) {
        band.reported++;
        band.confidenceSum += c.confidence;
        if (expected.has(c.id)) band.correct++;
      }
      if (!expected.has(c.id)) {
        cell(c.id).fp++;
        errors.push({ kind: 'FP', dataset: label.dataset, field: label.field, category: c.id, confidence: c.confidence, expected: [...expected] });
      }
    }
    if (label.lookalike && got.length > 0) lookalikeHits.push({ dataset: label.dataset, field: label.field, got: got.map((c) => c.id) });
    const isPersonal = expected.size > 0;
    const saysPersonal = got.some((c) => !acceptable.has(c.id) || expected.has(c.id));
    if (!isPersonal && acceptable.size > 0 && got.length > 0 && !saysPersonal) continue;
    if (isPersonal && saysPersonal) field.tp++;
    else if (isPersonal) field.fn++;
    else if (saysPersonal) field.fp++;
    else field.tn++;
  }
  const categories = Object.fromEntries([...perCategory.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, c]) => [id, f1(c.tp, c.fp, c.fn)]));
  return {
    fields: labels.length,
    notScanned: missing,
    field: { ...f1(field.tp, field.fp, field.fn), tn: field.tn },
    categories,
    lookalikeHits,
    calibration: bands.map((b) => ({ band: `${b.lo.toFixed(1)}-${Math.min(b.hi, 1).toFixed(1)}`, reported: b.reported, confidence: ratio(b.confidenceSum, b.reported), precision: ratio(b.correct, b.reported) })),
    errors,
  };
}

const fmt = (x) => (x === null || x === undefined ? '—' : x.toFixed(3));

/** A markdown table of per-category figures (for the README). */
export function markdownTable(categories, title = 'category') {
  const lines = [`| ${title} | TP | FP | FN | precision | recall | F1 |`, '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const [id, c] of Object.entries(categories)) lines.push(`| \`${id}\` | ${c.tp} | ${c.fp} | ${c.fn} | ${fmt(c.precision)} | ${fmt(c.recall)} | ${fmt(c.f1)} |`);
  return lines.join('\n');
}

/** A markdown reliability table: confidence band against observed precision. */
export function calibrationTable(calibration) {
  const lines = ['| confidence | reported | mean confidence | observed precision |', '| --- | ---: | ---: | ---: |'];
  for (const b of calibration) lines.push(`| ${b.band} | ${b.reported} | ${fmt(b.confidence)} | ${fmt(b.precision)} |`);
  return lines.join('\n');
}

/** Rounds every number in a score to 4 decimals and drops the error list (for figures.json). */
export function summary(s) {
  const round = (x) => (typeof x === 'number' ? Math.round(x * 10000) / 10000 : x);
  const walk = (v) => (Array.isArray(v) ? v.map(walk) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) : round(v));
  const rest = { ...s };
  delete rest.errors;
  return walk(rest);
}
