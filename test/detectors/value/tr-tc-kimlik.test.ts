// Tests for the Turkish T.C. Kimlik No value detector, on numbers generated with the published
// algorithm (two check digits).
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, tcKimlik, withOneDigitChanged } from '../../helpers/natid-generators.js';
import detector from '../../../src/detectors/value/tr-tc-kimlik.js';

const rnd = seeded(90);
const valid = Array.from({ length: 12 }, () => tcKimlik(rnd));

testValueDetector(detector, {
  valid: [...valid, '12345678950', '98765432150'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    '12345678951', // eleventh digit off by one
    '12345678960', // tenth digit off by one
    '01234567840', // leading zero, both checks right
    '1234567895', '123456789500', '1234567895a', '1700000000',
  ],
});

it('refuses every single-digit change of generated numbers', () => {
  for (let n = 0; n < 60; n++) {
    const v = tcKimlik(rnd);
    expect(detector.match(v)?.category).toBe('government.national_id');
    for (let i = 0; i < 11; i++) {
      for (let d = 1; d < 10; d++) {
        const changed = v.slice(0, i) + String((Number(v[i]) + d) % 10) + v.slice(i + 1);
        expect(detector.match(changed), changed).toBeUndefined();
      }
    }
  }
});
