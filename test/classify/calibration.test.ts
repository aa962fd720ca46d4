// The confidence calibration (issue 21, part 4): the logistic fit the script makes, the curve
// scans apply, and which matches keep their own confidence.
import { describe, expect, it } from 'vitest';
import { applyCalibration, calibrate, interpolate, profileOf } from '../../src/classify/calibration.js';
import { CALIBRATION } from '../../src/classify/calibration.data.js';
import type { CategoryMatch, FieldProfile } from '../../src/model/result.js';
import { fitLogistic, logisticAt, logisticPoints } from '../../scripts/accuracy/logistic.mjs';

const obs = (score: number, correct: number, n: number) => Array.from({ length: n }, () => ({ score, correct }));

describe('fitLogistic', () => {
  it('recovers the model that generated the observations', () => {
    // Expected counts of a known logistic (a = -4, b = 6) at five scores, 1,000 observations each.
    const truth = (x: number) => 1 / (1 + Math.exp(-(-4 + 6 * x)));
    const observations = [0.5, 0.6, 0.7, 0.8, 0.9].flatMap((x) => {
      const right = Math.round(1000 * truth(x));
      return [...obs(x, 1, right), ...obs(x, 0, 1000 - right)];
    });
    const model = fitLogistic(observations);
    expect(model.intercept).toBeCloseTo(-4, 1);
    expect(model.slope).toBeCloseTo(6, 1);
  });
  it('gives each score the share of correct reports, when the data says one share', () => {
    const model = fitLogistic([...obs(0.8, 1, 30), ...obs(0.8, 0, 10)]);
    expect(logisticAt(model, 0.8)).toBeCloseTo(0.75, 2);
  });
  it('writes a rising curve inside the floor and the ceiling, and refuses one that falls', () => {
    const points = logisticPoints({ intercept: -5, slope: 8 });
    expect(points[0]).toEqual([0.3, expect.any(Number)]);
    expect(points.at(-1)?.[0]).toBe(1);
    for (let i = 1; i < points.length; i++) expect(points[i][1]).toBeGreaterThan(points[i - 1][1]);
    expect(logisticAt({ intercept: 50, slope: 1 }, 1)).toBe(0.99);
    expect(logisticAt({ intercept: -50, slope: 1 }, 0)).toBe(0.05);
    expect(() => logisticPoints({ intercept: 1, slope: -2 })).toThrow(/slope/);
  });
  it('stays finite on data a line separates', () => {
    const model = fitLogistic([...obs(0.6, 0, 20), ...obs(0.9, 1, 20)]);
    expect(Number.isFinite(model.intercept) && Number.isFinite(model.slope)).toBe(true);
    expect(logisticAt(model, 0.9)).toBeGreaterThan(0.9);
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
