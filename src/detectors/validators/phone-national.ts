// Phone numbers in national form under a default country ("04 25 92 85 48" in FR,
// "(523) 861-0908" in US): an exact mirror of libphonenumber-js's
// `parsePhoneNumberFromString(text, country)` followed by phone-validity.ts's validity check,
// for a text of ASCII digits and the separators space - . / ( ), which the library drops
// (parseIncompletePhoneNumber.js) and which form no extension, so its verdict is the verdict on
// the digits. Without it each country tried cost a parse of ~10–40 µs (object spreads, metadata
// wrappers, a RegExp built per call); a column of national numbers spent nine tenths of a full
// scan there.
//
// Mirrored logic (libphonenumber-js 1.13.16, "max" metadata, es6/ sources), after the shared
// parts of phone-international.ts (national prefix extraction, country by calling code):
// - parse.js → parsePhoneNumber → helpers/extractCountryCallingCode.js on a number without "+":
//   1. helpers/stripIddPrefix.js: when the country's IDD prefix (`new RegExp(IDDPrefix)`,
//      searched at index 0) starts the number and the first digit after it is not 0, the number
//      is "+" and the rest: international, phone-international.ts's verdict.
//   2. helpers/extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js: when the
//      number starts with the country's calling code, and either the national number of the whole
//      does not match the plan's national pattern while that of the rest does, or the whole is
//      TOO_LONG for the plan (helpers/checkNumberLength.js), the calling code is taken from the
//      number: again the international verdict on the same digits.
//   3. Otherwise parse.js selects the default country's plan, helpers/extractNationalNumber.js
//      strips the national prefix, helpers/getCountryByCallingCode.js may pick another country of
//      a shared calling code (CA for a +1 number, JE for +44…), the national number's length must
//      be 2..17 (constants.js), and isValid() checks it against the chosen country's plan.
// Returned as undefined (the caller asks libphonenumber-js): non-ASCII-digit input, metadata of
// another layout, a country that is not the main country of its calling code (its plan would
// not be phone-international.ts's entry), and what phone-international.ts defers.
import metadata from 'libphonenumber-js/max/metadata';
import type { CountryCode } from 'libphonenumber-js/max';
import {
  UNSUPPORTED, callingCodeEntry, extractNationalNumber, internationalPhoneValidity, isAsciiDigits, isValidInCountryOf, type CallingCodeEntry,
} from './phone-international.js';
import { compiledPlanFor, metadataIsMirrored } from './phone-validity.js';

/** metadata.js NumberingPlan v4: [0] calling code, [1] IDD prefix. */
const PLAN_CALLING_CODE = 0;
const PLAN_IDD_PREFIX = 1;
/** constants.js MIN_LENGTH_FOR_NSN, MAX_LENGTH_FOR_NSN. */
const MIN_LENGTH_FOR_NSN = 2;
const MAX_LENGTH_FOR_NSN = 17;
/** helpers/isViablePhoneNumber.js needs a few digits; callers give 9 or more, shorter is deferred. */
const MIN_DIGITS_HANDLED = 3;

/** What parsing a national number under one default country needs, compiled once. */
interface DefaultCountry {
  readonly callingCode: string;
  readonly entry: CallingCodeEntry;
  /** stripIddPrefix.js `new RegExp(metadata.IDDPrefix())`, searched at index 0. */
  readonly iddPrefix: RegExp | undefined;
}

const defaultCountries = new Map<string, DefaultCountry | typeof UNSUPPORTED>();

/**
 * Exactly `parsePhoneNumberFromString(text, country)` (libphonenumber-js/max) followed by
 * `isValidParsedPhoneNumber`, for a text (at most 250 characters) made of `digits` and the
 * separators space - . / ( ), or undefined when this fast path does not handle it.
 */
export function nationalPhoneValidity(digits: string, country: CountryCode): boolean | undefined {
  if (!metadataIsMirrored || digits.length < MIN_DIGITS_HANDLED || !isAsciiDigits(digits)) return undefined;
  const compiled = defaultCountryOf(country);
  if (compiled === UNSUPPORTED) return undefined;
  const { entry, callingCode } = compiled;
  // 1. stripIddPrefix.js: an IDD prefix followed by a digit other than 0.
  const idd = compiled.iddPrefix?.exec(digits);
  if (idd !== null && idd !== undefined && idd.index === 0) {
    const rest = digits.slice(idd[0].length);
    if (rest !== '' && rest.charCodeAt(0) !== 48) return internationalPhoneValidity(rest);
  }
  // 2. extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js.
  if (digits.startsWith(callingCode)) {
    const shorter = extractNationalNumber(entry, digits.slice(callingCode.length));
    const whole = extractNationalNumber(entry, digits);
    if (shorter === undefined || whole === undefined) return undefined;
    const pattern = entry.plan.nationalNumberPattern;
    if ((!pattern.test(whole) && pattern.test(shorter)) || isTooLong(whole.length, entry.plan.possibleLengths)) {
      return internationalPhoneValidity(digits);
    }
  }
  // 3. The default country's plan, then the country the national number belongs to.
  const nationalNumber = extractNationalNumber(entry, digits);
  if (nationalNumber === undefined) return undefined;
  if (nationalNumber.length < MIN_LENGTH_FOR_NSN || nationalNumber.length > MAX_LENGTH_FOR_NSN) return false;
  return isValidInCountryOf(entry, nationalNumber, compiledPlanFor(country));
}

/** checkNumberLength.js without a type: TOO_LONG when the plan's longest length is shorter. */
function isTooLong(length: number, possibleLengths: readonly number[] | undefined): boolean {
  if (possibleLengths === undefined || possibleLengths.length === 0) return false;
  const minimum = possibleLengths[0] ?? 0;
  const maximum = possibleLengths[possibleLengths.length - 1] ?? minimum;
  return minimum !== length && minimum <= length && maximum < length;
}

function defaultCountryOf(country: CountryCode): DefaultCountry | typeof UNSUPPORTED {
  let compiled = defaultCountries.get(country);
  if (compiled === undefined) {
    compiled = compileDefaultCountry(country);
    defaultCountries.set(country, compiled);
  }
  return compiled;
}

function compileDefaultCountry(country: CountryCode): DefaultCountry | typeof UNSUPPORTED {
  const countries: Partial<Record<string, readonly unknown[]>> = metadata.countries;
  const callingCodes: Partial<Record<string, readonly string[]>> = metadata.country_calling_codes;
  const plan = countries[country];
  const callingCode = plan?.[PLAN_CALLING_CODE];
  if (typeof callingCode !== 'string' || callingCodes[callingCode]?.[0] !== country) return UNSUPPORTED;
  const entry = callingCodeEntry(callingCode);
  if (entry === null || entry === UNSUPPORTED) return UNSUPPORTED;
  const iddPrefix = plan?.[PLAN_IDD_PREFIX];
  if (iddPrefix !== undefined && iddPrefix !== 0 && typeof iddPrefix !== 'string') return UNSUPPORTED;
  return { callingCode, entry, iddPrefix: typeof iddPrefix === 'string' && iddPrefix !== '' ? new RegExp(iddPrefix) : undefined };
}
