// Tests for the Bulgarian EGN value detector, on numbers generated with the published algorithm
// (weights 2 4 8 5 10 9 7 3 6 mod 11, 10 counting as 0).
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { egn, seeded, withOneDigitChanged } from '../../helpers/natid-generators.js';
import detector from '../../../src/detectors/value/bg-egn.js';

const rnd = seeded(359);
const valid = Array.from({ length: 12 }, () => egn(rnd));

testValueDetector(detector, {
  valid: [...valid, '7523169263'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    '7523169264', // check digit off by one
    '7502299268', // 29 February 1975, check right
    '7553169265', // month code 53
    '752316926', '75231692633', '752316926a', '1700000000',
  ],
});

it('refuses single-digit changes of generated numbers, except the few mod 11 with 10 → 0 lets through', () => {
  let passed = 0;
  let tried = 0;
  for (let n = 0; n < 60; n++) {
    const v = egn(rnd);
    expect(detector.match(v)?.category).toBe('government.national_id');
    for (let i = 0; i < 10; i++) {
      for (let d = 1; d < 10; d++) {
        tried++;
        if (detector.match(v.slice(0, i) + String((Number(v[i]) + d) % 10) + v.slice(i + 1)) !== undefined) passed++;
      }
    }
  }
  expect(passed / tried).toBeLessThan(0.03);
});
