// Tests for phone-international.ts: on 1,000,000 generated "+digits" numbers over every calling
// code of the metadata its verdict must equal libphonenumber-js's parse plus isValid(), it must
// answer (not defer) for the common European numbers, and named valid and invalid examples.
import { describe, expect, it } from 'vitest';
import { mulberry32, randomDraws } from '../helpers/mulberry32.js';
import metadata from 'libphonenumber-js/max/metadata';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { callingCodeEntry, countryPlan, internationalPhoneValidity, isValidInCountryOf } from '../../src/detectors/validators/phone-international.js';
import { compiledPlanFor, hasNumberType, isValidNationalNumber, isValidParsedPhoneNumber } from '../../src/detectors/validators/phone-validity.js';
import { isPhoneNumber } from '../../src/detectors/validators/phone-number.js';

/** A fixed seed gives the same candidates every run. */
const seededRandom = mulberry32;

/** The reference: what phone-number.ts did before the fast path. */
function libraryVerdict(digits: string): boolean {
  const parsed = parsePhoneNumberFromString('+' + digits);
  return parsed !== undefined && isValidParsedPhoneNumber(parsed);
}

// A sampler for the metadata's number patterns, which use only digits, \d, [classes], (groups),
// (?:groups), | and the quantifiers ? * + {n} {n,m}: it makes numbers the plans accept.
interface Item { readonly choices: string | readonly Item[][]; readonly min: number; readonly max: number }

function parsePattern(pattern: string): Item[][] {
  let at = 0;
  const alternatives = (): Item[][] => {
    const options: Item[][] = [sequence()];
    while (pattern[at] === '|') { at++; options.push(sequence()); }
    return options;
  };
  const sequence = (): Item[] => {
    const items: Item[] = [];
    while (at < pattern.length && pattern[at] !== '|' && pattern[at] !== ')') {
      const choices = atom();
      let min = 1;
      let max = 1;
      const quantifier = pattern[at];
      if (quantifier === '?') { min = 0; at++; }
      else if (quantifier === '*') { min = 0; max = 3; at++; }
      else if (quantifier === '+') { max = 3; at++; }
      else if (quantifier === '{') {
        const close = pattern.indexOf('}', at);
        const [low = '0', high] = pattern.slice(at + 1, close).split(',');
        min = Number(low);
        max = high === undefined ? min : high === '' ? min + 3 : Number(high);
        at = close + 1;
      }
      items.push({ choices, min, max });
    }
    return items;
  };
  const atom = (): string | Item[][] => {
    const char = pattern[at++];
    if (char === '\\') { at++; return '0123456789'; }
    if (char === '(') {
      if (pattern.startsWith('?:', at)) at += 2;
      const group = alternatives();
      at++;
      return group;
    }
    if (char === '[') {
      let set = '';
      while (pattern[at] !== ']') {
        const from = pattern.charCodeAt(at);
        if (pattern[at + 1] === '-' && pattern[at + 2] !== ']') {
          for (let code = from; code <= pattern.charCodeAt(at + 2); code++) set += String.fromCharCode(code);
          at += 3;
        } else { set += pattern[at]; at++; }
      }
      at++;
      return set;
    }
    if (char === undefined || !/\d/.test(char)) throw new Error(`unexpected pattern syntax at ${at}`);
    return char;
  };
  return alternatives();
}

function sample(options: readonly Item[][], random: () => number): string {
  const items = options[Math.floor(random() * options.length)] ?? [];
  let out = '';
  for (const item of items) {
    const count = item.min + Math.floor(random() * (item.max - item.min + 1));
    for (let i = 0; i < count; i++) {
      out += typeof item.choices === 'string'
        ? item.choices[Math.floor(random() * item.choices.length)]
        : sample(item.choices, random);
    }
  }
  return out;
}

const countryPlans: Partial<Record<string, readonly unknown[]>> = metadata.countries;
const nonGeographicPlans: Partial<Record<string, readonly unknown[]>> = metadata.nonGeographic;
const callingCodeCountries: Partial<Record<string, readonly string[]>> = metadata.country_calling_codes;

/** Every calling code: geographic (countries[0] is the main one) and non-geographic. */
const CALLING_CODES: readonly string[] = [...Object.keys(callingCodeCountries), ...Object.keys(nonGeographicPlans)];

/** Each calling code's plans' national and type patterns, parsed once. */
const patternsByCallingCode = new Map<string, Item[][][]>();
function patternsOf(callingCode: string): Item[][][] {
  let patterns = patternsByCallingCode.get(callingCode);
  if (patterns !== undefined) return patterns;
  patterns = [];
  const plans = (callingCodeCountries[callingCode] ?? []).map((country) => countryPlans[country]);
  plans.push(nonGeographicPlans[callingCode]);
  for (const plan of plans) {
    if (plan === undefined) continue;
    patterns.push(parsePattern(String(plan[2])));
    const types = plan[11];
    if (!Array.isArray(types)) continue;
    for (const type of types as unknown[]) {
      if (Array.isArray(type) && typeof type[0] === 'string' && type[0] !== '') patterns.push(parsePattern(type[0]));
    }
  }
  patternsByCallingCode.set(callingCode, patterns);
  return patterns;
}

/** National-prefix-looking and carrier-looking starts, plus each plan's own prefixes below. */
const PREFIX_LIKE_STARTS: readonly string[] = ['0', '00', '1', '8', '06', '9', '15', '011', '80', '90', '01115', '0180020', '1001', '183', '7'];

function prefixesOf(callingCode: string): string[] {
  const plan = countryPlans[callingCodeCountries[callingCode]?.[0] ?? ''] ?? nonGeographicPlans[callingCode];
  const own = [plan?.[5], plan?.[7]].filter((entry): entry is string => typeof entry === 'string' && /^\d+$/.test(entry));
  return [...PREFIX_LIKE_STARTS, ...own];
}

/** Digits after the "+": a calling code, then a plan sample (often mutated), a prefix-led or
 *  random national part of 1–17 digits; or junk (no such code, a 0 start, too short/long). */
function generateDigits(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const { pick, digits: randomDigits } = randomDraws(random);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const kind = random();
    if (kind < 0.06) {
      out.push(randomDigits(Math.floor(random() * 26)));
      continue;
    }
    const callingCode = pick(CALLING_CODES);
    let national: string;
    if (kind < 0.55) {
      national = sample(pick(patternsOf(callingCode)), random);
      const mutation = random();
      if (mutation < 0.2) {
        const at = Math.floor(random() * national.length);
        national = national.slice(0, at) + randomDigits(1) + national.slice(at + 1);
      } else if (mutation < 0.3) national += randomDigits(1 + Math.floor(random() * 2));
      else if (mutation < 0.4) national = national.slice(0, -1 - Math.floor(random() * 2));
      else if (mutation < 0.55) national = pick(prefixesOf(callingCode)) + national;
    } else if (kind < 0.8) {
      const start = pick(prefixesOf(callingCode));
      national = start + randomDigits(Math.max(0, 1 + Math.floor(random() * 17) - start.length));
    } else {
      national = randomDigits(1 + Math.floor(random() * 17));
    }
    out.push(callingCode + national);
  }
  return out;
}

interface Comparison { readonly answered: number; readonly valid: number; readonly deferred: number; readonly disagreements: string[] }

function compareWithLibrary(digitStrings: readonly string[]): Comparison {
  let answered = 0;
  let valid = 0;
  let deferred = 0;
  const disagreements: string[] = [];
  for (const digits of digitStrings) {
    const fast = internationalPhoneValidity(digits);
    if (fast === undefined) { deferred++; continue; }
    answered++;
    if (fast) valid++;
    if (fast !== libraryVerdict(digits) && disagreements.length < 10) disagreements.push(`+${digits}: fast path said ${String(fast)}`);
  }
  return { answered, valid, deferred, disagreements };
}

describe('internationalPhoneValidity', () => {
  it.each([
    ['49305551234'], // DE Berlin landline
    ['490305551234'], // DE written "+49 (0)30 5551234": the trunk 0 is stripped
    ['4915112345678'], // DE mobile
    ['33612345678'], // FR mobile
    ['390669812345'], // VA on the shared +39 code
    ['447961298456'], // GB mobile
    ['447624369230'], // IM on the shared +44 code
    ['18765550123'], // JM on the shared +1 code
    ['77011234567'], // KZ on the shared +7 code
    ['80012345678'], // non-geographic International Freephone
  ])('accepts +%s', (digits) => {
    expect(libraryVerdict(digits)).toBe(true);
    expect(internationalPhoneValidity(digits)).toBe(true);
  });

  it.each([
    ['491234'], // too short for any German range
    ['15555555555'], // 555 is not an assigned NANP area code
    ['88234567890'], // an unassigned +882 network
    ['0491234567'], // "+0" has no calling code
    ['99912345678'], // +999 is no calling code
    ['49'], // no national number at all
    ['493'], // a one-digit national number
    ['4930123456789012345'], // 17 national digits: longer than any German number
    ['4930123456789012345678'], // over MAX_LENGTH_FOR_NSN
  ])('rejects +%s', (digits) => {
    expect(libraryVerdict(digits)).toBe(false);
    expect(internationalPhoneValidity(digits)).toBe(false);
  });

  it('defers a national prefix the plan rewrites, and input that is not ASCII digits', () => {
    // AR: the "0 11 15" national form after +54 is rewritten to "9 11" by the transform rule.
    expect(internationalPhoneValidity('54011151234567')).toBeUndefined();
    expect(internationalPhoneValidity('49 30 5551234')).toBeUndefined();
    expect(internationalPhoneValidity('4930555123٤')).toBeUndefined();
  });

  it('answers (does not defer) for common European and shared-code numbers', () => {
    const random = seededRandom(7);
    const digits = (length: number): string => {
      let out = '';
      for (let i = 0; i < length; i++) out += String(Math.floor(random() * 10));
      return out;
    };
    const leads = ['4930', '4989', '49151', '49170', '490', '331', '336', '337', '3906', '3902', '393', '3491', '346', '3120', '316', '3106',
      '4822', '4850', '468', '4670', '453', '4520', '431', '43664', '4144', '4179', '322', '32470', '1212', '1416', '4420', '447', '7495'];
    let answered = 0;
    let valid = 0;
    const total = 50_000;
    for (let i = 0; i < total; i++) {
      const lead = leads[i % leads.length] ?? '';
      const verdict = internationalPhoneValidity(lead + digits(6 + Math.floor(random() * 4)));
      if (verdict !== undefined) answered++;
      if (verdict === true) valid++;
    }
    expect(answered / total).toBeGreaterThanOrEqual(0.99);
    expect(valid).toBeGreaterThan(total / 4);
  });

  // 4 × 250,000 candidates, ~4,300 per calling code.
  it.each([[1], [2], [3], [4]])('agrees with libphonenumber-js on 250,000 generated numbers (batch %i)', (batch) => {
    const candidates = generateDigits(250_000, 20_250_700 + batch);
    const { answered, valid, deferred, disagreements } = compareWithLibrary(candidates);
    expect(disagreements).toEqual([]);
    // Meaningful only if both verdicts occur often and the fast path rarely defers.
    expect(deferred).toBeLessThan(2_500);
    expect(valid).toBeGreaterThan(40_000);
    expect(answered - valid).toBeGreaterThan(40_000);
  }, 60_000);

  it("keeps isPhoneNumber's international verdicts those of libphonenumber-js on the written text", () => {
    const random = seededRandom(11);
    const written: string[] = [];
    for (const digits of generateDigits(60_000, 5)) {
      // The shape isPhoneNumber admits: 9–16 digits after "+" or "00" (not "000"), single separators.
      if (digits.length < 9 || digits.length > 16) continue;
      const separator = [' ', '-', '.', '/'][Math.floor(random() * 4)] ?? ' ';
      let grouped = '';
      for (let at = 0; at < digits.length; ) {
        const size = 1 + Math.floor(random() * 4);
        grouped += (at === 0 ? '' : separator) + digits.slice(at, at + size);
        at += size;
      }
      if (random() < 0.3) grouped = digits;
      if (random() < 0.2 && !digits.startsWith('0')) written.push('00' + grouped);
      else written.push('+' + grouped);
    }
    const disagreements: string[] = [];
    for (const text of written) {
      const parsed = parsePhoneNumberFromString(text.startsWith('+') ? text : '+' + text.slice(2));
      const expected = parsed !== undefined && isValidParsedPhoneNumber(parsed);
      if (isPhoneNumber(text, 0, text.length, false) !== expected && disagreements.length < 10) disagreements.push(text);
    }
    expect(written.length).toBeGreaterThan(20_000);
    expect(disagreements).toEqual([]);
  });

  it('covers every calling code of the metadata', () => {
    const seen = new Set<string>();
    for (const digits of generateDigits(100_000, 99)) {
      for (const callingCode of CALLING_CODES) if (digits.startsWith(callingCode)) seen.add(callingCode);
    }
    expect(CALLING_CODES.length).toBeGreaterThan(210);
    expect([...CALLING_CODES].filter((code) => !seen.has(code))).toEqual([]);
  });
});

describe('the country look-up of a shared calling code', () => {
  const countries: Record<string, readonly unknown[]> = metadata.countries;
  const callingCodes: Record<string, readonly string[]> = metadata.country_calling_codes;
  /** helpers/getCountryByNationalNumber.js as written: `search` over the leading digits, else a number type. */
  function referencePlan(callingCode: string, nationalNumber: string) {
    const codes = callingCodes[callingCode] ?? [];
    if (codes.length === 1) return compiledPlanFor(codes[0]);
    for (const country of codes) {
      const leadingDigits = countries[country]?.[10];
      if (typeof leadingDigits === 'string' && leadingDigits !== '') {
        if (nationalNumber !== '' && nationalNumber.search(leadingDigits) === 0) return compiledPlanFor(country);
      } else if (hasNumberType(compiledPlanFor(country), nationalNumber)) {
        return compiledPlanFor(country);
      }
    }
    return undefined;
  }
  const shared = Object.keys(callingCodes).filter((code) => (callingCodes[code]?.length ?? 0) > 1);

  it('finds the country and the validity `search` and a second validity test find, in any order of look-ups', () => {
    expect(shared).toEqual(expect.arrayContaining(['1', '7', '44', '39', '47', '61', '262', '590']));
    const random = seededRandom(3);
    let found = 0;
    let valid = 0;
    let checked = 0;
    for (const digits of generateDigits(60_000, 31)) {
      const callingCode = shared.find((code) => digits.startsWith(code));
      if (callingCode === undefined || digits.length === callingCode.length) continue;
      const entry = callingCodeEntry(callingCode);
      if (entry === null || entry === 'unsupported') continue;
      // Every national number, and now and then its own prefixes: look-ups of different numbers in a row.
      const nationalNumber = digits.slice(callingCode.length);
      for (const number of random() < 0.2 ? [nationalNumber, nationalNumber.slice(0, -1), nationalNumber] : [nationalNumber]) {
        const expectedPlan = referencePlan(callingCode, number);
        const expectedValid = isValidNationalNumber(expectedPlan ?? entry.plan, number);
        expect(countryPlan(entry, number), number).toBe(expectedPlan);
        expect(isValidInCountryOf(entry, number, entry.plan), number).toBe(expectedValid);
        // A fallback other than the calling code's own plan is tested, not assumed.
        expect(isValidInCountryOf(entry, number, compiledPlanFor('DE'))).toBe(isValidNationalNumber(expectedPlan ?? compiledPlanFor('DE'), number));
        checked++;
        if (expectedPlan !== undefined) found++;
        if (expectedValid) valid++;
      }
    }
    expect(checked).toBeGreaterThan(5_000);
    expect(found).toBeGreaterThan(checked / 4);
    expect(valid).toBeGreaterThan(checked / 10);
    expect(checked - valid).toBeGreaterThan(checked / 10);
  });

  it("shares one compiled plan between a calling code and its main country", () => {
    expect(compiledPlanFor('44')).toBe(compiledPlanFor('GB'));
    expect(compiledPlanFor('1')).toBe(compiledPlanFor('US'));
    expect(compiledPlanFor('44')).not.toBe(compiledPlanFor('JE'));
  });
});
