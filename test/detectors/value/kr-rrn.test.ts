// Tests for the Korean RRN value detector, on numbers generated with stdnum's validator
// (test/helpers/natid-generators.ts), in the forms people write them.
import { it, expect } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, krRrn } from '../../helpers/natid-generators.js';
import detector, { isRrn } from '../../../src/detectors/value/kr-rrn.js';

const rnd = seeded(93);
const valid = Array.from({ length: 10 }, () => krRrn(rnd));

testValueDetector(detector, {
  valid: [...valid, krRrn(rnd, true), '971013-9019965'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid).filter((v) => !isRrn(v)),
    '971013-9019966', '971343-9019965', '971013 9019965', '97101390199650', '010-1234-5678', '2024-06-01T12:00',
  ],
});

it('finds most single-digit changes of generated numbers', () => {
  let caught = 0;
  let tried = 0;
  for (const v of Array.from({ length: 40 }, () => krRrn(rnd))) {
    expect(detector.match(v)?.category, v).toBe('government.national_id');
    for (const changed of withOneDigitChanged(Array.from({ length: 6 }, () => v))) {
      tried++;
      if (detector.match(changed) === undefined) caught++;
    }
  }
  expect(caught / tried).toBeGreaterThan(0.85);
});
