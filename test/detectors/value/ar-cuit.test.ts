// Tests for the Argentinian CUIT/CUIL value detector, on numbers generated with stdnum's validator
// (test/helpers/natid-generators.ts), in the forms people write them.
import { it, expect } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, arCuit } from '../../helpers/natid-generators.js';
import detector, { isPersonalCuit } from '../../../src/detectors/value/ar-cuit.js';

const rnd = seeded(101);
const valid = Array.from({ length: 10 }, () => arCuit(rnd));

testValueDetector(detector, {
  valid: [...valid, arCuit(rnd, true), '20-05536168-2'].map((value) => ({ value, category: 'government.tax_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid).filter((v) => !isPersonalCuit(v)),
    '20-05536168-3', '30-50001091-2', // a company's CUIT
    '20-0553616-82', '+54 9 11 1234-5678', '2024-06-01',
  ],
});

it('finds most single-digit changes of generated numbers', () => {
  let caught = 0;
  let tried = 0;
  for (const v of Array.from({ length: 40 }, () => arCuit(rnd))) {
    expect(detector.match(v)?.category, v).toBe('government.tax_id');
    for (const changed of withOneDigitChanged(Array.from({ length: 6 }, () => v))) {
      tried++;
      if (detector.match(changed) === undefined) caught++;
    }
  }
  expect(caught / tried).toBeGreaterThan(0.85);
});
