// Tests for the Singapore NRIC/FIN value detector, on numbers generated with the published
// algorithm (weights 2 7 6 5 4 3 2, mod 11, a letter table per series).
import { describe, expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { int, nric, seeded, withOneDigitChanged } from '../../helpers/natid-generators.js';
import { categoriesOf } from '../../classify/context-helpers.js';
import detector from '../../../src/detectors/value/sg-nric.js';

const rnd = seeded(65);
const valid = Array.from({ length: 12 }, () => nric(rnd));

testValueDetector(detector, {
  valid: [...valid, 'S1234567D', 's1234567d', 'T0123456G', 'F1234567N', 'G7654321L'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    'S1234567E', // wrong check letter
    'F1234567D', // the citizens' letter on a foreigner's number
    'A1234567D', // no such series
    'S123456D', 'S12345678D', 'S1234567', '1700000000',
  ],
});

it('refuses every single-digit change of generated numbers', () => {
  for (let n = 0; n < 60; n++) {
    const v = nric(rnd);
    expect(detector.match(v)?.category).toBe('government.national_id');
    for (let i = 1; i < 8; i++) {
      for (let d = 1; d < 10; d++) {
        const changed = v.slice(0, i) + String((Number(v[i]) + d) % 10) + v.slice(i + 1);
        expect(detector.match(changed), changed).toBeUndefined();
      }
    }
  }
});

describe('columns', () => {
  it('a column of valid numbers under a meaningless name is reported', () => {
    expect(categoriesOf('c1', { values: Array.from({ length: 200 }, () => nric(rnd)) })).toContain('government.national_id');
  });

  it('a column of 200 codes of the same shape with random check letters is not', () => {
    const codes = Array.from({ length: 200 }, () => 'STFG'[int(rnd, 0, 3)] + String(int(rnd, 0, 9_999_999)).padStart(7, '0') + String.fromCharCode(65 + int(rnd, 0, 25)));
    expect(categoriesOf('c1', { values: codes })).not.toContain('government.national_id');
  });
});
