// Tests for the Polish PESEL value detector, on numbers generated with the published algorithm.
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { pesel, seeded, withOneDigitChanged } from '../../helpers/natid-generators.js';
import detector from '../../../src/detectors/value/pl-pesel.js';

const rnd = seeded(11);
const valid = Array.from({ length: 12 }, () => pesel(rnd));

testValueDetector(detector, {
  valid: [...valid, '02270803624', '85810100009'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    '02270803625', // check digit off by one
    '02330803623', // month code 33: no such month, check digit right
    '01223012342', // 30 February 2001, check digit right
    '02470803620', // month code 47: the 2100s, never issued yet, check digit right
    '0227080362', '022708036244', '0227080362a', '1700000000',
  ],
});

it('refuses every single-digit change of every generated number', () => {
  const many = Array.from({ length: 60 }, () => pesel(rnd));
  for (const v of many) {
    expect(detector.match(v)?.category).toBe('government.national_id');
    for (let i = 0; i < 11; i++) {
      for (let d = 1; d < 10; d++) {
        const changed = v.slice(0, i) + String((Number(v[i]) + d) % 10) + v.slice(i + 1);
        expect(detector.match(changed), changed).toBeUndefined();
      }
    }
  }
});
