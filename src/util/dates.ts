// Cheap date recognition for statistics and retention counting: runs on every value of a
// date-like field, so it avoids Date parsing and regular expressions on the hot path.

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 for a valid (proleptic Gregorian) calendar date, else NaN. Pure integer
 * arithmetic — Howard Hinnant's `days_from_civil`
 * (http://howardhinnant.github.io/date_algorithms.html#days_from_civil) — because it runs on
 * every value of a date column and a Date object per value showed up in the profile.
 */
export function dayNumber(y: number, m: number, d: number): number {
  if (!(m >= 1 && m <= 12 && d >= 1 && y >= 1000 && y <= 9999)) return NaN;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1])) return NaN;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function isoDayFromNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function dayNumberFromIso(iso: string): number {
  return parseDay(iso);
}

function digits(s: string, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Parses the day of a value in the formats exports use: ISO 8601 (`2024-03-05`,
 * `2024-03-05T10:00:00Z`, `2024-03-05 10:00`), `2024/03/05`, and the European day-first forms
 * `05.03.2024` and `05/03/2024` (day-first is assumed for slashes unless the first part is > 12
 * would be impossible as a day; US month-first dates with a day > 12 are recognised too).
 * Returns days since the epoch, or NaN.
 */
export function parseDay(s: string): number {
  const len = s.length;
  if (len < 8 || len > 35) return NaN;
  const c0 = s.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return NaN;
  const sep4 = s[4];
  if (sep4 === '-' || sep4 === '/') {
    if (len > 10 && s[10] !== 'T' && s[10] !== ' ') return NaN;
    if (s[7] !== sep4) return NaN;
    return dayNumber(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
  }
  const sep2 = s[2];
  if ((sep2 === '.' || sep2 === '/') && s[5] === sep2) {
    if (len > 10 && s[10] !== ' ') return NaN;
    const a = digits(s, 0, 2);
    const b = digits(s, 3, 2);
    const y = digits(s, 6, 4);
    if (sep2 === '/' && b > 12 && a <= 12) return dayNumber(y, a, b);
    return dayNumber(y, b, a);
  }
  return NaN;
}

/** Rows dated strictly before `cutoff` in a day → count histogram, and the oldest day. */
export function countInHistogram(days: ReadonlyMap<number, number> | undefined, cutoff: number): { rows: number; oldest: string } | undefined {
  if (!days || days.size === 0) return undefined;
  let rows = 0;
  let oldest = Infinity;
  for (const [day, n] of days) {
    if (day < oldest) oldest = day;
    if (day < cutoff) rows += n;
  }
  return { rows, oldest: isoDayFromNumber(oldest) };
}
