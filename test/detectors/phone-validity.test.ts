// Tests for phone-validity.ts: on 200,000+ generated candidates its verdict must equal
// libphonenumber-js's own `isValid()`, plus named valid and invalid examples.
import { describe, expect, it } from 'vitest';
import { mulberry32, randomDraws } from '../helpers/mulberry32.js';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { isValidParsedPhoneNumber } from '../../src/detectors/validators/phone-validity.js';

/** A fixed seed gives the same candidates every run. */
const seededRandom = mulberry32;

/** The default countries of phone-number.ts, with leading digits of real number ranges. */
const NATIONAL_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  US: ['212', '415', '202', '305', '800', '900', '555', '011', '1'],
  GB: ['020', '0161', '07', '0800', '0845', '09', '01624', '7', '20'],
  DE: ['030', '089', '0151', '0170', '0800', '0900', '0180', '040', '30'],
  FR: ['01', '06', '07', '08', '09', '04', '1', '6'],
  ES: ['91', '93', '6', '7', '8', '900', '80', '5'],
  IT: ['06', '02', '3', '0', '800', '89', '1', '4'],
  NL: ['020', '06', '010', '0800', '0900', '085', '6', '97'],
};

/** ~30 calling codes: shared ones (+1, +7, +39, +44, +590), non-geographic ones (+800, +882). */
const CALLING_CODES: Readonly<Record<string, readonly string[]>> = {
  '1': ['212', '416', '876', '787', '242', '684', '555', '800'],
  '7': ['495', '701', '9', '7'],
  '20': ['2', '10', '11'],
  '27': ['11', '82', '7'],
  '30': ['21', '69'],
  '31': ['20', '6', '800'],
  '32': ['2', '470'],
  '33': ['1', '6', '7', '9'],
  '34': ['91', '6', '9'],
  '36': ['1', '20', '30'],
  '39': ['06', '3', '0669', '80'],
  '41': ['44', '79'],
  '43': ['1', '664'],
  '44': ['20', '7', '1624', '7781', '1534', '800', '9'],
  '45': ['3', '2'],
  '46': ['8', '70'],
  '47': ['2', '4', '9'],
  '48': ['22', '5', '6'],
  '49': ['30', '151', '89', '800', '900', '1'],
  '52': ['55', '1'],
  '55': ['11', '21'],
  '61': ['2', '4'],
  '81': ['3', '90'],
  '86': ['10', '13'],
  '91': ['11', '9'],
  '351': ['21', '9'],
  '353': ['1', '8'],
  '358': ['9', '4'],
  '420': ['2', '6', '7'],
  '590': ['590', '690'],
  '800': ['1', '2'],
  '882': ['34', '13', '99'],
  '870': ['3', '7'],
  '979': ['1', '3'],
};

interface Candidate {
  readonly text: string;
  readonly defaultCountry: CountryCode | undefined;
}

function generateCandidates(count: number, seed: number): Candidate[] {
  const random = seededRandom(seed);
  const { pick, digits } = randomDraws(random);
  /** Digits of 6–16 in all, led by a real-looking prefix half the time, grouped at random. */
  const number = (prefixes: readonly string[]): string => {
    const length = 6 + Math.floor(random() * 11);
    const lead = random() < 0.5 ? pick(prefixes) : digits(1 + Math.floor(random() * 3));
    const raw = (lead + digits(length)).slice(0, Math.max(length, lead.length));
    const separator = pick(['', ' ', '-', ' ']);
    if (separator === '') return raw;
    const groups: string[] = [];
    for (let i = 0; i < raw.length; ) {
      const size = 2 + Math.floor(random() * 3);
      groups.push(raw.slice(i, i + size));
      i += size;
    }
    return groups.join(separator);
  };
  const countries = Object.keys(NATIONAL_PREFIXES) as CountryCode[];
  const callingCodes = Object.keys(CALLING_CODES);
  const candidates: Candidate[] = [];
  for (let i = 0; i < count; i++) {
    if (random() < 0.5) {
      const country = pick(countries);
      candidates.push({ text: number(NATIONAL_PREFIXES[country] ?? []), defaultCountry: country });
    } else {
      const callingCode = pick(callingCodes);
      candidates.push({ text: `+${callingCode} ${number(CALLING_CODES[callingCode] ?? [])}`, defaultCountry: undefined });
    }
  }
  return candidates;
}

function ourVerdict(text: string, defaultCountry?: CountryCode): boolean {
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  return parsed !== undefined && isValidParsedPhoneNumber(parsed);
}

describe('isValidParsedPhoneNumber', () => {
  it.each([
    ['+49 30 5551234', undefined],
    ['+44 7961 298456', undefined],
    ['+44 20 7946 0958', undefined],
    ['+44 7624 369230', undefined], // Isle of Man, on the shared +44 code
    ['+1 876 555 0123', undefined], // Jamaica, on the shared NANP +1 code
    ['+7 701 123 4567', undefined], // Kazakhstan, on the shared +7 code
    ['+39 06 698 12345', undefined], // Vatican City, on the shared +39 code
    ['+800 1234 5678', undefined], // non-geographic: International Freephone
    ['+979 1234 56789', undefined], // non-geographic: International Premium Rate
    ['(212) 555-0123', 'US'],
    ['030 1234567', 'DE'],
    ['06 12 34 56 78', 'FR'],
  ] as const)('accepts %s (%s)', (text, country) => {
    expect(ourVerdict(text, country)).toBe(true);
  });

  it.each([
    ['+49 1234', undefined], // too short for any German range
    ['+1 555 555 5555', undefined], // 555 is not an assigned NANP area code
    ['+882 3456 7890', undefined], // an unassigned +882 network
    ['+44 1234 567', undefined],
    ['(123) 555-0123', 'US'], // NANP area codes never start with 1
    ['030 12', 'DE'],
    ['01 23', 'FR'],
  ] as const)('rejects %s (%s)', (text, country) => {
    expect(ourVerdict(text, country)).toBe(false);
  });

  it('agrees with libphonenumber-js isValid() on 200,000 generated candidates', () => {
    const candidates = generateCandidates(200_000, 20_240_229);
    let parsed = 0;
    let valid = 0;
    let byCallingCodeOnly = 0;
    const disagreements: string[] = [];
    for (const { text, defaultCountry } of candidates) {
      const phone = parsePhoneNumberFromString(text, defaultCountry);
      const expected = phone?.isValid() === true;
      const actual = phone !== undefined && isValidParsedPhoneNumber(phone);
      if (phone !== undefined) {
        parsed++;
        if (phone.country === undefined) byCallingCodeOnly++;
      }
      if (expected) valid++;
      if (actual !== expected && disagreements.length < 10) {
        disagreements.push(`${text} (${defaultCountry ?? 'international'}): expected ${String(expected)}`);
      }
    }
    expect(disagreements).toEqual([]);
    // The candidates must exercise both verdicts and both plan selections to mean anything.
    expect(parsed).toBeGreaterThan(150_000);
    expect(valid).toBeGreaterThan(20_000);
    expect(parsed - valid).toBeGreaterThan(20_000);
    expect(byCallingCodeOnly).toBeGreaterThan(5_000);
  }, 120_000);
});
