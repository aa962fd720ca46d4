// ISO 8601 durations for retention periods: strict parsing (on top of tinyduration) and
// calendar arithmetic that subtracts a period from an ISO day.
import type * as TinyDuration from 'tinyduration';
import { requireCjs } from './require-cjs.js';

const { parse: parseIsoDuration } = requireCjs('tinyduration') as typeof TinyDuration;

/** A retention period in whole calendar units. */
export interface RetentionDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/**
 * ISO 8601-1:2019 §5.5.2.4 duration format `PnYnMnWnDTnHnMnS`, whole numbers only. tinyduration's
 * own pattern is not anchored (it would accept `P2Yjunk`) and allows fractions and a leading
 * minus, none of which make sense for a retention period, so the text is checked here first.
 */
const STRICT_DURATION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;

/** Parses `P2Y`, `P6M`, `P30D`, `P1Y6M`, `PT36H`; undefined for anything else (also `P`, `PT`). */
export function parseDuration(text: string): RetentionDuration | undefined {
  if (!STRICT_DURATION.test(text) || text === 'P' || text.endsWith('T')) return undefined;
  let parsed;
  try {
    parsed = parseIsoDuration(text);
  } catch {
    return undefined;
  }
  return {
    years: parsed.years ?? 0,
    months: parsed.months ?? 0,
    weeks: parsed.weeks ?? 0,
    days: parsed.days ?? 0,
    hours: parsed.hours ?? 0,
    minutes: parsed.minutes ?? 0,
    seconds: parsed.seconds ?? 0,
  };
}

export function isDuration(text: string): boolean {
  return parseDuration(text) !== undefined;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/**
 * The ISO day `duration` before `isoDay`, in calendar arithmetic: years and months move the
 * month and keep the day, clamped to the month's length (P6M before 2026-11-30 is 2026-05-30,
 * P1M before 2026-03-31 is 2026-02-28); then weeks and days, then time parts rounded down to
 * whole days. Throws on a malformed day or duration, which callers validate beforehand.
 */
export function subtractDuration(isoDay: string, duration: RetentionDuration | string): string {
  const match = ISO_DAY.exec(isoDay);
  if (!match) throw new Error(`not an ISO day (YYYY-MM-DD): ${isoDay}`);
  const d = typeof duration === 'string' ? parseDuration(duration) : duration;
  if (!d) throw new Error(`not an ISO 8601 duration: ${typeof duration === 'string' ? duration : JSON.stringify(duration)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const monthIndex = year * 12 + month - (d.years * 12 + d.months);
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12;
  const clampedDay = Math.min(day, daysInMonth(newYear, newMonth));
  const timeDays = Math.floor((d.hours * 3600 + d.minutes * 60 + d.seconds) / 86_400);
  const totalDays = d.weeks * 7 + d.days + timeDays;
  const result = Date.UTC(newYear, newMonth, clampedDay) - totalDays * DAY_MS;
  return new Date(result).toISOString().slice(0, 10);
}

/** Compares two durations by the cutoff they give from the same day: negative when `a` is shorter. */
export function compareDurations(a: RetentionDuration, b: RetentionDuration, fromDay: string): number {
  const cutA = subtractDuration(fromDay, a);
  const cutB = subtractDuration(fromDay, b);
  // A later cutoff means a shorter period.
  return cutA === cutB ? 0 : cutA > cutB ? -1 : 1;
}
