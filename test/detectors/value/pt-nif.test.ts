// Tests for the Portuguese NIF value detector, on numbers generated with stdnum's validator
// (test/helpers/natid-generators.ts), in the forms people write them.
import { it, expect } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, ptNif } from '../../helpers/natid-generators.js';
import detector, { isPersonalNif } from '../../../src/detectors/value/pt-nif.js';

const rnd = seeded(94);
const valid = Array.from({ length: 10 }, () => ptNif(rnd));

testValueDetector(detector, {
  valid: [...valid, '123 456 789', 'PT123456789', 'pt 123.456.789'].map((value) => ({ value, category: 'government.tax_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid).filter((v) => !isPersonalNif(v)),
    '123456780', '523456786', // a company's NIF
    '123 456.789', '12345678', '+351 912 345 678', '2024-06-01',
  ],
});

it('finds most single-digit changes of generated numbers', () => {
  let caught = 0;
  let tried = 0;
  for (const v of Array.from({ length: 40 }, () => ptNif(rnd))) {
    expect(detector.match(v)?.category, v).toBe('government.tax_id');
    for (const changed of withOneDigitChanged(Array.from({ length: 6 }, () => v))) {
      tried++;
      if (detector.match(changed) === undefined) caught++;
    }
  }
  expect(caught / tried).toBeGreaterThan(0.85);
});
