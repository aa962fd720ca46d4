// Tests for the Czech rodné číslo value detector, on numbers generated with stdnum's validator
// (test/helpers/natid-generators.ts), in the forms people write them.
import { it, expect } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, czRodneCislo } from '../../helpers/natid-generators.js';
import detector, { isRodneCislo } from '../../../src/detectors/value/cz-rodne-cislo.js';

const rnd = seeded(95);
const valid = Array.from({ length: 10 }, () => czRodneCislo(rnd));

testValueDetector(detector, {
  valid: [...valid, czRodneCislo(rnd, true), '710319/2745'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid).filter((v) => !isRodneCislo(v)),
    '710319/2746', '711319/2745', '991231123', // before 1954: no check digit
    '710319-2745', '+420 601 123 456', '2024-06-01',
  ],
});

it('finds most single-digit changes of generated numbers', () => {
  let caught = 0;
  let tried = 0;
  for (const v of Array.from({ length: 40 }, () => czRodneCislo(rnd))) {
    expect(detector.match(v)?.category, v).toBe('government.national_id');
    for (const changed of withOneDigitChanged(Array.from({ length: 6 }, () => v))) {
      tried++;
      if (detector.match(changed) === undefined) caught++;
    }
  }
  expect(caught / tried).toBeGreaterThan(0.8);
});
