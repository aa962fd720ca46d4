// Isotonic regression (pool adjacent violators) for the confidence calibration; the curve it
// becomes is read by interpolate() in src/classify/calibration.ts. Kept apart so tests can check it.

/** Fewer observations than this in one block say too little: it is pooled with a neighbour. */
export const MIN_BLOCK = 12;
/** A calibrated confidence never claims certainty, nor falls to nothing for a reported field. */
const FLOOR = 0.05;
const CEILING = 0.99;

/**
 * Fits a non-decreasing step function of `score` to `correct` (0/1) and returns it as points
 * [mean score of a block, its precision], rounded to 3 decimals, sorted by score.
 */
export function fitIsotonic(observations) {
  const sorted = [...observations].sort((a, b) => a.score - b.score);
  // Ties share one block from the start, so equal scores always get one confidence.
  let blocks = [];
  for (const o of sorted) {
    const last = blocks.at(-1);
    if (last && last.max === o.score) {
      last.n++;
      last.correct += o.correct;
      last.scoreSum += o.score;
    } else blocks.push({ n: 1, correct: o.correct, scoreSum: o.score, max: o.score });
  }
  const merge = (a, b) => ({ n: a.n + b.n, correct: a.correct + b.correct, scoreSum: a.scoreSum + b.scoreSum, max: Math.max(a.max, b.max) });
  // Pool adjacent violators: a block less precise than the one before it merges with it.
  const pooled = [];
  for (const block of blocks) {
    let current = block;
    while (pooled.length > 0 && pooled.at(-1).correct / pooled.at(-1).n >= current.correct / current.n) current = merge(pooled.pop(), current);
    pooled.push(current);
  }
  blocks = pooled;
  // Small blocks join their smaller neighbour until every block has MIN_BLOCK observations.
  for (;;) {
    const i = blocks.findIndex((b) => b.n < MIN_BLOCK);
    if (i === -1 || blocks.length === 1) break;
    const j = i === 0 ? 1 : i === blocks.length - 1 ? i - 1 : blocks[i - 1].n <= blocks[i + 1].n ? i - 1 : i + 1;
    const [lo, hi] = [Math.min(i, j), Math.max(i, j)];
    blocks.splice(lo, 2, merge(blocks[lo], blocks[hi]));
  }
  const round = (x) => Math.round(x * 1000) / 1000;
  let floor = FLOOR;
  return blocks.map((b) => {
    // Merging neighbours can leave a block below the one before: keep the curve non-decreasing.
    floor = Math.max(floor, Math.min(CEILING, b.correct / b.n));
    return [round(b.scoreSum / b.n), round(floor)];
  });
}
