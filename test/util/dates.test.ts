import { describe, expect, it } from 'vitest';
import { dayNumber, dayNumberFast, isoDayFromNumber } from '../../src/util/dates.js';

/** The Date-based reference the arithmetic version replaced. */
function dayNumberViaDate(y: number, m: number, d: number): number {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return NaN;
  const t = Date.UTC(y, m - 1, d);
  return new Date(t).getUTCDate() === d ? t / 86_400_000 : NaN;
}

describe('dayNumber', () => {
  it.each([
    [1970, 1, 1, 0],
    [2000, 2, 29, 11_016],
    [2024, 3, 5, 19_787],
    [1969, 12, 31, -1],
  ])('%d-%d-%d is day %d', (y, m, d, expected) => {
    expect(dayNumber(y, m, d)).toBe(expected);
  });
  it.each([
    [1900, 2, 29],
    [2023, 2, 29],
    [2024, 4, 31],
    [2024, 13, 1],
    [2024, 0, 1],
    [999, 1, 1],
    [2024, NaN, 1],
  ])('rejects %d-%d-%d', (y, m, d) => {
    expect(dayNumber(y, m, d)).toBeNaN();
  });
  it('agrees with Date.UTC on every day of four centuries and on invalid days', () => {
    for (let y = 1999; y <= 2401; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const expected = dayNumberViaDate(y, m, d);
          const actual = dayNumber(y, m, d);
          if (Number.isNaN(expected)) expect(actual, `${y}-${m}-${d}`).toBeNaN();
          else expect(actual, `${y}-${m}-${d}`).toBe(expected);
        }
      }
    }
    expect(isoDayFromNumber(dayNumber(2400, 2, 29))).toBe('2400-02-29');
  });
});

describe('dayNumberFast', () => {
  it('equals dayNumber on every day of every year it reads, on invalid days and outside its years', () => {
    let mismatches = 0;
    for (let y = 990; y <= 10_010; y++) {
      for (let m = -1; m <= 13; m++) {
        for (let d = -1; d <= 32; d++) {
          const expected = dayNumber(y, m, d);
          const actual = dayNumberFast(y, m, d);
          if (!(Object.is(actual, expected))) mismatches++;
        }
      }
    }
    expect(mismatches).toBe(0);
    for (const [y, m, d] of [[NaN, 1, 1], [2024, NaN, 1], [2024, 1, NaN], [2024.5, 1, 1], [-100_000, 1, 1], [2024, -100_000, 5]]) {
      expect(dayNumberFast(y, m, d), `${y}-${m}-${d}`).toBeNaN();
    }
  });
});
