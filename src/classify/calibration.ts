// The confidence datamin reports is calibrated: the share of fields reported at that confidence
// that hold the category, as measured on labelled sources no rule was tuned on (issue 21, part
// 4). The classifier's raw score (hand-weighed evidence, combine.ts) decides whether a category
// is reported, against the category's threshold; calibration then maps the score to what such a
// score has been worth, per evidence profile, by the curves scripts/accuracy/fit-calibration.mjs
// fits and writes to calibration.data.ts. The raw score stays in the result as `score`.
import type { CategoryMatch, FieldProfile } from '../model/result.js';
import { isBuiltInCategoryId } from '../model/taxonomy.js';
import { CALIBRATION } from './calibration.data.js';

/** Which curve a match takes: did sampled values match the category, or only the field's definition? */
export type EvidenceProfile = keyof typeof CALIBRATION.curves;

/** Must agree with profileOf in scripts/accuracy/fit-calibration.mjs. */
export function profileOf(match: Pick<CategoryMatch, 'matched'>): EvidenceProfile {
  return match.matched > 0 ? 'values' : 'definition';
}

/** The curve's value at `score`: linear between its points, flat beyond the first and the last. */
export function interpolate(points: ReadonlyArray<readonly [number, number]>, score: number): number {
  if (points.length === 0) return score;
  if (score <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i];
    if (score <= x1) {
      const [x0, y0] = points[i - 1];
      return Math.round((y0 + ((score - x0) / (x1 - x0)) * (y1 - y0)) * 1000) / 1000;
    }
  }
  return points[points.length - 1][1];
}

export function calibrate(score: number, profile: EvidenceProfile): number {
  return interpolate(CALIBRATION.curves[profile], score);
}

/**
 * Replaces each detected match's confidence by its calibrated value and keeps the raw score.
 * Categories a user declared (custom categories) and categories an override set keep theirs:
 * the curves were fitted on built-in categories found by the classifier.
 */
export function applyCalibration(fields: readonly FieldProfile[]): void {
  for (const field of fields) {
    if (field.categories.length === 0) continue;
    for (const match of field.categories) {
      if (match.setBy !== undefined || match.score !== undefined || !isBuiltInCategoryId(match.id)) continue;
      match.score = match.confidence;
      match.confidence = calibrate(match.confidence, profileOf(match));
    }
    field.categories.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
  }
}
