// Generates made-up national identity numbers with each scheme's published algorithm, written
// here independently of src/ so a detector is checked against the scheme rather than itself.
// Seeded, so every run sees the same values; none is a real person's number by intent.
import { createRequire } from 'node:module';

/** A small seeded PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rnd: () => number, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A random birth date between `fromYear` and `toYear`, as [year, month, day]. */
function birthDate(rnd: () => number, fromYear: number, toYear: number): [number, number, number] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  const d = new Date(start + Math.floor(rnd() * (end - start) / 86400000) * 86400000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function luhnCheck(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function pesel(rnd: () => number): string {
  const [y, m, d] = birthDate(rnd, 1880, 2024);
  const monthCode = m + (y >= 2000 ? 20 : y < 1900 ? 80 : 0);
  const body = pad(y % 100, 2) + pad(monthCode, 2) + pad(d, 2) + pad(int(rnd, 0, 9999), 4);
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** Forms: 'short' YYMMDD-NNNC, 'long' YYYYMMDDNNNC, 'bare' YYMMDDNNNC. */
export function personnummer(rnd: () => number, form: 'short' | 'long' | 'bare'): string {
  const [y, m, d] = birthDate(rnd, 1930, 2024);
  const nine = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + pad(int(rnd, 0, 999), 3);
  const ten = nine + String(luhnCheck(nine));
  if (form === 'long') return String(Math.floor(y / 100)) + ten;
  if (form === 'bare') return ten;
  return ten.slice(0, 6) + '-' + ten.slice(6);
}

export function hetu(rnd: () => number): string {
  const [y, m, d] = birthDate(rnd, 1890, 2024);
  const sign = y < 1900 ? '+' : y < 2000 ? '-' : 'A';
  const individual = pad(int(rnd, 2, 899), 3);
  const date = pad(d, 2) + pad(m, 2) + pad(y % 100, 2);
  return date + sign + individual + '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(date + individual) % 31];
}

function mod11(digits: string, weights: number[]): number {
  const r = 11 - (weights.reduce((s, w, i) => s + w * Number(digits[i]), 0) % 11);
  return r === 11 ? 0 : r;
}

export function fodselsnummer(rnd: () => number): string {
  for (;;) {
    const [y, m, d] = birthDate(rnd, 1940, 2024);
    const individual = y >= 2000 ? int(rnd, 500, 999) : int(rnd, 0, 499);
    const nine = pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + pad(individual, 3);
    const k1 = mod11(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    const k2 = mod11(nine + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k1 < 10 && k2 < 10) return nine + String(k1) + String(k2);
  }
}

/** The value with the digit at `index` replaced by the next digit (mod 10). */
export function changeDigit(value: string, index: number): string {
  return value.slice(0, index) + String((Number(value[index]) + 1) % 10) + value.slice(index + 1);
}

/** One copy of each value with one digit (at a varying position) changed. */
export function withOneDigitChanged(values: readonly string[]): string[] {
  return values.map((v, i) => {
    const positions = [...v].map((c, j) => (c >= '0' && c <= '9' ? j : -1)).filter((j) => j >= 0);
    return changeDigit(v, positions[i % positions.length]);
  });
}

/** Look-alike columns: the same length in digits, but phone, order, timestamp or random numbers. */
export function lookalikeColumns(rnd: () => number, length: number): Record<string, string[]> {
  const many = (f: () => string): string[] => Array.from({ length: 200 }, f);
  const digits = (n: number): string => Array.from({ length: n }, () => String(int(rnd, 0, 9))).join('');
  return {
    random: many(() => digits(length)),
    'random, no leading zero': many(() => String(int(rnd, 1, 9)) + digits(length - 1)),
    phone: many(() => ('07' + digits(length)).slice(0, length)),
    order: many(() => ('2024' + digits(length)).slice(0, length)),
    timestamp: many(() => (String(int(rnd, 1_500_000_000, 1_800_000_000)) + digits(Math.max(0, length - 10))).slice(0, length)),
    serial: Array.from({ length: 200 }, (_, i) => String(10 ** (length - 1) + 7919 * i)),
  };
}

/** Belgian rijksregisternummer, bare or as YY.MM.DD-SSS.CC. */
export function rijksregisternummer(rnd: () => number, dotted = false): string {
  const [y, m, d] = birthDate(rnd, 1930, 2024);
  const nine = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + pad(int(rnd, 1, 997), 3);
  const check = 97 - (Number((y >= 2000 ? '2' : '') + nine) % 97);
  const all = nine + pad(check, 2);
  return dotted ? `${all.slice(0, 2)}.${all.slice(2, 4)}.${all.slice(4, 6)}-${all.slice(6, 9)}.${all.slice(9)}` : all;
}

export function cnp(rnd: () => number): string {
  const [y, m, d] = birthDate(rnd, 1930, 2024);
  const sex = int(rnd, 1, 2) + (y >= 2000 ? 4 : 0);
  const twelve = String(sex) + pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + pad(int(rnd, 1, 52), 2) + pad(int(rnd, 1, 999), 3);
  const r = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9].reduce((s, w, i) => s + w * Number(twelve[i]), 0) % 11;
  return twelve + String(r === 10 ? 1 : r);
}

export function egn(rnd: () => number): string {
  const [y, m, d] = birthDate(rnd, 1930, 2024);
  const nine = pad(y % 100, 2) + pad(m + (y >= 2000 ? 40 : 0), 2) + pad(d, 2) + pad(int(rnd, 0, 999), 3);
  const r = [2, 4, 8, 5, 10, 9, 7, 3, 6].reduce((s, w, i) => s + w * Number(nine[i]), 0) % 11;
  return nine + String(r === 10 ? 0 : r);
}

export function tcKimlik(rnd: () => number): string {
  const nine = String(int(rnd, 1, 9)) + Array.from({ length: 8 }, () => String(int(rnd, 0, 9))).join('');
  const d = [...nine].map(Number);
  const tenth = (((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10 + 10) % 10;
  const eleventh = (d.reduce((s, x) => s + x, 0) + tenth) % 10;
  return nine + String(tenth) + String(eleventh);
}

export function residentId(rnd: () => number): string {
  const provinces = [11, 31, 32, 44, 51, 65];
  const [y, m, d] = birthDate(rnd, 1940, 2020);
  const seventeen = String(provinces[int(rnd, 0, provinces.length - 1)]) + pad(int(rnd, 1, 9999), 4) + String(y) + pad(m, 2) + pad(d, 2) + pad(int(rnd, 0, 999), 3);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(seventeen[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return seventeen + (check === 10 ? 'X' : String(check));
}

export function zaIdNumber(rnd: () => number): string {
  const [y, m, d] = birthDate(rnd, 1930, 2020);
  const twelve = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + pad(int(rnd, 0, 9999), 4) + String(int(rnd, 0, 1)) + '8';
  return twelve + String(luhnCheck(twelve));
}

/** Brazilian CPF, bare or as NNN.NNN.NNN-NN. */
export function cpf(rnd: () => number, formatted = false): string {
  let n = Array.from({ length: 9 }, () => String(int(rnd, 0, 9))).join('');
  for (const count of [9, 10]) {
    const sum = [...n].reduce((s, c, i) => s + Number(c) * (count + 1 - i), 0);
    n += String(((sum * 10) % 11) % 10);
  }
  return formatted ? `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}` : n;
}

const VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** The digits followed by their Verhoeff check digit (tables from Verhoeff 1969). */
export function withVerhoeff(digits: string): string {
  let c = 0;
  for (let i = 0; i < digits.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][Number(digits[digits.length - 1 - i])]];
  return digits + String(VERHOEFF_INV[c]);
}

/** Indian Aadhaar, bare or as NNNN NNNN NNNN. */
export function aadhaar(rnd: () => number, spaced = false): string {
  const n = withVerhoeff(String(int(rnd, 2, 9)) + Array.from({ length: 10 }, () => String(int(rnd, 0, 9))).join(''));
  return spaced ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n;
}

/** Singapore NRIC/FIN of the S, T, F or G series. */
export function nric(rnd: () => number): string {
  const prefix = 'STFG'[int(rnd, 0, 3)];
  const seven = Array.from({ length: 7 }, () => String(int(rnd, 0, 9))).join('');
  const sum = [2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * Number(seven[i]), 0) + (prefix === 'T' || prefix === 'G' ? 4 : 0);
  return prefix + seven + (prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK')[sum % 11];
}

// Schemes whose check digit comes from stdnum's validator (an implementation independent of
// datamin's detectors, which only call it after their own shape and range checks): the body is
// drawn here with the scheme's date and range rules, and the check character is the one stdnum
// accepts. Bodies no check character completes (mod 11 leaving 10) are drawn again.
const stdnumRequire = createRequire(import.meta.url);
function stdnumValid(path: string): (value: string) => boolean {
  const module = stdnumRequire(`stdnum/lib/cjs/${path}.js`) as { validate(value: string): { isValid: boolean } };
  return (value) => module.validate(value).isValid;
}
function completed(body: () => string, alphabet: string, valid: (value: string) => boolean): string {
  for (;;) {
    const b = body();
    const c = [...alphabet].find((ch) => valid(b + ch));
    if (c !== undefined) return b + c;
  }
}
const digitsOf = (rnd: () => number, n: number): string => Array.from({ length: n }, () => String(int(rnd, 0, 9))).join('');
const DIGIT_CHARS = '0123456789';

/** Canadian SIN, NNN NNN NNN (province digit 1-7 or 9). */
export function caSin(rnd: () => number, spaced = false): string {
  const n = completed(() => '12345679'[int(rnd, 0, 7)] + digitsOf(rnd, 7), DIGIT_CHARS, stdnumValid('ca/sin'));
  return spaced ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n;
}

/** Australian TFN, nine digits. */
export function auTfn(rnd: () => number): string {
  return completed(() => String(int(rnd, 1, 9)) + digitsOf(rnd, 7), DIGIT_CHARS, stdnumValid('au/tfn'));
}

/** Korean RRN, YYMMDD-SNNNNNC (citizens born 1930-2024). */
export function krRrn(rnd: () => number, dashed = false): string {
  const n = completed(() => {
    const [y, m, d] = birthDate(rnd, 1930, 2024);
    return pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + String((y >= 2000 ? 3 : 1) + int(rnd, 0, 1)) + digitsOf(rnd, 5);
  }, DIGIT_CHARS, stdnumValid('kr/rrn'));
  return dashed ? `${n.slice(0, 6)}-${n.slice(6)}` : n;
}

/** Portuguese NIF of a person (first digit 1-3). */
export function ptNif(rnd: () => number): string {
  return completed(() => String(int(rnd, 1, 3)) + digitsOf(rnd, 7), DIGIT_CHARS, stdnumValid('pt/nif'));
}

/** Czech rodné číslo, YYMMDD/NNNN (born 1954-2024; women's month plus 50). */
export function czRodneCislo(rnd: () => number, slashed = false): string {
  const n = completed(() => {
    const [y, m, d] = birthDate(rnd, 1954, 2024);
    return pad(y % 100, 2) + pad(m + (rnd() < 0.5 ? 50 : 0), 2) + pad(d, 2) + digitsOf(rnd, 3);
  }, DIGIT_CHARS, stdnumValid('cz/rc'));
  return slashed ? `${n.slice(0, 6)}/${n.slice(6)}` : n;
}

/** Estonian isikukood / Lithuanian asmens kodas, GYYMMDDNNNC (born 1900-2024). */
export function balticPersonalCode(rnd: () => number): string {
  return completed(() => {
    const [y, m, d] = birthDate(rnd, 1900, 2024);
    return String((y >= 2000 ? 5 : 3) + int(rnd, 0, 1)) + pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + digitsOf(rnd, 3);
  }, DIGIT_CHARS, stdnumValid('lt/asmens'));
}

/** Croatian OIB, eleven digits. */
export function hrOib(rnd: () => number): string {
  return completed(() => digitsOf(rnd, 10), DIGIT_CHARS, stdnumValid('hr/oib'));
}

/** Icelandic kennitala of a person, DDMMYY-RRCM (born 1930-2024). */
export function isKennitala(rnd: () => number, dashed = false): string {
  const valid = stdnumValid('is/kennitala');
  for (;;) {
    const [y, m, d] = birthDate(rnd, 1930, 2024);
    const eight = pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + pad(int(rnd, 20, 99), 2);
    const century = y >= 2000 ? '0' : '9';
    const c = [...DIGIT_CHARS].find((ch) => valid(eight + ch + century));
    if (c === undefined) continue;
    const n = eight + c + century;
    return dashed ? `${n.slice(0, 6)}-${n.slice(6)}` : n;
  }
}

const STATES = ['AS', 'BC', 'CL', 'DF', 'JC', 'MC', 'NL', 'PL', 'VZ', 'YN'];
/** Mexican CURP (born 1930-2024). */
export function mxCurp(rnd: () => number): string {
  const letter = (): string => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[int(rnd, 0, 25)];
  const consonant = (): string => 'BCDFGHJKLMNPRSTVZ'[int(rnd, 0, 16)];
  return completed(() => {
    const [y, m, d] = birthDate(rnd, 1930, 2024);
    return `${consonant()}${'AEIOU'[int(rnd, 0, 4)]}${letter()}${letter()}${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${'HM'[int(rnd, 0, 1)]}${STATES[int(rnd, 0, STATES.length - 1)]}${consonant()}${consonant()}${consonant()}${y >= 2000 ? 'A' : '0'}`;
  }, DIGIT_CHARS, stdnumValid('mx/curp'));
}

/** Chilean RUN of a person, 12.345.678-5 or bare. */
export function clRut(rnd: () => number, dotted = false): string {
  const n = completed(() => String(int(rnd, 5_000_000, 29_999_999)), `${DIGIT_CHARS}K`, stdnumValid('cl/rut'));
  if (!dotted) return n;
  const body = n.slice(0, -1);
  return `${body.slice(0, -6)}.${body.slice(-6, -3)}.${body.slice(-3)}-${n.slice(-1)}`;
}

/** Argentinian CUIT/CUIL of a person, 20-12345678-6 or bare. */
export function arCuit(rnd: () => number, dashed = false): string {
  const n = completed(() => ['20', '23', '24', '27'][int(rnd, 0, 3)] + pad(int(rnd, 5_000_000, 45_000_000), 8), DIGIT_CHARS, stdnumValid('ar/cuit'));
  return dashed ? `${n.slice(0, 2)}-${n.slice(2, 10)}-${n.slice(10)}` : n;
}
