// Tests for phone-national.ts: on generated numbers in the national formats of every default
// country (scripts/phone-national-numbers.mjs; scripts/phone-national-equality.mjs runs a million
// a family) its verdict under each default country must equal libphonenumber-js's parse of the
// written text plus isValid(), it must answer (not defer) for them, and named examples.
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { FAMILIES, generateNationalNumbers } from '../../scripts/phone-national-numbers.mjs';
import { nationalPhoneValidity } from '../../src/detectors/validators/phone-national.js';
import { isValidParsedPhoneNumber } from '../../src/detectors/validators/phone-validity.js';
import { isPhoneNumber } from '../../src/detectors/validators/phone-number.js';

/** The reference: what phone-number.ts asked for each country before the fast path. */
function libraryVerdict(text: string, country: CountryCode): boolean {
  const parsed = parsePhoneNumberFromString(text, country);
  return parsed !== undefined && isValidParsedPhoneNumber(parsed);
}

const digitsOf = (text: string): string => text.replace(/\D/g, '');

describe('nationalPhoneValidity', () => {
  it.each<[string, CountryCode]>([
    ['04 25 92 85 48', 'FR'],
    ['06 12 34 56 78', 'FR'],
    ['(212) 555-0123', 'US'], // a 555-01xx fictional number is still a valid NANP shape
    ['(416) 555-0199', 'US'], // Toronto: the parse picks CA on the shared +1 code
    ['020 7946 0958', 'GB'],
    ['01534 123456', 'GB'], // Jersey on the shared +44 code
    ['030 1234567', 'DE'],
    ['0049 30 1234567', 'DE'], // IDD prefix: read as +49
    ['49 30 1234567', 'DE'], // calling code without "+"
    ['612 34 56 78', 'ES'],
    ['06 6982 1234', 'IT'],
    ['347 123 4567', 'IT'],
    ['020 123 4567', 'NL'],
    ['06-12345678', 'NL'],
  ])('accepts %s in %s', (text, country) => {
    expect(libraryVerdict(text, country)).toBe(true);
    expect(nationalPhoneValidity(digitsOf(text), country)).toBe(true);
  });

  it.each<[string, CountryCode]>([
    ['(123) 456-7890', 'US'], // no NANP area code starts with 1
    ['00 25 92 85 48', 'FR'],
    ['0207 946 09', 'GB'], // too short for a London number,
    ['0000 1234567', 'DE'],
    ['0049 00 1234567', 'DE'],
    ['123 45 67 89', 'ES'],
    ['0800 12', 'NL'],
  ])('rejects %s in %s', (text, country) => {
    expect(libraryVerdict(text, country)).toBe(false);
    expect(nationalPhoneValidity(digitsOf(text), country)).toBe(false);
  });

  it('defers input that is not ASCII digits', () => {
    expect(nationalPhoneValidity('04 25 92 85 48', 'FR')).toBeUndefined();
    expect(nationalPhoneValidity('042592854٨', 'FR')).toBeUndefined();
  });

  // 7 families × 4,000 numbers, each judged under all 7 default countries.
  it.each(FAMILIES.map((family) => [family]))('agrees with libphonenumber-js on 4,000 generated %s numbers under every default country', (family) => {
    let answered = 0;
    let valid = 0;
    let deferred = 0;
    const disagreements: string[] = [];
    for (const { text, digits } of generateNationalNumbers(family, 4_000, 7_919 + FAMILIES.indexOf(family))) {
      for (const country of FAMILIES) {
        const fast = nationalPhoneValidity(digits, country);
        if (fast === undefined) { deferred++; continue; }
        answered++;
        const expected = libraryVerdict(text, country);
        if (expected) valid++;
        if (fast !== expected && disagreements.length < 10) disagreements.push(`${text} in ${country}: fast path said ${String(fast)}`);
      }
    }
    expect(disagreements).toEqual([]);
    // Meaningful only if both verdicts occur often and the fast path answers nearly always.
    expect(deferred).toBeLessThan(answered / 100);
    expect(valid).toBeGreaterThan(answered / 10);
    expect(answered - valid).toBeGreaterThan(answered / 10);
  }, 60_000);

  it("keeps isPhoneNumber's national verdicts those of libphonenumber-js over the countries it tries", () => {
    const disagreements: string[] = [];
    let accepted = 0;
    for (const family of FAMILIES) {
      for (const { text } of generateNationalNumbers(family, 1_500, 31 + FAMILIES.indexOf(family))) {
        const actual = isPhoneNumber(text, 0, text.length, true);
        if (actual) accepted++;
        // What phone-number.ts did before: the shape check, then the library per country. A
        // shape-rejected text is false either way, so only an accepted one needs a witness.
        if (actual && !FAMILIES.some((country) => libraryVerdict(text, country)) && disagreements.length < 10) disagreements.push(text);
      }
    }
    expect(disagreements).toEqual([]);
    expect(accepted).toBeGreaterThan(2_000);
  }, 60_000);
});
