// Tests for the Chinese resident identity number value detector, on numbers generated with the
// published algorithm (ISO 7064 MOD 11-2, X for 10).
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { residentId, seeded, withOneDigitChanged } from '../../helpers/natid-generators.js';
import detector from '../../../src/detectors/value/cn-resident-id.js';

const rnd = seeded(86);
const valid = Array.from({ length: 12 }, () => residentId(rnd));

testValueDetector(detector, {
  valid: [...valid, '11010519491231002X', '11010519491231002x'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid.filter((v) => !v.endsWith('X'))),
    '110105194912310029', // check character wrong
    '440304199002291230', // 29 February 1990, check right
    '990105194912310023', // province 99
    '110105184912310020', // born in the 1800s
    '11010519491231002', '11010519491231002XX', '11010519491231002Y', '1700000000',
  ],
});

it('refuses every single-digit change of generated numbers', () => {
  for (let n = 0; n < 60; n++) {
    const v = residentId(rnd);
    expect(detector.match(v)?.category).toBe('government.national_id');
    for (let i = 0; i < 17; i++) {
      for (let d = 1; d < 10; d++) {
        const changed = v.slice(0, i) + String((Number(v[i]) + d) % 10) + v.slice(i + 1);
        expect(detector.match(changed), changed).toBeUndefined();
      }
    }
  }
});
