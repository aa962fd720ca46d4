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

const FIRST_YEAR = 1000;
const YEARS = 9000;
/** `dayNumber(y, 1, 1)` per year from FIRST_YEAR, made on first use (9,000 years, 36 KB). */
let yearStarts: Int32Array | undefined;
/** Per year from FIRST_YEAR: 12 in a leap year, else 0 (the offset of its row in MONTH_TABLES). */
let leapRows: Uint8Array | undefined;
/** Days in each month, then days before each month: twelve of each for a common year, then for a leap year. */
const MONTH_LENGTHS = new Int32Array(24);
const MONTH_STARTS = new Int32Array(24);
for (let leap = 0; leap < 2; leap++) {
  let before = 0;
  for (let m = 0; m < 12; m++) {
    const length = m === 1 && leap ? 29 : DAYS_IN_MONTH[m];
    MONTH_LENGTHS[leap * 12 + m] = length;
    MONTH_STARTS[leap * 12 + m] = before;
    before += length;
  }
}

function makeYearTables(): Int32Array {
  const starts = new Int32Array(YEARS);
  const leaps = new Uint8Array(YEARS);
  for (let i = 0; i < YEARS; i++) {
    const y = FIRST_YEAR + i;
    starts[i] = dayNumber(y, 1, 1);
    leaps[i] = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 12 : 0;
  }
  leapRows = leaps;
  yearStarts = starts;
  return starts;
}

/**
 * `dayNumber` from two table look-ups instead of its divisions (measured: a third of the time of
 * reading a date cell, on every value of a date column): the same result for every argument.
 */
export function dayNumberFast(y: number, m: number, d: number): number {
  if (!(m >= 1 && m <= 12 && d >= 1 && y >= 1000 && y <= 9999)) return NaN;
  const starts = yearStarts ?? makeYearTables();
  const row = leapRows![y - FIRST_YEAR] + m - 1;
  if (d > MONTH_LENGTHS[row]) return NaN;
  return starts[y - FIRST_YEAR] + MONTH_STARTS[row] + d - 1;
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

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const DASH = 45;
const SLASH = 47;
const DOT = 46;
const SPACE = 32;
const LETTER_T = 84;

/**
 * Parses the day of a value in the formats exports use: ISO 8601 (`2024-03-05`,
 * `2024-03-05T10:00:00Z`, `2024-03-05 10:00`), `2024/03/05`, and the European day-first forms
 * `05.03.2024` and `05/03/2024` (day-first is assumed for slashes unless the first part is > 12
 * would be impossible as a day; US month-first dates with a day > 12 are recognised too).
 * Returns days since the epoch, or NaN. Reads character codes only: indexing a string (`s[4]`)
 * cost several times more per character in V8 on the sliced strings a CSV parser hands out.
 */
export function parseDay(s: string): number {
  const len = s.length;
  if (len < 8 || len > 35) return NaN;
  const c0 = s.charCodeAt(0);
  if (c0 < DIGIT_0 || c0 > DIGIT_9) return NaN;
  const sep4 = s.charCodeAt(4);
  if (sep4 === DASH || sep4 === SLASH) {
    if (len > 10) {
      const c10 = s.charCodeAt(10);
      if (c10 !== LETTER_T && c10 !== SPACE) return NaN;
    }
    if (s.charCodeAt(7) !== sep4) return NaN;
    return dayNumber(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
  }
  const sep2 = s.charCodeAt(2);
  if ((sep2 === DOT || sep2 === SLASH) && s.charCodeAt(5) === sep2) {
    if (len > 10 && s.charCodeAt(10) !== SPACE) return NaN;
    const a = digits(s, 0, 2);
    const b = digits(s, 3, 2);
    const y = digits(s, 6, 4);
    if (sep2 === SLASH && b > 12 && a <= 12) return dayNumber(y, a, b);
    return dayNumber(y, b, a);
  }
  return NaN;
}

/**
 * `parseDay` of the ASCII text in bytes[start, end), read where it lies (a CSV reader's buffer):
 * the same formats, the same checks, the same result. Text with non-ASCII bytes must go through
 * parseDay: its length in bytes is not its length in characters.
 */
export function parseDayBytes(bytes: Uint8Array, start: number, end: number): number {
  const len = end - start;
  if (len < 8 || len > 35) return NaN;
  const c0 = bytes[start];
  if (c0 < DIGIT_0 || c0 > DIGIT_9) return NaN;
  const sep4 = bytes[start + 4];
  if (sep4 === DASH || sep4 === SLASH) {
    if (len > 10) {
      const c10 = bytes[start + 10];
      if (c10 !== LETTER_T && c10 !== SPACE) return NaN;
    }
    if (bytes[start + 7] !== sep4) return NaN;
    return dayNumberFast(twoDigitBytes(bytes, start) * 100 + twoDigitBytes(bytes, start + 2), twoDigitBytes(bytes, start + 5), twoDigitBytes(bytes, start + 8));
  }
  const sep2 = bytes[start + 2];
  if ((sep2 === DOT || sep2 === SLASH) && bytes[start + 5] === sep2) {
    if (len > 10 && bytes[start + 10] !== SPACE) return NaN;
    const a = twoDigitBytes(bytes, start);
    const b = twoDigitBytes(bytes, start + 3);
    const y = twoDigitBytes(bytes, start + 6) * 100 + twoDigitBytes(bytes, start + 8);
    if (sep2 === SLASH && b > 12 && a <= 12) return dayNumberFast(y, a, b);
    return dayNumberFast(y, b, a);
  }
  return NaN;
}

/**
 * The number two ASCII digits at bytes[from] write, or a large negative number when either is
 * not a digit (an integer, where NaN would make the arithmetic floating point): every date part
 * built from it is then out of range, as NaN would be.
 */
function twoDigitBytes(bytes: Uint8Array, from: number): number {
  const tens = bytes[from] - DIGIT_0;
  const ones = bytes[from + 1] - DIGIT_0;
  return tens >>> 0 > 9 || ones >>> 0 > 9 ? -100_000 : tens * 10 + ones;
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

/** Days a histogram window starts with, and the widest it grows to (about 90 years). */
const INITIAL_WINDOW = 1024;
const MAX_WINDOW = 1 << 15;

/**
 * Rows per day (days since the epoch), counted on every value of a date field: a dense window
 * of counts over the days seen, so the common case is an index and an add, where a Map cost a
 * hash lookup and a store per value. The window grows by doubling to MAX_WINDOW days; days
 * farther out (a stray 1900-01-01 among recent dates) go to a small Map.
 */
export class DayCounts {
  private base = 0;
  private window: Float64Array | undefined;
  private readonly outliers = new Map<number, number>();

  add(day: number, n = 1): void {
    const window = this.window;
    if (window !== undefined) {
      const at = day - this.base;
      if (at >= 0 && at < window.length) {
        window[at] += n;
        return;
      }
    }
    this.addOutsideWindow(day, n);
  }

  private addOutsideWindow(day: number, n: number): void {
    const old = this.window;
    if (old === undefined) {
      this.window = new Float64Array(INITIAL_WINDOW);
      this.base = day - INITIAL_WINDOW / 2;
      this.window[INITIAL_WINDOW / 2] = n;
      return;
    }
    const low = Math.min(day, this.base);
    const high = Math.max(day, this.base + old.length - 1);
    if (high - low + 1 > MAX_WINDOW) {
      this.outliers.set(day, (this.outliers.get(day) ?? 0) + n);
      return;
    }
    let size = old.length * 2;
    while (size < high - low + 1) size *= 2;
    size = Math.min(size, MAX_WINDOW);
    // Grow towards the new day: downwards keeps the window's top, upwards keeps its base.
    const base = day < this.base ? high - size + 1 : this.base;
    const grown = new Float64Array(size);
    grown.set(old, this.base - base);
    this.window = grown;
    this.base = base;
    grown[day - base] += n;
  }

  /** [day, count] pairs with a non-zero count, window first in day order, then the outliers. */
  entries(): [number, number][] {
    const pairs: [number, number][] = [];
    const window = this.window;
    if (window !== undefined) for (let i = 0; i < window.length; i++) if (window[i] !== 0) pairs.push([this.base + i, window[i]]);
    for (const pair of this.outliers) pairs.push(pair);
    return pairs;
  }

  clear(): void {
    this.window = undefined;
    this.outliers.clear();
  }
}
