// Tests for the blood-group value detector: ABO with Rh in several spellings, and grades.
import { describe, expect, it } from 'vitest';
import detector from '../../../src/detectors/value/blood-group.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const group = (value: string) => ({ value, category: 'special.health' as const });

testValueDetector(detector, {
  valid: [group('A+'), group('O-'), group('AB Rh+'), group('0 Rh negativ'), group('B positive'), group('A pos'), group('AB−'), group('O Rh(D) positive')],
  invalid: ['A', 'AB', 'C+', 'A++', 'ABC+', 'O positive vibes', 'B2B+', '+A'],
});

describe('blood-group column check', () => {
  it('accepts a column of blood groups', () => {
    expect(detector.column!(['A+', 'O+', 'B-', 'AB+', 'O-', 'A+'])).toBeUndefined();
  });
  it('rejects grades, which have no O or AB', () => {
    expect(detector.column!(['A+', 'A-', 'B+', 'B-', 'A+'])).toMatch(/grades/);
  });
  it('rejects one group repeated', () => {
    expect(detector.column!(['O+', 'O+', 'O+'])).toMatch(/only 1 distinct/);
  });
});
