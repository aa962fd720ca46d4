// Tests for the Chilean RUN/RUT value detector, on numbers generated with stdnum's validator
// (test/helpers/natid-generators.ts), in the forms people write them.
import { it, expect } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, clRut } from '../../helpers/natid-generators.js';
import detector, { isPersonalRut } from '../../../src/detectors/value/cl-rut.js';

const rnd = seeded(100);
const valid = Array.from({ length: 10 }, () => clRut(rnd));

testValueDetector(detector, {
  valid: [...valid, clRut(rnd, true), '12.531.909-2', '12.345.670-k', '12345670K'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid).filter((v) => !isPersonalRut(v)),
    '12.531.909-3', '76.086.428-5', // a company's RUT (above 50 million)
    '12.531909-2', '12 531 909-2', '+56 9 1234 5678', '2024-06-01',
  ],
});

it('finds most single-digit changes of generated numbers', () => {
  let caught = 0;
  let tried = 0;
  for (const v of Array.from({ length: 40 }, () => clRut(rnd))) {
    expect(detector.match(v)?.category, v).toBe('government.national_id');
    for (const changed of withOneDigitChanged(Array.from({ length: 6 }, () => v))) {
      tried++;
      if (detector.match(changed) === undefined) caught++;
    }
  }
  expect(caught / tried).toBeGreaterThan(0.85);
});
