// Tests for the Australian TFN value detector, on numbers generated with stdnum's validator
// (test/helpers/natid-generators.ts), in the forms people write them.
import { it, expect } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, auTfn } from '../../helpers/natid-generators.js';
import detector, { isTfn } from '../../../src/detectors/value/au-tfn.js';

const rnd = seeded(92);
const valid = Array.from({ length: 10 }, () => auTfn(rnd));

testValueDetector(detector, {
  valid: [...valid, '123 456 782', '876 543 210'].map((value) => ({ value, category: 'government.tax_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid).filter((v) => !isTfn(v)),
    '123 456 781', '123-456 782', '1234567', '1234567820', '+61 2 9876 5432', '2024-06-01',
  ],
});

it('finds most single-digit changes of generated numbers', () => {
  let caught = 0;
  let tried = 0;
  for (const v of Array.from({ length: 40 }, () => auTfn(rnd))) {
    expect(detector.match(v)?.category, v).toBe('government.tax_id');
    for (const changed of withOneDigitChanged(Array.from({ length: 6 }, () => v))) {
      tried++;
      if (detector.match(changed) === undefined) caught++;
    }
  }
  expect(caught / tried).toBeGreaterThan(0.85);
});
