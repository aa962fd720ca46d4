// Tests for the Icelandic kennitala value detector, on numbers generated with stdnum's validator
// (test/helpers/natid-generators.ts), in the forms people write them.
import { it, expect } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, isKennitala as kennitala } from '../../helpers/natid-generators.js';
import detector, { isKennitala } from '../../../src/detectors/value/is-kennitala.js';

const rnd = seeded(98);
const valid = Array.from({ length: 10 }, () => kennitala(rnd));

testValueDetector(detector, {
  valid: [...valid, kennitala(rnd, true), '120174-3399'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid).filter((v) => !isKennitala(v)),
    '120174-3389', '450401-3150', // an organisation's (day plus 40)
    '120174-339', '+354 555 1234', '2024-06-01',
  ],
});

it('finds most single-digit changes of generated numbers', () => {
  let caught = 0;
  let tried = 0;
  for (const v of Array.from({ length: 40 }, () => kennitala(rnd))) {
    expect(detector.match(v)?.category, v).toBe('government.national_id');
    for (const changed of withOneDigitChanged(Array.from({ length: 6 }, () => v))) {
      tried++;
      if (detector.match(changed) === undefined) caught++;
    }
  }
  expect(caught / tried).toBeGreaterThan(0.8);
});
