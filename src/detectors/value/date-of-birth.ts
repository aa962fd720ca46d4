// Value detector: a calendar date that could be a birth date, and a column of them whose shape
// is a population's births: ISO 8601 (YYYY-MM-DD, optionally with a midnight time), DD.MM.YYYY,
// DD/MM/YYYY, MM/DD/YYYY, YYYY/MM/DD, "14 Mar 1985", "March 14, 1985", "14-Mar-1985"; not in the
// future and not more than 110 years ago. One date says little, so the column check decides:
// births spread over decades of adult ages, while event dates (orders, hires, logins) crowd into
// a few recent years or carry a time of day.
import type { ValueDetector } from '../../model/index.js';
import { nonEmpty } from '../validators/column.js';

const YEAR_FIRST = /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ]00:00(?::00(?:\.0{1,6})?)?(?:Z|[+-]00:?00)?)?$/;
const YEAR_LAST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
/** "14 Mar 1985", "14-Mar-1985", "14. März 1985". */
const DAY_MONTH_YEAR = /^(\d{1,2})\.?[ -](\p{L}{3,9})\.?[ -](\d{4})$/u;
/** "March 14, 1985", "Mar 14 1985". */
const MONTH_DAY_YEAR = /^(\p{L}{3,9})\.? (\d{1,2}),? (\d{4})$/u;
/** A time of day other than midnight: a timestamp column, not dates of birth. */
const TIME_OF_DAY = /[T ](?!00:00(?::00)?(?:\.0+)?(?:Z|[+-]\d\d:?\d\d)?$)\d{1,2}:\d{2}/;

/** English month names and the abbreviations of the seven lexicon languages, lower-case. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan', 'januar', 'janvier', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro'],
    ['february', 'feb', 'februar', 'fevrier', 'février', 'fév', 'febrero', 'febbraio', 'februari', 'fevereiro', 'fev'],
    ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco'],
    ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
    ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio'],
    ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
    ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
    ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
    ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro'],
    ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
    ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
    ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'diciembre', 'dic', 'dicembre', 'december', 'dezembro'],
  ].flatMap((names, i) => names.map((n): [string, number] => [n, i + 1])),
);

/** Dates are compared as yyyymmdd numbers; "now" is fixed when the module loads. */
const TODAY = new Date();
const TODAY_KEY = TODAY.getFullYear() * 10000 + (TODAY.getMonth() + 1) * 100 + TODAY.getDate();
const OLDEST_KEY = TODAY_KEY - 110 * 10000;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** yyyymmdd of a valid Gregorian date inside the plausible birth window, else undefined. */
function birthKey(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return undefined;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return undefined;
  const key = year * 10000 + month * 100 + day;
  return key <= TODAY_KEY && key >= OLDEST_KEY ? key : undefined;
}

function startsWithFourDigits(value: string): boolean {
  for (let i = 0; i < 4; i++) {
    const code = value.charCodeAt(i);
    if (!(code >= 48 && code <= 57)) return false;
  }
  return true;
}

/** The value's date as yyyymmdd when it is a plausible birth date (day-first read first). */
function parseBirthDate(value: string): number | undefined {
  if (value.length > 32) return undefined;
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst !== null) return birthKey(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  // Four digits first (a timestamp, a year-first date with a time of day): the other shapes need
  // a separator or a letter among the first four characters.
  if (startsWithFourDigits(value)) return undefined;
  const yearLast = YEAR_LAST.exec(value);
  if (yearLast !== null) {
    const a = Number(yearLast[1]);
    const b = Number(yearLast[3]);
    const year = Number(yearLast[4]);
    // Day-first (most of Europe) or month-first (US): either reading will do.
    return birthKey(year, b, a) ?? birthKey(year, a, b);
  }
  const dayFirst = DAY_MONTH_YEAR.exec(value);
  if (dayFirst !== null) {
    const month = MONTHS.get(dayFirst[2].toLowerCase());
    return month === undefined ? undefined : birthKey(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  const monthFirst = MONTH_DAY_YEAR.exec(value);
  if (monthFirst !== null) {
    const month = MONTHS.get(monthFirst[1].toLowerCase());
    return month === undefined ? undefined : birthKey(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  return undefined;
}

/** Fewer dates than this say nothing about a column's spread. */
const MIN_DATES = 8;
/** Births of a population spread over decades: the middle half spans at least this many years. */
const MIN_SPREAD_YEARS = 8;
/**
 * A population's median age lies between these, and its youngest quarter is at least
 * MIN_YOUNG_QUARTER_AGE old: events logged over a lifetime (a patient's conditions since
 * birth) spread over decades too, but crowd into recent years.
 */
const MIN_MEDIAN_AGE = 20;
const MAX_MEDIAN_AGE = 95;
const MIN_YOUNG_QUARTER_AGE = 8;
/** People's birth dates rarely coincide; events of one day (an allergy list's date) repeat. */
const MIN_DISTINCT_SHARE = 0.5;
/** More than this share of dates in the last year are events, not births. */
const MAX_LAST_YEAR_SHARE = 0.05;

/** Age in whole years on TODAY of a yyyymmdd birth key. */
const ageOf = (key: number): number => Math.floor((TODAY_KEY - key) / 10000);

const detector: ValueDetector = {
  id: 'date-of-birth',
  kind: 'value',
  categories: ['person.date_of_birth'],
  description: 'Calendar date up to 110 years back, never in the future; a column of them must spread like births (ages over decades, no time of day).',
  scope: 'whole',
  // Decides alone only past the column check; a publication or founding date column spread over
  // decades still reads as births, so a name or a dataset about things outweighs it.
  strength: 0.6,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 8 && value.length <= 32 && ((first >= 48 && first <= 57) || MONTH_DAY_YEAR.test(value));
  },
  match(value) {
    return parseBirthDate(value) !== undefined ? { category: 'person.date_of_birth' } : undefined;
  },
  column(values) {
    const present = nonEmpty(values);
    const ages: number[] = [];
    const distinct = new Set<number>();
    let timed = 0;
    for (const v of present) {
      if (v.length <= 40 && TIME_OF_DAY.test(v)) timed++;
      const key = parseBirthDate(v);
      if (key === undefined) continue;
      ages.push(ageOf(key));
      distinct.add(key);
    }
    if (timed > 0) return `${timed} of ${present.length} values carry a time of day, as event timestamps do`;
    if (ages.length < MIN_DATES) return `only ${ages.length} dates, too few to judge their spread`;
    ages.sort((a, b) => a - b);
    const quartile = (q: number): number => ages[Math.min(ages.length - 1, Math.floor(q * ages.length))];
    const spread = quartile(0.75) - quartile(0.25);
    if (spread < MIN_SPREAD_YEARS) return `the middle half of the dates spans ${spread} years, like events rather than births`;
    const median = quartile(0.5);
    if (median < MIN_MEDIAN_AGE || median > MAX_MEDIAN_AGE) return `the median date is ${median} years ago, not a population's births`;
    const youngQuarter = quartile(0.25);
    if (youngQuarter < MIN_YOUNG_QUARTER_AGE) return `a quarter of the dates are under ${MIN_YOUNG_QUARTER_AGE} years old, as a log of events is`;
    if (distinct.size < MIN_DISTINCT_SHARE * ages.length) return `only ${distinct.size} distinct dates in ${ages.length}, repeated like events`;
    const lastYear = ages.filter((a) => a === 0).length;
    if (lastYear > MAX_LAST_YEAR_SHARE * ages.length) return `${lastYear} of ${ages.length} dates fall in the last year, as events do`;
    return undefined;
  },
};

export default detector;
