// Tests for the Brazilian CPF value detector, on numbers generated with the published algorithm
// (two mod-11 check digits).
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { cpf, seeded, withOneDigitChanged } from '../../helpers/natid-generators.js';
import detector from '../../../src/detectors/value/br-cpf.js';

const rnd = seeded(55);
const valid = [...Array.from({ length: 8 }, () => cpf(rnd)), ...Array.from({ length: 4 }, () => cpf(rnd, true))];

testValueDetector(detector, {
  valid: [...valid, '12345678909', '529.982.247-25'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    '12345678908', // second check digit off by one
    '11111111111', // one repeated digit: passes the checks, never issued
    '529.982.247.25', '529-982-247-25', '1234567890', '123456789099', '1234567890a', '1700000000',
  ],
});

it('refuses single-digit changes of generated numbers, except the few that mod 11 with 10 → 0 lets through', () => {
  let passed = 0;
  let tried = 0;
  for (let n = 0; n < 60; n++) {
    const v = cpf(rnd);
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
