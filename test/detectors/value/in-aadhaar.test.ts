// Tests for the Indian Aadhaar value detector, on numbers generated with the published algorithm
// (Verhoeff check digit), and its step aside for SNOMED CT concept ids, which share that digit.
import { describe, expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { aadhaar, int, seeded, withOneDigitChanged, withVerhoeff } from '../../helpers/natid-generators.js';
import { categoriesOf } from '../../classify/context-helpers.js';
import detector from '../../../src/detectors/value/in-aadhaar.js';

const rnd = seeded(91);
const valid = [...Array.from({ length: 8 }, () => aadhaar(rnd)), ...Array.from({ length: 4 }, () => aadhaar(rnd, true))];

testValueDetector(detector, {
  valid: [...valid, '234123412346', '2341 2341 2346'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    '234123412347', // check digit off by one
    '123412341234', // first digit 1, check right
    '2341-2341-2346', '2341 23412346', '23412341234', '2341234123466', '23412341234a', '1700000000',
  ],
});

it('refuses every single-digit change of generated numbers', () => {
  for (let n = 0; n < 60; n++) {
    const v = aadhaar(rnd);
    expect(detector.match(v)?.category).toBe('government.national_id');
    for (let i = 1; i < 12; i++) {
      for (let d = 1; d < 10; d++) {
        const changed = v.slice(0, i) + String((Number(v[i]) + d) % 10) + v.slice(i + 1);
        expect(detector.match(changed), changed).toBeUndefined();
      }
    }
  }
});

describe('a column of 12-digit SNOMED CT concept ids', () => {
  const ids = Array.from({ length: 200 }, () => withVerhoeff(String(int(rnd, 2, 9)) + String(int(rnd, 0, 99_999_999)).padStart(8, '0') + '10'));

  it('passes the Aadhaar check by construction', () => {
    expect(ids.every((v) => detector.match(v) !== undefined)).toBe(true);
  });

  it('is not reported as national identity numbers', () => {
    expect(categoriesOf('c1', { values: ids })).not.toContain('government.national_id');
  });
});
