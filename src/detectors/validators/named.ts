// Check-digit validators by name, for detectors declared in datamin.yaml (`validator: luhn`,
// `validator: stdnum:br.cpf`). Each takes a value as written and returns whether it passes.
import { requireCjs } from '../../util/require-cjs.js';
import { isLuhnValid } from './luhn.js';
import { mod97 } from './mod97.js';
import { iso7064Mod11_10 } from './iso7064-mod11-10.js';
import { passesVerhoeff } from './verhoeff.js';

export type NamedValidator = (value: string) => boolean;

/** The value's digits with the separators people write (space, dot, dash, slash) removed, or undefined if anything else is left. */
function digitsOf(value: string): string | undefined {
  const compact = value.replace(/[\s./-]/g, '');
  return /^\d+$/.test(compact) ? compact : undefined;
}

/** ISO/IEC 7064 MOD 11-2 (ISO 7064:2003 §7.1): the last character (0-9 or X) checks the digits before it. */
function passesMod11_2(value: string): boolean {
  const compact = value.replace(/[\s./-]/g, '').toUpperCase();
  if (!/^\d+[\dX]$/.test(compact)) return false;
  let sum = 0;
  for (let i = 0; i < compact.length - 1; i++) sum = ((sum + compact.charCodeAt(i) - 48) * 2) % 11;
  const check = (12 - sum) % 11;
  return compact[compact.length - 1] === (check === 10 ? 'X' : String(check));
}

/** H. Michael Damm's quasigroup of order 10 (Damm 2004, Table 5.2), the table every implementation uses. */
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1], [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

function passesDamm(digits: string): boolean {
  let interim = 0;
  for (let i = 0; i < digits.length; i++) interim = DAMM[interim][digits.charCodeAt(i) - 48];
  return interim === 0;
}

const onDigits = (check: (digits: string) => boolean, minLength = 2): NamedValidator => (value) => {
  const digits = digitsOf(value);
  return digits !== undefined && digits.length >= minLength && check(digits);
};

/** The validators a datamin.yaml detector may name, besides `stdnum:<country>.<id>`. */
export const NAMED_VALIDATORS: Readonly<Record<string, NamedValidator>> = {
  damm: onDigits(passesDamm),
  'iso7064-mod11-2': passesMod11_2,
  // The last digit is the MOD 11,10 check digit of the ones before it (the German Steuer-ID's scheme).
  'iso7064-mod11-10': onDigits((d) => iso7064Mod11_10(d.slice(0, -1)) === Number(d[d.length - 1])),
  luhn: onDigits((d) => isLuhnValid(d)),
  // ISO 7064 MOD 97-10 over digits: the whole number leaves remainder 1 (the IBAN rule, letters aside).
  mod97: onDigits((d) => mod97(d) === 1, 3),
  verhoeff: onDigits(passesVerhoeff),
};

/** A stdnum validator id: `stdnum:` a two-letter country, a dot, and the module name (`stdnum:br.cpf`). */
const STDNUM = /^stdnum:([a-z]{2})\.([a-z][a-z0-9]*)$/;

interface StdnumModule {
  validate(value: string): { isValid: boolean };
}

/**
 * The validator called `name`, or undefined when there is none. A stdnum validator loads only its
 * own module (the whole package takes some 400 ms to load; one module about 30).
 */
export function namedValidator(name: string): NamedValidator | undefined {
  if (Object.hasOwn(NAMED_VALIDATORS, name)) return NAMED_VALIDATORS[name];
  const m = STDNUM.exec(name);
  if (!m) return undefined;
  let module: StdnumModule;
  try {
    module = requireCjs(`stdnum/lib/cjs/${m[1]}/${m[2]}.js`) as StdnumModule;
  } catch {
    return undefined;
  }
  if (typeof module.validate !== 'function') return undefined;
  return (value) => {
    try {
      return module.validate(value).isValid;
    } catch {
      return false;
    }
  };
}
