// Phone-number validity: an exact mirror of libphonenumber-js's `PhoneNumber.isValid()` over the
// same "max" metadata, with each `^(?:pattern)$` RegExp compiled once instead of on every call.
//
// Why: libphonenumber-js (es6/helpers/matchesEntirely.js) builds `new RegExp('^(?:' + pattern +
// ')$')` for every test and re-wraps the metadata (es6/metadata.js `new Metadata`, `new
// NumberingPlan`, `new Type`) on every `isValid()`; in a scan that was most of its cost. The
// parsing (calling code, national number, country) stays libphonenumber-js's own, except for
// the "+digits" fast path of phone-international.ts, which reuses the compiled plans here
// (`compiledPlanFor`, `isValidNationalNumber`, `hasNumberType`).
//
// Mirrored logic (libphonenumber-js 1.13.x, es6/ sources):
// - PhoneNumber.js `isValid()` → isValid.js `isValidNumber(phone, { v2: true }, metadata)`:
//   select the plan of `phone.country || phone.countryCallingCode`; if the plan has type
//   patterns, valid ⇔ helpers/getNumberType.js returns a type; otherwise valid ⇔ the national
//   number matches the plan's national number pattern.
// - helpers/getNumberType.js: the national number must match the national number pattern, then
//   some type must match: FIXED_LINE (whose four return values are all types) or one of
//   NON_FIXED_LINE_PHONE_TYPES. Together that is every type metadata.js `getType` knows.
// - helpers/getNumberType.js `isNumberTypeEqualTo`: a type with no entry or an empty pattern
//   never matches; its possible lengths (the type's own, else the plan's, metadata.js
//   `Type.possibleLengths`) must contain the number's length; then the pattern must match.
// - metadata.js `selectNumberingPlan` / `getNumberingPlanMetadata`: an all-digit argument is a
//   calling code whose plan is its main country's, or a non-geographic entity's (e.g. +800).
// - metadata.js, metadata format version 4: NumberingPlan [2] national number pattern, [3]
//   possible lengths, [11] types; `getType` indices 0 FIXED_LINE, 1 MOBILE, 2 TOLL_FREE,
//   3 PREMIUM_RATE, 4 PERSONAL_NUMBER, 5 VOICEMAIL, 6 UAN, 7 PAGER, 8 VOIP, 9 SHARED_COST;
//   Type [0] pattern, [1] possible lengths.
import metadata from 'libphonenumber-js/max/metadata';
import type { PhoneNumber } from 'libphonenumber-js/max';

/** The metadata layout the indices below are written for (metadata.js `setVersion`: v4). */
const MIRRORED_METADATA_VERSION = 4;
/**
 * Where metadata.js `NumberingPlan` (v4) keeps what validity and phone-international.ts's parse
 * read; one table, so both follow the layout that `metadataIsMirrored` checks.
 */
export const PLAN = {
  NATIONAL_NUMBER_PATTERN: 2,
  POSSIBLE_LENGTHS: 3,
  NATIONAL_PREFIX: 5,
  NATIONAL_PREFIX_FOR_PARSING: 7,
  NATIONAL_PREFIX_TRANSFORM_RULE: 8,
  LEADING_DIGITS: 10,
  TYPES: 11,
} as const;
/** metadata.js `getType` reads types[0] (FIXED_LINE) through types[9] (SHARED_COST). */
const TYPE_COUNT = 10;
const TYPE_PATTERN = 0;
const TYPE_POSSIBLE_LENGTHS = 1;

/** One number type of a plan that can match (helpers/getNumberType.js `isNumberTypeEqualTo`). */
interface CompiledType {
  readonly pattern: RegExp;
  /** Undefined when metadata gives no lengths: then any length may match the pattern. */
  readonly possibleLengths: readonly number[] | undefined;
}

/** A numbering plan reduced to what validity (and phone-international.ts) needs, patterns compiled. */
export interface CompiledPlan {
  readonly nationalNumberPattern: RegExp;
  /** metadata.js `NumberingPlan.possibleLengths()`; undefined when the plan has none. */
  readonly possibleLengths: readonly number[] | undefined;
  /** Undefined when the plan has no type patterns (isValid.js falls back to the national pattern). */
  readonly types: readonly CompiledType[] | undefined;
}

/** False for another metadata layout: the indices above would be wrong there. */
export const metadataIsMirrored = metadata.version === MIRRORED_METADATA_VERSION;
const anchoredPatterns = new Map<string, RegExp>();
const compiledPlans = new Map<string, CompiledPlan>();
/** By metadata plan: a calling code's plan is its main country's, and both keys share one object. */
const compiledByPlan = new Map<readonly unknown[], CompiledPlan>();

/**
 * True exactly when `phone.isValid()` is true, for a number parsed by 'libphonenumber-js/max'
 * (whose metadata this module reads). Throws where `isValid()` throws (an unknown country or
 * calling code, which the parser never produces).
 */
export function isValidParsedPhoneNumber(phone: PhoneNumber): boolean {
  // Another metadata layout: the indices above would be wrong, so ask the library itself.
  if (!metadataIsMirrored) return phone.isValid();
  // isValid.js: `input.country || input.countryCallingCode`; parse.js sets `country` only when
  // it is non-empty, so `??` is the same test. matchesEntirely.js: `text = text || ''`.
  return isValidNationalNumber(compiledPlanFor(phone.country ?? phone.countryCallingCode), phone.nationalNumber || '');
}

/** isValid.js `isValidNumber` for a national (significant) number under an already selected plan. */
export function isValidNationalNumber(plan: CompiledPlan, nationalNumber: string): boolean {
  if (!plan.nationalNumberPattern.test(nationalNumber)) return false;
  if (plan.types === undefined) return true;
  const length = nationalNumber.length;
  for (const type of plan.types) {
    if (type.possibleLengths !== undefined && !type.possibleLengths.includes(length)) continue;
    if (type.pattern.test(nationalNumber)) return true;
  }
  return false;
}

/**
 * helpers/getNumberType.js: `getNumberType(...) !== undefined`. The same test as validity,
 * except that a plan without type patterns has no type (every `isNumberTypeEqualTo` is false).
 */
export function hasNumberType(plan: CompiledPlan, nationalNumber: string): boolean {
  return plan.types !== undefined && isValidNationalNumber(plan, nationalNumber);
}

/** helpers/matchesEntirely.js's RegExp, built once per pattern string. */
function anchoredPattern(pattern: string): RegExp {
  let compiled = anchoredPatterns.get(pattern);
  if (compiled === undefined) {
    compiled = new RegExp('^(?:' + pattern + ')$');
    anchoredPatterns.set(pattern, compiled);
  }
  return compiled;
}

/**
 * The plan `Metadata.selectNumberingPlan(countryOrCallingCode)` selects, compiled once. Throws
 * where selectNumberingPlan throws (an unknown country or calling code).
 */
export function compiledPlanFor(countryOrCallingCode: string | undefined): CompiledPlan {
  const key = countryOrCallingCode ?? '';
  let compiled = compiledPlans.get(key);
  if (compiled === undefined) {
    const plan = numberingPlanFor(key);
    compiled = compiledByPlan.get(plan);
    if (compiled === undefined) {
      compiled = compilePlan(plan);
      compiledByPlan.set(plan, compiled);
    }
    compiledPlans.set(key, compiled);
  }
  return compiled;
}

/** metadata.js `selectNumberingPlan`, `hasCallingCode`, `getNumberingPlanMetadata` (v4). */
function numberingPlanFor(countryOrCallingCode: string): readonly unknown[] {
  // helpers/isCallingCode.js: /^\d+$/.
  if (/^\d+$/.test(countryOrCallingCode)) {
    const callingCode = countryOrCallingCode;
    const plan = countryOfCallingCodePlan(callingCode) ?? nonGeographicPlan(callingCode);
    if (plan === undefined) throw new Error(`Unknown calling code: ${callingCode}`);
    return plan;
  }
  // A country code ('001' selects no plan, and isValid() then fails on the missing plan).
  const countries: Partial<Record<string, readonly unknown[]>> = metadata.countries;
  const plan = countryOrCallingCode !== '' && countryOrCallingCode !== '001' ? countries[countryOrCallingCode] : undefined;
  if (plan === undefined) throw new Error(`Unknown country: ${countryOrCallingCode}`);
  return plan;
}

/** metadata.js `getCountryCodesForCallingCode`: a lone 3-character entry is an old "001" marker. */
function countryOfCallingCodePlan(callingCode: string): readonly unknown[] | undefined {
  const callingCodes: Partial<Record<string, readonly string[]>> = metadata.country_calling_codes;
  const countryCodes = callingCodes[callingCode];
  if (countryCodes === undefined || (countryCodes.length === 1 && countryCodes[0]?.length === 3)) return undefined;
  const countries: Partial<Record<string, readonly unknown[]>> = metadata.countries;
  const mainCountry = countryCodes[0];
  return mainCountry === undefined ? undefined : countries[mainCountry];
}

/** metadata.js `nonGeographic()`: v4 metadata keeps entities like +800 and +882 apart. */
function nonGeographicPlan(callingCode: string): readonly unknown[] | undefined {
  const plans: Partial<Record<string, readonly unknown[]>> = metadata.nonGeographic;
  return plans[callingCode];
}

function compilePlan(plan: readonly unknown[]): CompiledPlan {
  const nationalNumberPattern = anchoredPattern(String(plan[PLAN.NATIONAL_NUMBER_PATTERN]));
  const planLengths = lengthsOf(plan[PLAN.POSSIBLE_LENGTHS]);
  const types = plan[PLAN.TYPES];
  // metadata.js `hasTypes`: an empty array or a falsy value (0 in compressed metadata) is none;
  // v4 metadata stores types as an array or 0.
  if (!Array.isArray(types) || types.length === 0) {
    return { nationalNumberPattern, possibleLengths: planLengths, types: undefined };
  }
  const compiledTypes: CompiledType[] = [];
  for (let index = 0; index < TYPE_COUNT; index++) {
    const type: unknown = types[index];
    // metadata.js `type()` and getNumberType.js: no entry or an empty pattern never matches.
    if (!Array.isArray(type)) continue;
    const pattern: unknown = type[TYPE_PATTERN];
    if (typeof pattern !== 'string' || pattern === '') continue;
    compiledTypes.push({
      pattern: anchoredPattern(pattern),
      possibleLengths: lengthsOf(type[TYPE_POSSIBLE_LENGTHS]) ?? planLengths,
    });
  }
  return { nationalNumberPattern, possibleLengths: planLengths, types: compiledTypes };
}

/** A possible-lengths entry: an array of numbers, or absent (0 or undefined in metadata). */
function lengthsOf(entry: unknown): readonly number[] | undefined {
  return Array.isArray(entry) ? entry.filter((length): length is number => typeof length === 'number') : undefined;
}
