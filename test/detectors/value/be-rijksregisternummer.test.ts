// Tests for the Belgian national register number value detector, on numbers generated with the
// published algorithm (97 - n mod 97, with 2 prefixed for births from 2000).
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { rijksregisternummer, seeded, withOneDigitChanged } from '../../helpers/natid-generators.js';
import detector from '../../../src/detectors/value/be-rijksregisternummer.js';

const rnd = seeded(32);
const valid = [...Array.from({ length: 8 }, () => rijksregisternummer(rnd)), ...Array.from({ length: 4 }, () => rijksregisternummer(rnd, true))];

testValueDetector(detector, {
  valid: [...valid, '85073003328', '85.07.30-033.28', '01010112301', '85000003306', '85473003317'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    '85073003329', // check number off by one
    '85023003390', // 30 February 1985, check right
    '85133003336', // month 13
    '85073000097', // serial 000
    '85.07.30.033.28', '8507300332', '850730033288', '8507300332a', '1700000000',
  ],
});

it('refuses single-digit changes of generated numbers, except the few the check of the other century accepts', () => {
  // A changed digit never passes its own century's mod 97, but about one in 97 passes the other's.
  let passed = 0;
  let tried = 0;
  for (let n = 0; n < 60; n++) {
    const v = rijksregisternummer(rnd);
    expect(detector.match(v)?.category).toBe('government.national_id');
    for (let i = 0; i < 11; i++) {
      for (let d = 1; d < 10; d++) {
        tried++;
        if (detector.match(v.slice(0, i) + String((Number(v[i]) + d) % 10) + v.slice(i + 1)) !== undefined) passed++;
      }
    }
  }
  expect(passed / tried).toBeLessThan(0.03);
});
