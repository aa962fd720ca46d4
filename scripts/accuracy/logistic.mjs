// Logistic calibration (Platt scaling) of the classifier's raw score: P(correct) = 1 / (1 + e^-(a + b·score)),
// fitted by Newton's method on the log-likelihood, and written as points that interpolate() in
// src/classify/calibration.ts joins linearly. Two parameters per curve: on the calibration
// sources, left out one source at a time, one logistic per evidence profile held better than
// isotonic step curves (23 sources: mean band error 0.036 vs 0.055–0.089, worst band with 20 or
// more reports 0.14 vs 0.14–0.25; 31 sources: 0.032 vs 0.034–0.042, worst 0.13 vs 0.19–0.34),
// because a source's errors come in runs that a many-step curve learns and the next source does
// not repeat. A pooled logistic did best on 23 sources and worse on 31: the per-profile one is
// the steadier of the two.

/** Scores the curve is written at: every reported match's raw score lies in this range. */
const FROM = 0.3;
const TO = 1;
const STEP = 0.05;
/** A calibrated confidence never claims certainty, nor falls to nothing for a reported field. */
const FLOOR = 0.05;
const CEILING = 0.99;

/** Fits {intercept, slope} to observations {score, correct (0/1)}; a small ridge keeps separable data finite. */
export function fitLogistic(observations) {
  if (observations.length === 0) throw new Error('no observations to fit');
  let a = 0;
  let b = 0;
  const ridge = 1e-3;
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = -ridge * a;
    let gb = -ridge * b;
    let haa = ridge;
    let hab = 0;
    let hbb = ridge;
    for (const { score, correct } of observations) {
      const p = 1 / (1 + Math.exp(-(a + b * score)));
      const w = p * (1 - p);
      ga += correct - p;
      gb += (correct - p) * score;
      haa += w;
      hab += w * score;
      hbb += w * score * score;
    }
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a += da;
    b += db;
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
  }
  return { intercept: a, slope: b };
}

/** The model's probability at `score`, within [FLOOR, CEILING]. */
export function logisticAt(model, score) {
  const p = 1 / (1 + Math.exp(-(model.intercept + model.slope * score)));
  return Math.min(CEILING, Math.max(FLOOR, p));
}

/** The curve as [score, confidence] points, rounded to 3 decimals; a model whose confidence falls as the score rises is refused. */
export function logisticPoints(model) {
  if (!(model.slope > 0)) throw new Error(`the fitted slope is ${model.slope}: a higher score is not worth more, refusing to write such a calibration`);
  const round = (x) => Math.round(x * 1000) / 1000;
  const points = [];
  for (let i = 0; FROM + i * STEP <= TO + 1e-9; i++) {
    const score = round(FROM + i * STEP);
    points.push([score, round(logisticAt(model, score))]);
  }
  return points;
}
