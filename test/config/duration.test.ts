// src/util/duration.ts: strict ISO 8601 parsing and calendar subtraction for retention cutoffs.
import { describe, expect, it } from 'vitest';
import { compareDurations, parseDuration, subtractDuration } from '../../src/util/duration.js';

describe('parseDuration', () => {
  it.each(['P2Y', 'P6M', 'P30D', 'P1W', 'P1Y6M', 'PT36H', 'P1DT12H'])('accepts %s', (text) => {
    expect(parseDuration(text)).toBeDefined();
  });
  it.each(['', 'P', 'PT', 'two years', 'P2Yjunk', 'xP2Y', 'P1.5Y', '-P1Y', 'p2y', 'P2Y '])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
  it('fills every unit', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({ years: 1, months: 2, weeks: 3, days: 4, hours: 5, minutes: 6, seconds: 7 });
  });
});

describe('subtractDuration', () => {
  it.each([
    ['2026-11-30', 'P6M', '2026-05-30'],
    ['2026-03-31', 'P1M', '2026-02-28'],
    ['2024-03-31', 'P1M', '2024-02-29'],
    ['2028-02-29', 'P1Y', '2027-02-28'],
    ['2026-01-15', 'P2Y', '2024-01-15'],
    ['2026-01-15', 'P1Y13M', '2023-12-15'],
    ['2026-03-01', 'P1D', '2026-02-28'],
    ['2026-03-10', 'P1W', '2026-03-03'],
    ['2026-03-10', 'PT47H', '2026-03-09'],
    ['2026-01-31', 'P1M1D', '2025-12-30'],
  ])('%s minus %s is %s', (day, duration, expected) => {
    expect(subtractDuration(day, duration)).toBe(expected);
  });
  it('throws on a malformed day or duration', () => {
    expect(() => subtractDuration('2026-1-1', 'P1Y')).toThrow();
    expect(() => subtractDuration('2026-01-01', 'one year')).toThrow();
  });
});

describe('compareDurations', () => {
  it('orders by the period they cover from a given day', () => {
    const [sixMonths, thirtyDays, oneYear] = [parseDuration('P6M')!, parseDuration('P30D')!, parseDuration('P1Y')!];
    expect(compareDurations(thirtyDays, sixMonths, '2026-11-30')).toBeLessThan(0);
    expect(compareDurations(oneYear, sixMonths, '2026-11-30')).toBeGreaterThan(0);
    expect(compareDurations(parseDuration('P12M')!, oneYear, '2026-11-30')).toBe(0);
  });
});
