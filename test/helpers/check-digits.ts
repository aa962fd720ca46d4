// Identifiers with valid check digits, generated in the tests so no real person's number is needed.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A Brazilian CPF for the 9-digit base `n`, with both mod-11 check digits, written `123.456.789-09`. */
export function cpf(n: number): string {
  const d = String(n % 1_000_000_000).padStart(9, '0').split('').map(Number);
  for (const length of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += d[i] * (length + 1 - i);
    d.push(((sum * 10) % 11) % 10);
  }
  const t = d.join('');
  return `${t.slice(0, 3)}.${t.slice(3, 6)}.${t.slice(6, 9)}-${t.slice(9)}`;
}

/** The same value with its last digit changed: the check fails. */
export function wrongLastDigit(value: string): string {
  const last = Number(value[value.length - 1]);
  return value.slice(0, -1) + String((last + 1) % 10);
}

/** stdnum's validator of one identifier (`de`, `idnr`): an implementation independent of datamin's. */
export function stdnumValidates(country: string, id: string): (value: string) => boolean {
  const module = require(`stdnum/lib/cjs/${country}/${id}.js`) as { validate(value: string): { isValid: boolean } };
  return (value) => module.validate(value).isValid;
}

/**
 * `prefix` completed with the character of `alphabet` that makes `valid` accept it, and one
 * that makes it reject it; undefined when no character makes it valid (a prefix breaking another
 * rule of the identifier).
 */
export function completions(prefix: string, alphabet: string, valid: (value: string) => boolean): { valid: string; wrong: string } | undefined {
  const good = [...alphabet].find((c) => valid(prefix + c));
  const bad = [...alphabet].find((c) => !valid(prefix + c));
  return good === undefined || bad === undefined ? undefined : { valid: prefix + good, wrong: prefix + bad };
}

/** ICAO 9303 Part 3 §4.9 check digit: weights 7, 3, 1; digits their value, A-Z 10-35, `<` 0. */
export function icaoDigit(text: string): number {
  const value = (c: string): number => (c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  return [...text].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3], 0) % 10;
}

/** An IBAN of `country` with the BBAN `bban`, with its ISO 7064 MOD 97-10 check digits. */
export function iban(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`].map((c) => (/\d/.test(c) ? c : String(c.charCodeAt(0) - 55))).join('');
  const remainder = Number([...numeric].reduce((r, d) => (r * 10n + BigInt(d)) % 97n, 0n));
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}
