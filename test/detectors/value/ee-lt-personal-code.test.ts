// Tests for the Estonian isikukood and Lithuanian asmens kodas value detector, on numbers generated with stdnum's validator
// (test/helpers/natid-generators.ts), in the forms people write them.
import { it, expect } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, balticPersonalCode } from '../../helpers/natid-generators.js';
import detector, { isBalticPersonalCode } from '../../../src/detectors/value/ee-lt-personal-code.js';

const rnd = seeded(96);
const valid = Array.from({ length: 10 }, () => balticPersonalCode(rnd));

testValueDetector(detector, {
  valid: [...valid, '36805280109', '33309240064'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid).filter((v) => !isBalticPersonalCode(v)),
    '36805280108', '36813280103', // 13th month, check digit right
    '76805280109', '3680528010', '+372 5123 4567', '2024-06-01',
  ],
});

it('finds most single-digit changes of generated numbers', () => {
  let caught = 0;
  let tried = 0;
  for (const v of Array.from({ length: 40 }, () => balticPersonalCode(rnd))) {
    expect(detector.match(v)?.category, v).toBe('government.national_id');
    for (const changed of withOneDigitChanged(Array.from({ length: 6 }, () => v))) {
      tried++;
      if (detector.match(changed) === undefined) caught++;
    }
  }
  expect(caught / tried).toBeGreaterThan(0.85);
});
