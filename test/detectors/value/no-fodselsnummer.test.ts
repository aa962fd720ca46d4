// Tests for the Norwegian fødselsnummer value detector, on numbers generated with the published
// algorithm (two mod-11 check digits).
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { fodselsnummer, seeded, withOneDigitChanged } from '../../helpers/natid-generators.js';
import detector from '../../../src/detectors/value/no-fodselsnummer.js';

const rnd = seeded(47);
const valid = Array.from({ length: 12 }, () => fodselsnummer(rnd));

testValueDetector(detector, {
  valid: [...valid, '29020056787', '41019012393'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    '29020056788', // second check digit off by one
    '30029012373', // 30 February 1990, both check digits right
    '01019012310', // first check digit would be 10: never issued
    '2902005678', '290200567877', '2902005678a', '1700000000',
  ],
});

it('refuses every single-digit change of generated numbers', () => {
  for (let n = 0; n < 60; n++) {
    const v = fodselsnummer(rnd);
    expect(detector.match(v)?.category).toBe('government.national_id');
    for (let i = 0; i < 11; i++) {
      for (let d = 1; d < 10; d++) {
        const changed = v.slice(0, i) + String((Number(v[i]) + d) % 10) + v.slice(i + 1);
        expect(detector.match(changed), changed).toBeUndefined();
      }
    }
  }
});
