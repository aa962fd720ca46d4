// Value detector (weak): a calendar date that could be a birth date: ISO 8601 (YYYY-MM-DD,
// optionally with a midnight time), DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY, YYYY/MM/DD; not in the
// future and not more than 120 years ago. Any date column matches, so the name decides.
import type { ValueDetector } from '../../model/index.js';

const YEAR_FIRST = /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ]00:00(?::00(?:\.0{1,6})?)?(?:Z|[+-]00:?00)?)?$/;
const YEAR_LAST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;

/** Dates are compared as yyyymmdd numbers; "now" is fixed when the module loads. */
const TODAY = new Date();
const TODAY_KEY = TODAY.getFullYear() * 10000 + (TODAY.getMonth() + 1) * 100 + TODAY.getDate();
const OLDEST_KEY = TODAY_KEY - 120 * 10000;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian calendar validity and the plausible birth window. */
function isPlausibleBirthDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return false;
  const key = year * 10000 + month * 100 + day;
  return key <= TODAY_KEY && key >= OLDEST_KEY;
}

const detector: ValueDetector = {
  id: 'date-of-birth',
  kind: 'value',
  categories: ['person.date_of_birth'],
  description: 'Calendar date within the last 120 years and not in the future; weak without a name.',
  scope: 'whole',
  strength: 0.3,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 8 && value.length <= 32 && first >= 48 && first <= 57;
  },
  match(value) {
    if (value.length > 32) return undefined;
    const yearFirst = YEAR_FIRST.exec(value);
    if (yearFirst !== null) {
      return isPlausibleBirthDate(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]))
        ? { category: 'person.date_of_birth' } : undefined;
    }
    const yearLast = YEAR_LAST.exec(value);
    if (yearLast === null) return undefined;
    const a = Number(yearLast[1]);
    const b = Number(yearLast[3]);
    const year = Number(yearLast[4]);
    // Day-first (most of Europe) or month-first (US): either reading will do.
    return isPlausibleBirthDate(year, b, a) || isPlausibleBirthDate(year, a, b) ? { category: 'person.date_of_birth' } : undefined;
  },
};

export default detector;
