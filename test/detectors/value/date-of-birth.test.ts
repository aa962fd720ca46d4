// Tests for the date-of-birth value detector: plausible past dates in common formats, and the
// column check that tells a population's births from event dates by their spread alone.
import { describe, expect, it } from 'vitest';
import { testValueDetector } from '../../helpers/detector-tester.js';
import detector from '../../../src/detectors/value/date-of-birth.js';

const thisYear = new Date().getFullYear();
const nextYear = thisYear + 1;

testValueDetector(detector, {
  valid: [
    { value: '1985-03-14', category: 'person.date_of_birth' },
    { value: '14.03.1985', category: 'person.date_of_birth' },
    { value: '03/14/1985', category: 'person.date_of_birth' },
    { value: '29/02/2000', category: 'person.date_of_birth' },
    { value: '1985-03-14T00:00:00Z', category: 'person.date_of_birth' },
    { value: '1985/03/14', category: 'person.date_of_birth' },
    { value: '14 Mar 1985', category: 'person.date_of_birth' },
    { value: '14-Mar-1985', category: 'person.date_of_birth' },
    { value: 'March 14, 1985', category: 'person.date_of_birth' },
    { value: '14 März 1985', category: 'person.date_of_birth' },
    { value: '14 décembre 1985', category: 'person.date_of_birth' },
  ],
  invalid: [
    `${nextYear}-01-15`, '1850-06-01', '1905-06-01', '1985-02-30', '29.02.1999', '1985-13-01', '14/14/1985',
    '2023-11-14T22:13:20Z', '1700000000', '1234.56', 'ORD-2024-000123', '1985-3-14', '14 Foo 1985', 'Smarch 14, 1985',
  ],
});

/** `n` ISO dates, deterministic, years spread evenly over [from, to] and days over the year. */
function dates(n: number, from: number, to: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const year = from + Math.floor(((to - from + 1) * i) / n);
    const month = 1 + ((i * 7) % 12);
    const day = 1 + ((i * 13) % 28);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
}

describe('date-of-birth column check', () => {
  it('accepts births of an adult population spread over decades', () => {
    expect(detector.column!(dates(200, 1940, 2006))).toBeUndefined();
  });

  it('accepts births written day-first and with month names', () => {
    const dayFirst = dates(60, 1950, 2000).map((d) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`);
    expect(detector.column!(dayFirst)).toBeUndefined();
    const named = dates(60, 1950, 2000).map((d) => `${Number(d.slice(8, 10))} Jun ${d.slice(0, 4)}`);
    expect(detector.column!(named)).toBeUndefined();
  });

  it('rejects order dates of the last three years', () => {
    expect(detector.column!(dates(200, thisYear - 3, thisYear - 1))).toMatch(/spans \d+ years/);
  });

  it('rejects event dates spread over twenty recent years: the median is too recent', () => {
    expect(detector.column!(dates(200, thisYear - 20, thisYear - 1))).toMatch(/median date is \d+ years ago/);
  });

  it('rejects dates that carry a time of day', () => {
    const stamps = dates(100, 1940, 2006).map((d, i) => `${d} ${String(i % 24).padStart(2, '0')}:15:00`);
    expect(detector.column!(stamps)).toMatch(/time of day/);
  });

  it('rejects a handful of dates', () => {
    expect(detector.column!(dates(5, 1940, 2006))).toMatch(/too few/);
  });

  it('rejects a column with many dates in the last year', () => {
    const values = [...dates(80, 1940, 2006), ...dates(20, thisYear, thisYear).map((d) => d.replace(/-\d\d-\d\d$/, '-01-01'))];
    expect(detector.column!(values)).toMatch(/last year/);
  });
});

describe('date-of-birth column check against lifetime event logs', () => {
  it('rejects conditions recorded over patients\' lives: the recent years dominate', () => {
    // Dates from 60 years ago to last year, most of them in the last fifteen.
    const values = [...dates(40, thisYear - 60, thisYear - 16), ...dates(80, thisYear - 15, thisYear - 1)];
    expect(detector.column!(values)).toMatch(/median date|under 8 years/);
  });

  it('rejects a few dates repeated over many rows', () => {
    const values = Array.from({ length: 60 }, (_, i) => dates(12, 1940, 2000)[i % 12]);
    expect(detector.column!(values)).toMatch(/distinct dates/);
  });
});

describe('date-of-birth on values that start with four digits', () => {
  // Only the year-first shape can match them: the others need a separator or a letter among the
  // first four characters, so the detector stops after the year-first pattern. Its verdict on
  // such values must be what the year-first pattern and the birth window alone say.
  const yearFirst = /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ]00:00(?::00(?:\.0{1,6})?)?(?:Z|[+-]00:?00)?)?$/;
  const alphabet = ['0', '1', '9', '-', '/', '.', ' ', 'T', ':', 'Z', 'M', 'ä', 'r', 'z'];
  const random = (() => {
    let x = 20261207;
    return () => ((x = (x * 1103515245 + 12345) >>> 0) / 4294967296);
  })();
  const values = ['1985-03-14', '1985/03/14', '1985-03-14T00:00:00Z', '2022-07-14T08:43:00Z', '1985.03.14', '1985 Mar 14', '19850314', '1234-56-78'];
  for (let i = 0; i < 5000; i++) {
    let v = String(1900 + Math.floor(random() * 130));
    const length = Math.floor(random() * 24);
    for (let k = 0; k < length; k++) v += alphabet[Math.floor(random() * alphabet.length)];
    values.push(random() < 0.5 ? v : `${v.slice(0, 4)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 31)).padStart(2, '0')}${v.slice(4, 8)}`);
  }

  it('matches exactly the year-first dates inside the birth window', () => {
    let matched = 0;
    for (const value of values) {
      const m = yearFirst.exec(value);
      const hit = detector.prefilter!(value) && detector.match(value) !== undefined;
      if (m === null) expect(hit, value).toBe(false);
      else {
        const year = Number(m[1]);
        const plausible = year <= thisYear && year >= thisYear - 110;
        if (!plausible) expect(hit, value).toBe(false);
        if (hit) matched++;
      }
    }
    expect(matched).toBeGreaterThan(200);
  });
});
