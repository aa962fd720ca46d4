// Birth dates embedded in national identity numbers: a number whose date part is not a real
// calendar day is not an identity number, which is most of what separates one from a random
// number of the same length (a single check digit alone passes one in ten or eleven).

/** True when year-month-day (month 1..12) is a day of the Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** The two-digit number at `start` of `value` (the caller has checked both are ASCII digits). */
export function twoDigits(value: string, start: number): number {
  return (value.charCodeAt(start) - 48) * 10 + value.charCodeAt(start + 1) - 48;
}

/** True when every character of `value` is an ASCII digit (and there is at least one). */
export function allDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Sum of digit × weight over `weights.length` digits of `value` from `start`. */
export function weightedSum(value: string, weights: readonly number[], start = 0): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (value.charCodeAt(start + i) - 48) * weights[i];
  return sum;
}
