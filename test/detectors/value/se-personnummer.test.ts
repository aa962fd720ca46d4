// Tests for the Swedish personnummer value detector, on numbers generated with the published
// algorithm (Luhn over YYMMDDNNN) in its three written forms.
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { personnummer, seeded, withOneDigitChanged } from '../../helpers/natid-generators.js';
import detector from '../../../src/detectors/value/se-personnummer.js';

const rnd = seeded(46);
const valid = (['short', 'long', 'bare'] as const).flatMap((form) => Array.from({ length: 5 }, () => personnummer(rnd, form)));

testValueDetector(detector, {
  valid: [...valid, '811218-9876', '811218+9876', '19811218-9876', '198112189876', '811278-9873'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    '811218-9877', // check digit off by one
    '811318-9875', // month 13, check digit right
    '010229-1234', // 29 February 1901 or 2001, check digit right
    '811218 9876', // separator that is not '-' or '+'
    '17811218-9876', // century 17
    '81121-89876', '8112189876a', '1700000000',
  ],
});

it('refuses every single-digit change of generated numbers', () => {
  for (let n = 0; n < 60; n++) {
    const v = personnummer(rnd, 'short');
    expect(detector.match(v)?.category).toBe('government.national_id');
    for (const i of [0, 1, 2, 3, 4, 5, 7, 8, 9, 10]) {
      for (let d = 1; d < 10; d++) {
        const changed = v.slice(0, i) + String((Number(v[i]) + d) % 10) + v.slice(i + 1);
        expect(detector.match(changed), changed).toBeUndefined();
      }
    }
  }
});
