// Phone numbers: a strict shape check (ITU-T E.164 international form, or a national form with
// a trunk prefix or separated digit groups), then libphonenumber-js with full metadata parses
// it and phone-validity.ts checks it against the country's numbering plan (exactly what
// `isValid()` does, with the patterns compiled once). The shape check keeps order ids, amounts,
// dates and ISBNs away from the parse, and phone-international.ts and phone-national.ts mirror
// the parse itself for the forms the shape check admits (libphonenumber-js's own parse, ~10–40 µs
// a country, is left only for what they defer).
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { isValidParsedPhoneNumber } from './phone-validity.js';
import { internationalPhoneValidity } from './phone-international.js';
import { nationalPhoneValidity } from './phone-national.js';

/**
 * National numbers written with a leading 0: trunk prefix (GB, DE, FR, NL) or Italian landline.
 * A number is valid when it is valid in any of them, so the order only decides how soon a valid
 * one is found: Italy first (its landlines keep the 0 and run 6 to 11 digits, so its plan takes
 * the most numbers, one cheap check each), Great Britain last (+44 is shared with GG, IM and JE,
 * whose plans a number may be tried against too).
 */
const COUNTRIES_WITH_LEADING_ZERO: readonly CountryCode[] = ['IT', 'DE', 'FR', 'NL', 'GB'];
/**
 * National numbers without a leading 0: Spain, Italian mobiles, NANP (US). Any order gives the
 * same verdict; the NANP's +1, shared by some twenty-five countries, is the dearest to check.
 */
const COUNTRIES_WITHOUT_LEADING_ZERO: readonly CountryCode[] = ['IT', 'ES', 'US'];

const MIN_DIGITS = 9;
/** E.164 allows 15 digits; a national trunk 0 may add one. */
const MAX_DIGITS = 16;

/**
 * True when value[start, end) is a valid phone number in the default countries (US, GB, DE,
 * FR, ES, IT, NL) or in international form. `allowBare`: accept an unseparated national
 * number that starts with 0 (a whole-value column); free text never does.
 */
export function isPhoneNumber(value: string, start: number, end: number, allowBare: boolean): boolean {
  if (end - start < MIN_DIGITS || end - start > 32) return false;
  let i = start;
  let international = false;
  if (value.charCodeAt(i) === 43) { international = true; i++; }
  else if (value.startsWith('00', i) && value.charCodeAt(i + 2) !== 48) { international = true; i += 2; }
  const openParen = value.charCodeAt(i) === 40;
  let digits = 0;
  let separators = 0;
  let slashOrDot = false;
  let groups = 0;
  let groupLength = 0;
  let firstGroup = 0;
  let secondGroup = 0;
  let firstDigit = -1;
  let previousSeparator = false;
  let dots = 0;
  let longestGroup = 0;
  for (; i < end; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (firstDigit < 0) firstDigit = code - 48;
      digits++;
      groupLength++;
      previousSeparator = false;
      continue;
    }
    // Separators: space, - . / ( ) — never two in a row except around parentheses.
    if (code !== 32 && code !== 45 && code !== 46 && code !== 47 && code !== 40 && code !== 41) return false;
    if (previousSeparator && code !== 40 && code !== 41 && value.charCodeAt(i - 1) !== 41) return false;
    if (code === 46 || code === 47) slashOrDot = true;
    if (code === 46) dots++;
    if (groupLength > longestGroup) longestGroup = groupLength;
    if (groupLength > 0) {
      if (groups === 0) firstGroup = groupLength;
      else if (groups === 1) secondGroup = groupLength;
      groups++;
      groupLength = 0;
    }
    separators++;
    previousSeparator = true;
  }
  if (previousSeparator || digits < MIN_DIGITS || digits > MAX_DIGITS) return false;
  // A dotted quad of 1-3 digit groups is an IPv4 address (RFC 791 notation), never a phone number.
  if (!international && separators === 3 && dots === 3 && Math.max(longestGroup, groupLength) <= 3) return false;
  if (groups === 0) firstGroup = groupLength;
  else if (groups === 1) secondGroup = groupLength;
  const text = value.slice(start, end);
  if (international) {
    // The shape check admitted only digits and the separators space - . / ( ), which
    // libphonenumber-js drops (parseIncompletePhoneNumber.js) and which form no extension, so
    // its verdict on the text is its verdict on "+" and the digits: phone-international.ts
    // answers that without the parser where it can.
    const digitsStart = value.charCodeAt(start) === 43 ? start + 1 : start + 2;
    const fastVerdict = internationalPhoneValidity(separators === 0 ? value.slice(digitsStart, end) : digitsOf(value, digitsStart, end));
    if (fastVerdict !== undefined) return fastVerdict;
    const e164 = text.charCodeAt(0) === 43 ? text : '+' + text.slice(2);
    const parsed = parsePhoneNumberFromString(e164);
    return parsed !== undefined && isValidParsedPhoneNumber(parsed);
  }
  // A US ZIP+4 code (12345-6789, USPS Pub. 28) is not a phone number, even where a French or
  // German plan would accept its digits.
  if (groups === 1 && digits === 9 && firstGroup === 5 && value.charCodeAt(start + 5) === 45) return false;
  // The US SSN layout AAA-GG-SSSS (SSA, "The SSN numbering scheme") is never how a phone
  // number is grouped (NANP prints 3-3-4), even where a plan would accept the nine digits.
  if (groups === 2 && digits === 9 && firstGroup === 3 && secondGroup === 2 && !openParen) return false;
  // One dot between two runs of digits is a decimal number (`0.0878434027`, a rate or a share);
  // numbers written with dots group them in three or more parts (`06.12.34.56.78`, `555.123.4567`).
  if (separators === 1 && dots === 1) return false;
  // A date (dd.mm.yyyy, yyyy/mm/dd) followed by more digits is not a phone number.
  if (slashOrDot && (firstGroup === 4 || (firstGroup <= 2 && secondGroup <= 2))) return false;
  let countries: readonly CountryCode[];
  if (firstDigit === 0) {
    if (separators === 0 && !allowBare) return false;
    countries = COUNTRIES_WITH_LEADING_ZERO;
  } else if (openParen || (separators > 0 && firstGroup === 3)) {
    countries = COUNTRIES_WITHOUT_LEADING_ZERO;
  } else {
    return false;
  }
  // As for international numbers, the verdict on the text is the verdict on its digits under
  // each country: phone-national.ts answers that without the parser where it can.
  const digitText = separators === 0 ? text : digitsOf(value, start, end);
  for (const country of countries) {
    const fastVerdict = nationalPhoneValidity(digitText, country);
    if (fastVerdict === true) return true;
    if (fastVerdict === false) continue;
    const parsed = parsePhoneNumberFromString(text, country);
    if (parsed !== undefined && isValidParsedPhoneNumber(parsed)) return true;
  }
  return false;
}

/** The ASCII digits of value[start, end), separators dropped. */
function digitsOf(value: string, start: number, end: number): string {
  let digits = '';
  for (let i = start; i < end; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += value[i];
  }
  return digits;
}
