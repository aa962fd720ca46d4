// Phone numbers in international form ("+" and digits): an exact mirror of libphonenumber-js's
// `parsePhoneNumberFromString('+' + digits)` followed by phone-validity.ts's validity check,
// without the library's per-call object spreads, metadata wrappers and RegExp builds.
//
// Mirrored logic (libphonenumber-js 1.13.16, "max" metadata, es6/ sources):
// - parsePhoneNumber_.js: every ParseError becomes `undefined` (here: false).
// - parse.js `parse` / `parseInput` / `_extractFormattedPhoneNumber`: a text over
//   MAX_INPUT_STRING_LENGTH (250) throws TOO_LONG; helpers/isViablePhoneNumber.js needs three
//   digits after the "+"; for "+" and digits there is no extension (extension/
//   createExtensionPattern.js needs a label, "#", "," or ";") and no RFC 3966 phone-context.
// - parse.js `parsePhoneNumber` → helpers/extractCountryCallingCode.js: "+0…" has no calling
//   code; otherwise the first of the 1-, 2- and 3-digit prefixes that metadata.js
//   `hasCallingCode` knows is the calling code, and its plan (metadata.js
//   `getNumberingPlanMetadata`: main country, or non-geographic entity) is selected. No calling
//   code, or no digit after it, makes parse.js throw.
// - helpers/extractNationalNumber.js with
//   helpers/extractNationalNumberFromPossiblyIncompleteNumber.js: the selected plan's
//   `national_prefix_for_parsing` (else its national prefix), anchored at the start, is
//   stripped, unless the whole number matches the national number pattern and the rest does
//   not (`shouldHaveExtractedNationalPrefix`), or the rest's length is too short or invalid for
//   the rest's country (`isPossibleIncompleteNationalNumber`, helpers/checkNumberLength.js).
// - helpers/getCountryByCallingCode.js and helpers/getCountryByNationalNumber.js: a calling code
//   of one country gives that country; a shared one (+1, +7, +44 …) the first of its countries
//   whose leading digits match at index 0 (`search(…) === 0`), or, without leading digits,
//   whose plan gives the number a type (helpers/getNumberType.js); a non-geographic code none.
// - parse.js: a national number shorter than MIN_LENGTH_FOR_NSN (2) or longer than
//   MAX_LENGTH_FOR_NSN (17) (constants.js) throws; otherwise PhoneNumber.js `isValid()` checks it
//   against the country's plan, or the calling code's plan when no country was found.
//
// The subset handled: every calling code of the metadata, geographic, shared or non-geographic.
// Returned as undefined (the caller asks libphonenumber-js): input that is not all ASCII digits;
// metadata other than the v4 layout phone-validity.ts reads; a plan missing from the metadata;
// and the one branch not mirrored, extractNationalNumberFromPossiblyIncompleteNumber.js's
// `number.replace(prefixPattern, nationalPrefixTransformRule)` rewrite, taken when the plan has
// a transform rule and its prefix pattern captures a non-empty last group (plans of AR, BR, JP,
// GA, MG, SM, NF; e.g. "+54 011 15 …", a national form written after "+54").
import metadata from 'libphonenumber-js/max/metadata';
import { PLAN, compiledPlanFor, hasNumberType, isValidNationalNumber, metadataIsMirrored, type CompiledPlan } from './phone-validity.js';

/** parse.js: longer input throws TOO_LONG. */
const MAX_INPUT_STRING_LENGTH = 250;
/** helpers/isViablePhoneNumber.js: `(?:[punctuation]*[digit]){3,}` after the plus. */
const MIN_VIABLE_DIGITS = 3;
/** constants.js MAX_LENGTH_COUNTRY_CODE, MIN_LENGTH_FOR_NSN, MAX_LENGTH_FOR_NSN. */
const MAX_LENGTH_COUNTRY_CODE = 3;
const MIN_LENGTH_FOR_NSN = 2;
const MAX_LENGTH_FOR_NSN = 17;

/** One country of a shared calling code (helpers/getCountryByNationalNumber.js). */
interface CountryCandidate {
  readonly plan: CompiledPlan;
  /**
   * metadata.js `leadingDigits()`, compiled sticky: `search(…) === 0` (a match found first at
   * index 0) is a match at index 0, which a sticky test from lastIndex 0 finds without trying
   * every later index as `search` does. Undefined if none.
   */
  readonly leadingDigits: RegExp | undefined;
}

/** What parsing a number after one calling code needs, compiled once (phone-national.ts reads it too). */
export interface CallingCodeEntry {
  /** The plan `selectNumberingPlan(callingCode)` selects: main country or non-geographic. */
  readonly plan: CompiledPlan;
  /** `new RegExp('^(?:' + nationalPrefixForParsing() + ')')`; undefined without a prefix. */
  readonly nationalPrefix: RegExp | undefined;
  readonly hasTransformRule: boolean;
  /** metadata.js `getCountryCodesForCallingCode`; undefined for a non-geographic code. */
  readonly countries: readonly CountryCandidate[] | undefined;
}

/** A calling code whose plans are missing from the metadata: left to the library. */
export const UNSUPPORTED = 'unsupported';
type TableSlot = CallingCodeEntry | typeof UNSUPPORTED | null;

/** By calling code as a number (no calling code starts with 0, so 1–999 are unambiguous);
 *  null: not a calling code; undefined: not looked up yet. */
const callingCodeTable: (TableSlot | undefined)[] = new Array<TableSlot | undefined>(1000);

/**
 * Exactly `parsePhoneNumberFromString('+' + digits)` (libphonenumber-js/max) followed by
 * `isValidParsedPhoneNumber`, for `digits` = the ASCII digits after the '+', or undefined
 * when this fast path does not handle the number (the caller then asks libphonenumber-js).
 */
export function internationalPhoneValidity(digits: string): boolean | undefined {
  if (!metadataIsMirrored || !isAsciiDigits(digits)) return undefined;
  if (digits.length + 1 > MAX_INPUT_STRING_LENGTH || digits.length < MIN_VIABLE_DIGITS) return false;
  // extractCountryCallingCode.js: `if (number[1] === '0') return {}`.
  let callingCode = digits.charCodeAt(0) - 48;
  if (callingCode === 0) return false;
  let callingCodeLength = 1;
  let slot = callingCodeSlot(callingCode);
  while (slot === null && callingCodeLength < MAX_LENGTH_COUNTRY_CODE) {
    callingCode = callingCode * 10 + digits.charCodeAt(callingCodeLength) - 48;
    callingCodeLength++;
    slot = callingCodeSlot(callingCode);
  }
  if (slot === null) return false;
  if (slot === UNSUPPORTED) return undefined;
  // parse.js: no digits after the calling code leave no national number (TOO_SHORT).
  if (callingCodeLength === digits.length) return false;
  const nationalNumber = extractNationalNumber(slot, digits.slice(callingCodeLength));
  if (nationalNumber === undefined) return undefined;
  // parse.js checks these lengths after choosing the country; both steps are pure, so the
  // cheaper one goes first.
  if (nationalNumber.length < MIN_LENGTH_FOR_NSN || nationalNumber.length > MAX_LENGTH_FOR_NSN) return false;
  // parse.js selects `country` when getCountryByCallingCode finds one; isValid.js then uses
  // `country || countryCallingCode`.
  return isValidInCountryOf(slot, nationalNumber, slot.plan);
}

/**
 * helpers/extractNationalNumber.js for the digits after the calling code (or, from
 * phone-national.ts, a national number under its country's plan); undefined when the plan's
 * national prefix transform rule would rewrite them (not mirrored).
 */
export function extractNationalNumber(entry: CallingCodeEntry, number: string): string | undefined {
  const prefixPattern = entry.nationalPrefix;
  if (prefixPattern === undefined) return number;
  const prefixMatch = prefixPattern.exec(number);
  if (prefixMatch === null) return number;
  // extractNationalNumberFromPossiblyIncompleteNumber.js: `hasCapturedGroups` is the last
  // group's truthiness; with a transform rule the number is rewritten, else the match is cut.
  const capturedGroupsCount = prefixMatch.length - 1;
  const hasCapturedGroups = capturedGroupsCount > 0 && Boolean(prefixMatch[capturedGroupsCount]);
  if (entry.hasTransformRule && hasCapturedGroups) return undefined;
  const stripped = number.slice(prefixMatch[0].length);
  if (stripped === number) return number;
  // extractNationalNumber.js `shouldHaveExtractedNationalPrefix`, with the selected plan's pattern.
  const pattern = entry.plan.nationalNumberPattern;
  if (pattern.test(number) && !pattern.test(stripped)) return number;
  // extractNationalNumber.js: only when the selected plan has possible lengths, checked against
  // the rest's own country (checkNumberLength.js), else against the selected plan.
  if (entry.plan.possibleLengths !== undefined) {
    const lengthPlan = countryPlan(entry, stripped) ?? entry.plan;
    if (!isPossibleIncompleteLength(stripped.length, lengthPlan.possibleLengths)) return number;
  }
  return stripped;
}

/**
 * helpers/getCountryByCallingCode.js and helpers/getCountryByNationalNumber.js: the plan of the
 * country the number belongs to, or undefined when no country is found.
 */
export function countryPlan(entry: CallingCodeEntry, nationalNumber: string): CompiledPlan | undefined {
  lookUpCountry(entry, nationalNumber);
  return found.plan;
}

/**
 * `isValidNationalNumber(countryPlan(entry, nationalNumber) ?? fallback, nationalNumber)`, as
 * parse.js and isValid.js do, without testing a plan the country look-up already tested: a
 * country found because its plan gives the number a type is valid (getNumberType.js is the
 * validity test of a plan with types), and a fallback plan with types that gave none is not.
 */
export function isValidInCountryOf(entry: CallingCodeEntry, nationalNumber: string, fallback: CompiledPlan): boolean {
  lookUpCountry(entry, nationalNumber);
  if (found.plan !== undefined) return found.byType || isValidNationalNumber(found.plan, nationalNumber);
  if (found.typeless === fallback) return false;
  return isValidNationalNumber(fallback, nationalNumber);
}

/**
 * The last country look-up: a pure function of the entry and the number, and a national number
 * is looked up twice in a row (extractNationalNumber's length check, then its validity).
 */
const found: {
  entry: CallingCodeEntry | undefined;
  nationalNumber: string;
  plan: CompiledPlan | undefined;
  /** `plan` was found by hasNumberType (so the number is valid under it). */
  byType: boolean;
  /** A plan with types that hasNumberType tested and that gave the number none (so it is invalid there). */
  typeless: CompiledPlan | undefined;
} = { entry: undefined, nationalNumber: '', plan: undefined, byType: false, typeless: undefined };

function lookUpCountry(entry: CallingCodeEntry, nationalNumber: string): void {
  if (found.entry === entry && found.nationalNumber === nationalNumber) return;
  let plan: CompiledPlan | undefined;
  let byType = false;
  let typeless: CompiledPlan | undefined;
  const countries = entry.countries;
  if (countries !== undefined) {
    if (countries.length === 1) plan = countries[0]?.plan;
    else {
      for (const country of countries) {
        const leadingDigits = country.leadingDigits;
        if (leadingDigits !== undefined) {
          if (nationalNumber === '') continue;
          leadingDigits.lastIndex = 0;
          if (leadingDigits.test(nationalNumber)) {
            plan = country.plan;
            break;
          }
        } else if (hasNumberType(country.plan, nationalNumber)) {
          plan = country.plan;
          byType = true;
          break;
        } else if (typeless === undefined && country.plan.types !== undefined) {
          typeless = country.plan;
        }
      }
    }
  }
  found.entry = entry;
  found.nationalNumber = nationalNumber;
  found.plan = plan;
  found.byType = byType;
  found.typeless = typeless;
}

/**
 * extractNationalNumber.js `isPossibleIncompleteNationalNumber` over helpers/checkNumberLength.js
 * (no type): TOO_SHORT and INVALID_LENGTH are impossible; IS_POSSIBLE and TOO_LONG are not.
 */
function isPossibleIncompleteLength(length: number, possibleLengths: readonly number[] | undefined): boolean {
  if (possibleLengths === undefined) return true;
  const minimum = possibleLengths[0];
  // An empty list: every comparison in checkNumberLength.js is false, so INVALID_LENGTH.
  if (minimum === undefined) return false;
  if (minimum === length) return true;
  if (minimum > length) return false;
  const maximum = possibleLengths[possibleLengths.length - 1] ?? minimum;
  if (maximum < length) return true;
  return possibleLengths.indexOf(length, 1) >= 0;
}

export function isAsciiDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * The parsing entry of a calling code ("1", "44"…): null when the metadata has no such code,
 * UNSUPPORTED when its plans are missing (the caller then asks libphonenumber-js).
 */
export function callingCodeEntry(callingCode: string): CallingCodeEntry | typeof UNSUPPORTED | null {
  return /^[1-9]\d{0,2}$/.test(callingCode) ? callingCodeSlot(Number(callingCode)) : null;
}

function callingCodeSlot(callingCode: number): TableSlot {
  let slot = callingCodeTable[callingCode];
  if (slot === undefined) {
    slot = buildCallingCodeSlot(String(callingCode));
    callingCodeTable[callingCode] = slot;
  }
  return slot;
}

/** metadata.js `hasCallingCode`, `getCountryCodesForCallingCode`, `getNumberingPlanMetadata`. */
function buildCallingCodeSlot(callingCode: string): TableSlot {
  const callingCodes: Partial<Record<string, readonly string[]>> = metadata.country_calling_codes;
  const countries: Partial<Record<string, readonly unknown[]>> = metadata.countries;
  const nonGeographic: Partial<Record<string, readonly unknown[]>> = metadata.nonGeographic;
  let countryCodes = callingCodes[callingCode];
  // getCountryCodesForCallingCode: a lone 3-character entry (an old "001" marker) is none.
  if (countryCodes !== undefined && countryCodes.length === 1 && countryCodes[0]?.length === 3) countryCodes = undefined;
  if (countryCodes !== undefined && countryCodes.length === 0) return UNSUPPORTED;
  const mainCountry = countryCodes?.[0];
  const rawPlan = mainCountry === undefined ? nonGeographic[callingCode] : countries[mainCountry];
  if (rawPlan === undefined) return mainCountry === undefined ? null : UNSUPPORTED;
  const candidates: CountryCandidate[] = [];
  for (const country of countryCodes ?? []) {
    const countryPlanJson = countries[country];
    if (countryPlanJson === undefined) return UNSUPPORTED;
    const leadingDigits = countryPlanJson[PLAN.LEADING_DIGITS];
    candidates.push({
      plan: compiledPlanFor(country),
      // String.prototype.search(string) compiles `new RegExp(string)`; sticky, see CountryCandidate.
      leadingDigits: typeof leadingDigits === 'string' && leadingDigits !== '' ? new RegExp(leadingDigits, 'y') : undefined,
    });
  }
  // NumberingPlan `nationalPrefixForParsing()`: `_nationalPrefixForParsing() || nationalPrefix()`.
  const ownPrefixForParsing = rawPlan[PLAN.NATIONAL_PREFIX_FOR_PARSING];
  const nationalPrefix = rawPlan[PLAN.NATIONAL_PREFIX];
  if (!isAbsentOrString(ownPrefixForParsing) || !isAbsentOrString(nationalPrefix)) return UNSUPPORTED;
  const prefixForParsing = typeof ownPrefixForParsing === 'string' && ownPrefixForParsing !== '' ? ownPrefixForParsing : nationalPrefix;
  return {
    plan: compiledPlanFor(callingCode),
    nationalPrefix: typeof prefixForParsing === 'string' && prefixForParsing !== '' ? new RegExp('^(?:' + prefixForParsing + ')') : undefined,
    hasTransformRule: Boolean(rawPlan[PLAN.NATIONAL_PREFIX_TRANSFORM_RULE]),
    countries: countryCodes === undefined ? undefined : candidates,
  };
}

/** v4 metadata stores an absent entry as 0 or leaves it out; any other non-string is unknown. */
function isAbsentOrString(entry: unknown): boolean {
  return !entry || typeof entry === 'string';
}
