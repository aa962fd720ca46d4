// Tests for the Croatian OIB value detector, on numbers generated with stdnum's validator
// (test/helpers/natid-generators.ts), in the forms people write them.
import { it, expect } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged, hrOib } from '../../helpers/natid-generators.js';
import detector, { isOib } from '../../../src/detectors/value/hr-oib.js';

const rnd = seeded(97);
const valid = Array.from({ length: 10 }, () => hrOib(rnd));

testValueDetector(detector, {
  valid: [...valid, '33392005961', 'HR33392005961', 'hr33392005961'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid).filter((v) => !isOib(v)),
    '33392005962', 'HR 33392005961', '3339200596', '+385 91 234 5678', '2024-06-01',
  ],
});

it('finds most single-digit changes of generated numbers', () => {
  let caught = 0;
  let tried = 0;
  for (const v of Array.from({ length: 40 }, () => hrOib(rnd))) {
    expect(detector.match(v)?.category, v).toBe('government.national_id');
    for (const changed of withOneDigitChanged(Array.from({ length: 6 }, () => v))) {
      tried++;
      if (detector.match(changed) === undefined) caught++;
    }
  }
  expect(caught / tried).toBeGreaterThan(0.85);
});

it('steps aside for a column of German Steuer-IDs, which share its check digit', () => {
  // Numbers with a Steuer-ID's digit rule (one digit of the first ten repeated) and its MOD 11,10 check digit.
  const steuerIds = ['86095742719', '47036892816', '65929970489', '57549285017', '25768131411'];
  for (const v of steuerIds) expect(detector.match(v), v).toBeDefined();
  expect(detector.column!(steuerIds)).toMatch(/Steuer-ID/);
  expect(detector.column!(Array.from({ length: 40 }, () => hrOib(rnd)))).toBeUndefined();
});
