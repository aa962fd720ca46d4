// Tests for the Finnish henkilötunnus value detector, on codes generated with the published
// algorithm (DDMMYYNNN mod 31 looked up in the check-character table).
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { hetu, seeded, withOneDigitChanged } from '../../helpers/natid-generators.js';
import detector from '../../../src/detectors/value/fi-hetu.js';

const rnd = seeded(358);
const valid = Array.from({ length: 12 }, () => hetu(rnd));

testValueDetector(detector, {
  valid: [...valid, '131052-308T', '131052Y308T', '290200A1239', '290200B1239'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    '131052-308U', // wrong check character
    '131052G308T', // G is no century sign
    '290201A123J', // 29 February 2001, check character right
    '010190-001P', // individual number 001 is never issued
    '131052-308', '131052-308TT', '13105230 8T', '1700000000',
  ],
});

it('refuses every single-digit change of generated codes', () => {
  for (let n = 0; n < 60; n++) {
    const v = hetu(rnd);
    expect(detector.match(v)?.category).toBe('government.national_id');
    for (const i of [0, 1, 2, 3, 4, 5, 7, 8, 9]) {
      for (let d = 1; d < 10; d++) {
        const changed = v.slice(0, i) + String((Number(v[i]) + d) % 10) + v.slice(i + 1);
        expect(detector.match(changed), changed).toBeUndefined();
      }
    }
  }
});
