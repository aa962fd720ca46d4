// Identifier generators with correct check digits for the accuracy corpus. Written from the
// specifications, independently of src/detectors/validators, so a validator bug shows up as a
// missed column instead of being mirrored. Every generator takes a seeded faker instance.

/** n random decimal digits. */
export const digits = (f, n) => Array.from({ length: n }, () => f.number.int({ min: 0, max: 9 })).join('');
const upper = (f, n, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') =>
  Array.from({ length: n }, () => alphabet[f.number.int({ min: 0, max: alphabet.length - 1 })]).join('');

/** Luhn check digit (ISO/IEC 7812-1 Annex B) for a number without its check digit. */
export function luhnCheckDigit(partial) {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A Luhn-valid card number with a real IIN prefix (Visa 4, Mastercard 51-55/2221-2720, Amex 34/37). */
export function cardNumber(f) {
  const brand = f.number.int({ min: 0, max: 3 });
  const prefix = ['4', `5${f.number.int({ min: 1, max: 5 })}`, `22${f.number.int({ min: 21, max: 99 })}`, f.helpers.arrayElement(['34', '37'])][brand];
  const length = brand === 3 ? 15 : 16;
  const partial = prefix + digits(f, length - 1 - prefix.length);
  const pan = partial + luhnCheckDigit(partial);
  if (f.datatype.boolean() || length === 15) return pan;
  return pan.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** A 16-digit number whose Luhn check fails: an order or loyalty number, not a card. */
export function nonLuhn16(f) {
  const partial = f.helpers.arrayElement(['4', '5', '3', '6']) + digits(f, 14);
  const good = Number(luhnCheckDigit(partial));
  return partial + String((good + f.number.int({ min: 1, max: 9 })) % 10);
}

/** US SSN AAA-GG-SSSS with an assignable area (not 000, 666, 900-999), group and serial. */
export function usSsn(f) {
  let area;
  do area = f.number.int({ min: 1, max: 899 });
  while (area === 666);
  const group = f.number.int({ min: 1, max: 99 });
  const serial = f.number.int({ min: 1, max: 9999 });
  return `${String(area).padStart(3, '0')}-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`;
}

/** ISO 7064 MOD 97-10 over a digit string of any length. */
function mod97(numeric) {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/** IBAN check digits (ISO 13616-1 §6): BBAN + country + "00", letters as 10..35, 98 - mod 97. */
function ibanWith(country, bban) {
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return `${country}${String(98 - mod97(numeric)).padStart(2, '0')}${bban}`;
}

/** Spanish BBAN control digits (CCC, Orden EHA/2899/2011): weighted mod 11 over bank+branch and account. */
function spanishDc() {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (s) => {
    const x = 11 - (s.split('').reduce((acc, d, i) => acc + Number(d) * w[i], 0) % 11);
    return x === 11 ? 0 : x === 10 ? 1 : x;
  };
  return (bankBranch, account) => `${dc(`00${bankBranch}`)}${dc(account)}`;
}

/** Italian BBAN CIN (Banca d'Italia): the codice fiscale odd/even tables over 22 characters, mod 26. */
function italianCin(rest) {
  let sum = 0;
  for (let i = 0; i < rest.length; i++) {
    const v = ordinal(rest[i]);
    sum += i % 2 === 0 ? ODD[v] : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** French RIB key (Banque de France): 97 - ((89 bank + 15 branch + 3 account) mod 97). */
function ribKey(bank, branch, account) {
  const acc = account.replace(/[A-Z]/g, (c) => String('123456789123456789234567890'.charAt(c.charCodeAt(0) - 65) || 0));
  const r = (89 * Number(bank) + 15 * Number(branch) + 3 * Number(acc)) % 97;
  return String(97 - r).padStart(2, '0');
}

/** A valid IBAN for the locale's country, in electronic or print (grouped by 4) form. */
export function iban(f, country) {
  let bban;
  switch (country) {
    case 'DE': bban = digits(f, 18); break;
    case 'GB': bban = upper(f, 4) + digits(f, 14); break;
    case 'NL': bban = upper(f, 4) + digits(f, 10); break;
    case 'ES': {
      const bankBranch = digits(f, 8);
      const account = digits(f, 10);
      bban = bankBranch + spanishDc()(bankBranch, account) + account;
      break;
    }
    case 'IT': {
      const rest = digits(f, 10) + digits(f, 12);
      bban = italianCin(rest) + rest;
      break;
    }
    case 'FR': {
      const bank = digits(f, 5);
      const branch = digits(f, 5);
      const account = digits(f, 11);
      bban = bank + branch + account + ribKey(bank, branch, account);
      break;
    }
    default: bban = digits(f, 18); country = 'DE';
  }
  const electronic = ibanWith(country, bban);
  return f.datatype.boolean() ? electronic : electronic.replace(/(.{4})(?=.)/g, '$1 ');
}

/** French NIR (INSEE): sex, year, month, department, commune, order, then key 97 - (n mod 97). */
export function frNir(f) {
  const body = `${f.number.int({ min: 1, max: 2 })}${digits(f, 2)}${String(f.number.int({ min: 1, max: 12 })).padStart(2, '0')}${String(f.number.int({ min: 1, max: 95 })).padStart(2, '0')}${String(f.number.int({ min: 1, max: 990 })).padStart(3, '0')}${String(f.number.int({ min: 1, max: 999 })).padStart(3, '0')}`;
  const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
  return f.datatype.boolean() ? body + key : `${body.slice(0, 1)} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}`;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** Spanish DNI: 8 digits and the control letter (number mod 23, Real Decreto 1553/2005). */
export function esDni(f) {
  const n = f.number.int({ min: 1000000, max: 99999999 });
  return String(n).padStart(8, '0') + DNI_LETTERS[n % 23];
}
/** Spanish NIE: X/Y/Z (as 0/1/2), 7 digits and the same control letter. */
export function esNie(f) {
  const p = f.number.int({ min: 0, max: 2 });
  const body = digits(f, 7);
  return 'XYZ'[p] + body + DNI_LETTERS[Number(`${p}${body}`) % 23];
}

/** Dutch BSN: 9 digits passing the eleven test (weights 9..2 and -1). */
export function nlBsn(f) {
  for (;;) {
    const d = digits(f, 8);
    if (d[0] === '0') continue;
    const s = d.split('').reduce((acc, x, i) => acc + Number(x) * (9 - i), 0);
    const last = s % 11;
    if (last <= 9) return d + String(last);
  }
}

/** UK National Insurance number (HMRC NIM39110): valid prefix letters, six digits, suffix A-D. */
export function ukNino(f) {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let prefix;
  do prefix = upper(f, 1, first) + upper(f, 1, second);
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix));
  const n = digits(f, 6);
  const suffix = upper(f, 1, 'ABCD');
  return f.datatype.boolean() ? `${prefix}${n}${suffix}` : `${prefix} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${suffix}`;
}

/** ISO/IEC 7064 MOD 11,10 check digit, as § 139b AO uses it for the Steuer-ID. */
function mod11_10(s) {
  let product = 10;
  for (const ch of s) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}
/** German Steuer-ID: first ten digits have exactly one digit twice, no leading zero; MOD 11,10 check. */
export function deSteuerId(f) {
  const pool = f.helpers.shuffle(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  const chosen = pool.slice(0, 9);
  const ten = f.helpers.shuffle([...chosen, chosen[f.number.int({ min: 0, max: 8 })]]);
  if (ten[0] === '0') ten.push(ten.shift());
  const s = ten.join('');
  return s + String(mod11_10(s));
}

const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const ordinal = (ch) => (ch >= '0' && ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 65);
/** Italian codice fiscale (DM 23/12/1976): 6 letters, year, month letter, day, Belfiore code, check letter. */
export function itCodiceFiscale(f) {
  const body = `${upper(f, 6, 'BCDFGHLMNPRSTVZ')}${digits(f, 2)}${'ABCDEHLMPRST'[f.number.int({ min: 0, max: 11 })]}${String(f.number.int({ min: 1, max: 31 }) + (f.datatype.boolean() ? 40 : 0)).padStart(2, '0')}${upper(f, 1, 'ABCDEFGHILM')}${digits(f, 3)}`;
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? ODD[ordinal(body[i])] : ordinal(body[i]);
  return body + String.fromCharCode(65 + (sum % 26));
}

/**
 * Other categories a national identifier may fairly be reported as: the UK NINO and the French
 * NIR are social-security numbers, the codice fiscale and the German Steuer-ID are also tax
 * numbers (docs/labelling.md files both under national_id, accepting tax_id), and an IBAN is a
 * bank account number.
 */
export const ALSO = { en_GB: ['government.ssn'], fr: ['government.ssn'], it: ['government.tax_id'], de: ['government.tax_id'], iban: ['financial.bank_account'] };

/** The national identifier a locale's people carry, with its category. */
export function nationalId(f, locale) {
  switch (locale) {
    case 'en_US': return { category: 'government.ssn', value: usSsn(f) };
    case 'en_GB': return { category: 'government.national_id', value: ukNino(f) };
    case 'de': return { category: 'government.national_id', value: deSteuerId(f) };
    case 'fr': return { category: 'government.national_id', value: frNir(f) };
    case 'es': return { category: 'government.national_id', value: f.number.int({ min: 0, max: 3 }) === 0 ? esNie(f) : esDni(f) };
    case 'it': return { category: 'government.national_id', value: itCodiceFiscale(f) };
    default: return { category: 'government.national_id', value: nlBsn(f) };
  }
}

/** ISBN-13 (ISO 2108) with its mod-10 check digit: a look-alike for numeric identifiers. */
export function isbn13(f) {
  const body = f.helpers.arrayElement(['978', '979']) + digits(f, 9);
  const sum = body.split('').reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return body + String((10 - (sum % 10)) % 10);
}
