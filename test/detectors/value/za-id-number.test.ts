// Tests for the South African identity number value detector, on numbers generated with the
// published algorithm (Luhn over thirteen digits).
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, zaIdNumber } from '../../helpers/natid-generators.js';
import detector from '../../../src/detectors/value/za-id-number.js';

const rnd = seeded(27);
const valid = Array.from({ length: 12 }, () => zaIdNumber(rnd));

testValueDetector(detector, {
  valid: [...valid, '8001015009087', '8002295009086'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    '8001015009088', // check digit off by one
    '0102295009082', // 29 February 1901 or 2001, check right
    '8001015009384', // citizenship digit 3
    '800101500908', '80010150090877', '800101500908a', '1700000000',
  ],
});

it('refuses every single-digit change of generated numbers', () => {
  for (let n = 0; n < 60; n++) {
    const v = zaIdNumber(rnd);
    expect(detector.match(v)?.category).toBe('government.national_id');
    for (let i = 0; i < 13; i++) {
      for (let d = 1; d < 10; d++) {
        const changed = v.slice(0, i) + String((Number(v[i]) + d) % 10) + v.slice(i + 1);
        expect(detector.match(changed), changed).toBeUndefined();
      }
    }
  }
});
