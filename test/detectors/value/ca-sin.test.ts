// Tests for the Canadian SIN value detector, on numbers generated with stdnum's validator
// (test/helpers/natid-generators.ts), in the forms people write them.
import { it, expect } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, caSin } from '../../helpers/natid-generators.js';
import detector, { isSin } from '../../../src/detectors/value/ca-sin.js';

const rnd = seeded(91);
const valid = Array.from({ length: 10 }, () => caSin(rnd));

testValueDetector(detector, {
  valid: [...valid, caSin(rnd, true), caSin(rnd, true).replace(/ /g, '-'), '130 692 544'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid).filter((v) => !isSin(v)),
    '046 454 286', // province digit 0: never a person's
    '130 692 545', '130-692 544', '13069254', '1306925440', '+1 416 555 0199', '2024-06-01', '130.692.544',
  ],
});

it('finds most single-digit changes of generated numbers', () => {
  let caught = 0;
  let tried = 0;
  for (const v of Array.from({ length: 40 }, () => caSin(rnd))) {
    expect(detector.match(v)?.category, v).toBe('government.national_id');
    for (const changed of withOneDigitChanged(Array.from({ length: 6 }, () => v))) {
      tried++;
      if (detector.match(changed) === undefined) caught++;
    }
  }
  expect(caught / tried).toBeGreaterThan(0.85);
});
