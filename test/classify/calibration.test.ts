// The confidence calibration (issue 21, part 4): the isotonic fit the script makes, the curve
// scans apply, and which matches keep their own confidence.
import { describe, expect, it } from 'vitest';
import { applyCalibration, calibrate, interpolate, profileOf } from '../../src/classify/calibration.js';
import { CALIBRATION } from '../../src/classify/calibration.data.js';
import type { CategoryMatch, FieldProfile } from '../../src/model/result.js';
import { fitIsotonic, MIN_BLOCK } from '../../scripts/accuracy/isotonic.mjs';

const obs = (score: number, correct: number, n: number) => Array.from({ length: n }, () => ({ score, correct }));

describe('fitIsotonic', () => {
  it('gives each block its observed precision, never decreasing with the score', () => {
    const points = fitIsotonic([...obs(0.6, 0, MIN_BLOCK), ...obs(0.6, 1, MIN_BLOCK), ...obs(0.9, 1, 2 * MIN_BLOCK)]);
    expect(points).toEqual([[0.6, 0.5], [0.9, 0.99]]);
  });
  it('pools a more precise low block with a less precise high one', () => {
    const points = fitIsotonic([...obs(0.6, 1, MIN_BLOCK), ...obs(0.9, 0, MIN_BLOCK)]);
    expect(points).toEqual([[0.75, 0.5]]);
  });
  it('pools blocks too small to say anything with a neighbour', () => {
    const points = fitIsotonic([...obs(0.55, 0, 2), ...obs(0.7, 1, MIN_BLOCK), ...obs(0.7, 0, MIN_BLOCK)]);
    expect(points).toHaveLength(1);
    expect(points[0][1]).toBeCloseTo(MIN_BLOCK / (2 * MIN_BLOCK + 2), 3);
  });
  it('never claims certainty and never falls to nothing', () => {
    expect(fitIsotonic(obs(0.9, 1, 50))).toEqual([[0.9, 0.99]]);
    expect(fitIsotonic(obs(0.9, 0, 50))).toEqual([[0.9, 0.05]]);
  });
});

describe('the calibration curves', () => {
  it('join their points linearly and are flat beyond them', () => {
    const points = [[0.6, 0.4], [0.8, 0.8]] as const;
    for (const [score, expected] of [[0.5, 0.4], [0.6, 0.4], [0.7, 0.6], [0.8, 0.8], [0.95, 0.8]]) {
      expect(interpolate(points, score)).toBe(expected);
    }
  });
  it('are fitted on dev sources only and never decrease', () => {
    expect(CALIBRATION.fittedOn.length).toBeGreaterThanOrEqual(10);
    for (const curve of Object.values(CALIBRATION.curves)) {
      for (let i = 1; i < curve.length; i++) {
        expect(curve[i][0]).toBeGreaterThan(curve[i - 1][0]);
        expect(curve[i][1]).toBeGreaterThanOrEqual(curve[i - 1][1]);
      }
    }
  });
  it('reads a match as value-backed only when sampled values matched it', () => {
    expect(profileOf({ matched: 3 })).toBe('values');
    expect(profileOf({ matched: 0 })).toBe('definition');
  });
});

describe('applyCalibration', () => {
  const match = (over: Partial<CategoryMatch>): CategoryMatch => ({ id: 'contact.email', confidence: 0.9, detectors: [], matched: 0, sampled: 0, examples: [], reasons: [], ...over });
  const field = (categories: CategoryMatch[]): FieldProfile => ({ source: 's', dataset: 'd', field: 'f', categories, stats: { count: 0, empty: 0, distinct: 0 } });

  it('keeps the raw score and reports the calibrated confidence, sorted by it', () => {
    const f = field([match({ id: 'contact.email', confidence: 0.95 }), match({ id: 'contact.phone', confidence: 0.7, matched: 5, sampled: 5 })]);
    applyCalibration([f]);
    expect(f.categories.map((c) => [c.id, c.score, c.confidence])).toEqual(
      [
        ['contact.email', 0.95, calibrate(0.95, 'definition')],
        ['contact.phone', 0.7, calibrate(0.7, 'values')],
      ].sort((a, b) => (b[2] as number) - (a[2] as number)),
    );
  });
  it('leaves what an override set, custom categories, and matches already calibrated', () => {
    const overridden = match({ confidence: 1, setBy: 'purpose-map' });
    const custom = match({ id: 'acme.loyalty_id' as CategoryMatch['id'], confidence: 0.8 });
    const done = match({ confidence: 0.5, score: 0.9 });
    applyCalibration([field([overridden, custom, done])]);
    expect([overridden, custom, done].map((m) => [m.confidence, m.score])).toEqual([[1, undefined], [0.8, undefined], [0.5, 0.9]]);
  });
});
