// Tests for the Mexican CURP value detector, on numbers generated with stdnum's validator
// (test/helpers/natid-generators.ts), in the forms people write them.
import { it, expect } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, mxCurp } from '../../helpers/natid-generators.js';
import detector, { isCurp } from '../../../src/detectors/value/mx-curp.js';

const rnd = seeded(99);
const valid = Array.from({ length: 10 }, () => mxCurp(rnd));

testValueDetector(detector, {
  valid: [...valid, 'BOXW310820HNERXN09', 'boxw310820hnerxn09'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid).filter((v) => !isCurp(v)),
    'BOXW310820HNERXN08', 'BOXW311320HNERXN09', 'BOXW310820HNERXN0', 'ORD-2024-000123-XYZ', 'BOXW-310820-HNERXN09',
  ],
});

it('finds most single-digit changes of generated numbers', () => {
  let caught = 0;
  let tried = 0;
  for (const v of Array.from({ length: 40 }, () => mxCurp(rnd))) {
    expect(detector.match(v)?.category, v).toBe('government.national_id');
    for (const changed of withOneDigitChanged(Array.from({ length: 6 }, () => v))) {
      tried++;
      if (detector.match(changed) === undefined) caught++;
    }
  }
  expect(caught / tried).toBeGreaterThan(0.85);
});
