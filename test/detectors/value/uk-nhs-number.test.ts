// Tests for the UK NHS number value detector, on numbers generated with the published mod-11
// check (weights 10..2), written as people write them (plain, 3-3-4 with spaces or dashes).
import { expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import { seeded, withOneDigitChanged } from '../../helpers/natid-generators.js';
import detector from '../../../src/detectors/value/uk-nhs-number.js';
import { categoriesOf } from '../../classify/context-helpers.js';

/** A valid NHS number: nine random digits and the check digit, drawing again when the check would be 10. */
function nhsNumber(rnd: () => number): string {
  for (;;) {
    const nine = Array.from({ length: 9 }, () => Math.floor(rnd() * 10));
    const sum = nine.reduce((acc, d, i) => acc + d * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return nine.join('') + String(check === 11 ? 0 : check);
  }
}
const spaced = (v: string): string => `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`;

const rnd = seeded(4010);
const valid = Array.from({ length: 12 }, () => nhsNumber(rnd));

testValueDetector(detector, {
  valid: [...valid, ...valid.slice(0, 4).map(spaced), '943 476 5919', '943-476-5919', '9434765919'].map((value) => ({ value, category: 'government.national_id' as const })),
  invalid: [
    ...withOneDigitChanged(valid),
    '9434765918', // check digit off by one
    '943 4765919', // mixed grouping
    '943-476 5919',
    '94347659190', '943476591', 'abcdefghij',
  ],
});

it('a column of NHS numbers under a meaningless name is reported; one with wrong check digits is not', () => {
  const column = Array.from({ length: 60 }, () => nhsNumber(rnd));
  expect(categoriesOf('c1', { values: column })).toEqual(['government.national_id']);
  const wrong = column.map((v) => v.slice(0, 9) + String((Number(v[9]) + 1) % 10));
  expect(categoriesOf('c2', { values: wrong })).not.toContain('government.national_id');
});

it('random ten-digit numbers are not read as NHS numbers', () => {
  const random = Array.from({ length: 200 }, () => String(1_000_000_000 + Math.floor(rnd() * 8_999_999_999)));
  expect(categoriesOf('c3', { values: random })).not.toContain('government.national_id');
});
