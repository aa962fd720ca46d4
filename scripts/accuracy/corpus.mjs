// Builds the labelled synthetic accuracy corpus: seeded faker data in seven locales, written as
// CSV, JSON and NDJSON, with meaningless names, misleading names, look-alikes, sparse, free-text
// and mixed-type columns. Returns the labels; the files go to `dir`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakerDE, fakerEN_GB, fakerEN_US, fakerES, fakerFR, fakerIT, fakerNL } from '@faker-js/faker';
import * as ids from './ids.mjs';
import { COUNTRY, GENDER_VALUES, LOCALES, NAMES, NOTE_TEMPLATES, OBSCURE, formatDate } from './vocab.mjs';

const FAKERS = { en_US: fakerEN_US, en_GB: fakerEN_GB, de: fakerDE, fr: fakerFR, es: fakerES, it: fakerIT, nl: fakerNL };
const FORMATS = ['csv', 'json', 'ndjson'];
/** The small corpus the regression test scans (test/accuracy/accuracy.test.ts). */
export const SMALL = { rows: 200, seed: 20261130 };

/**
 * A column: its name, the categories it holds (empty = not personal), whether it is a
 * look-alike that must never be reported, and a value generator (null/undefined = empty).
 */
const col = (name, categories, gen, extra = {}) => ({ name, categories, gen, lookalike: false, obscure: false, ...extra });
const look = (name, gen) => col(name, [], gen, { lookalike: true });
const sparse = (share, gen) => (f) => (f.number.float() < share ? gen(f) : null);

const hex = (f, n) => f.string.hexadecimal({ length: n, casing: 'lower', prefix: '' });
const B64 = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const bcrypt = (f) => `$2b$12$${Array.from({ length: 53 }, () => B64[f.number.int({ min: 0, max: 63 })]).join('')}`;
const b64url = (s) => Buffer.from(s).toString('base64url');
const jwt = (f) => `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(JSON.stringify({ sub: f.string.uuid(), iat: f.number.int({ min: 1.6e9, max: 1.8e9 }) }))}.${f.string.alphanumeric(43)}`;
const apiKey = (f) => f.helpers.arrayElement([() => `AKIA${f.string.alpha({ length: 16, casing: 'upper' })}`, () => `ghp_${f.string.alphanumeric(36)}`, () => `sk_live_${f.string.alphanumeric(24)}`])();
const CALLING = { US: '1', GB: '44', DE: '49', FR: '33', ES: '34', IT: '39', NL: '31' };
/**
 * International form built from faker's national number (ITU-T E.123: country code, then the
 * national number without its trunk 0; Italy keeps the 0). faker's own "international" style
 * puts wrong country codes on some locales (an Italian number as +90...), which no real export holds.
 */
function international(f, country) {
  const national = f.phone.number({ style: 'national' }).replace(/\D/g, '');
  const body = country === 'IT' || country === 'US' || country === 'ES' ? national : national.replace(/^0/, '');
  return `+${CALLING[country]} ${body}`;
}
const phone = (f) => (f.datatype.boolean() ? f.phone.number({ style: 'international' }) : f.phone.number({ style: 'national' }));
const birth = (f, locale) => formatDate(locale, f.date.birthdate({ mode: 'age', min: 18, max: 90 }));
const isoTime = (f) => f.date.between({ from: '2019-01-01T00:00:00Z', to: '2025-12-31T00:00:00Z' }).toISOString();
const latLon = (f) => `${f.location.latitude({ precision: 6 })}, ${f.location.longitude({ precision: 6 })}`;
const mac = (f) => f.internet.mac(f.helpers.arrayElement([':', '-']));
const orderNo = (f) => f.helpers.arrayElement([() => `ORD-${ids.digits(f, 8)}`, () => ids.digits(f, 9), () => `${f.number.int({ min: 2019, max: 2025 })}-${ids.digits(f, 6)}`])();
const sku = (f) => f.helpers.arrayElement([() => `SKU-${f.string.alphanumeric({ length: 8, casing: 'upper' })}`, () => `ZO${ids.digits(f, 10)}`])();
const tracking = (f) => f.helpers.arrayElement([() => `1Z${f.string.alphanumeric({ length: 16, casing: 'upper' })}`, () => ids.digits(f, 12), () => `JJD${ids.digits(f, 18)}`, () => `RR${ids.digits(f, 9)}DE`])();
const amount = (f) => f.number.float({ min: 1, max: 2500, fractionDigits: 2 });
const ean13 = (f) => {
  const body = ids.digits(f, 12);
  const sum = body.split('').reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return body + String((10 - (sum % 10)) % 10);
};
const version = (f) => `${f.number.int({ min: 1, max: 12 })}.${f.number.int({ min: 0, max: 20 })}.${f.number.int({ min: 0, max: 99 })}.${f.number.int({ min: 0, max: 250 })}`;

/** Free text where about `share` of rows embed an email (or a phone). */
function notes(f, contact, share) {
  const t = f.helpers.arrayElement(NOTE_TEMPLATES);
  const withContact = f.number.float() < share;
  const filled = t.replace('{order}', orderNo(f)).replace('{sku}', sku(f));
  if (!filled.includes('{contact}')) return withContact ? `${filled} Reach me at ${contact(f)}.` : filled;
  return filled.replace('{contact}', withContact ? contact(f) : 'the account manager');
}

/** The first dataset of a locale: a customer table with local column names. */
function customers(locale) {
  const n = NAMES[locale];
  const country = COUNTRY[locale];
  return [
    look('id', (f) => f.string.uuid()),
    col(n.first, ['person.name'], (f) => f.person.firstName()),
    col(n.last, ['person.name'], (f) => f.person.lastName()),
    col(n.email, ['contact.email'], (f) => f.internet.email()),
    col(n.phone, ['contact.phone'], phone),
    col(n.street, ['contact.address'], (f) => f.location.streetAddress()),
    col(n.zip, ['contact.postal_code'], (f) => f.location.zipCode()),
    col(n.city, [], (f) => f.location.city(), { acceptable: ['contact.address'] }),
    col(n.dob, ['person.date_of_birth'], (f) => birth(f, locale)),
    col(n.natid, [ids.nationalId(FAKERS[locale], locale).category], (f) => ids.nationalId(f, locale).value, { acceptable: ids.ALSO[locale] }),
    col(n.iban, ['financial.iban'], (f) => ids.iban(f, country), { acceptable: ids.ALSO.iban }),
    col(n.gender, ['person.gender'], (f) => f.helpers.arrayElement(GENDER_VALUES[locale])),
    col(n.email2, ['contact.email'], sparse(0.15, (f) => f.internet.email())),
    col(n.age, ['person.age'], (f) => f.number.int({ min: 18, max: 90 })),
    col('notes', ['contact.email'], (f) => notes(f, (g) => g.internet.email(), 0.12)),
    look('created_at', isoTime),
    look('email_sent_count', (f) => f.number.int({ min: 0, max: 400 })),
    look('address_verified', (f) => f.datatype.boolean()),
    // A marketing opt-in of a customer is consent evidence (consent.record, issue 24).
    col('newsletter_opt_in', ['consent.record'], (f) => (f.datatype.boolean() ? 'yes' : 'no')),
    look('loyalty_points', (f) => f.number.int({ min: 10000, max: 99999 })),
  ];
}

/** Value-detectable personal columns a legacy export holds under meaningless names. */
function obscurePersonal(locale) {
  const country = COUNTRY[locale];
  const nat = ids.nationalId(FAKERS[locale], locale).category;
  return [
    [['contact.email'], (f) => f.internet.email()],
    [['contact.phone'], (f) => international(f, country)],
    [['financial.iban'], (f) => ids.iban(f, country)],
    [['financial.card_number'], ids.cardNumber],
    [[nat], (f) => ids.nationalId(f, locale).value],
    [['online.ip_address'], (f) => (f.number.int({ min: 0, max: 3 }) === 0 ? f.internet.ipv6() : f.internet.ipv4())],
    [['online.user_agent'], (f) => f.internet.userAgent()],
    [['location.coordinates'], latLon],
    [['online.mac_address'], mac],
    [['credentials.password'], bcrypt],
    [['credentials.secret'], (f) => (f.datatype.boolean() ? jwt(f) : apiKey(f))],
  ];
}

/** Harmless columns whose values look like identifiers, codes or numbers. */
const LOOKALIKE_VALUES = [
  (f) => f.string.uuid(), (f) => hex(f, 64), ids.nonLuhn16, ids.isbn13, orderNo, tracking, amount, isoTime, sku, version, ean13,
  (f) => f.date.recent({ days: 400 }).toISOString().slice(0, 10), (f) => Math.floor(f.date.past({ years: 3 }).getTime() / 1000),
  (f) => f.color.rgb(), (f) => f.number.float({ min: 0.5, max: 1.8, fractionDigits: 6 }),
];

/** The second dataset: a legacy export with meaningless names, look-alikes and a mixed column. */
function legacyExport(locale, f) {
  const names = f.helpers.shuffle([...OBSCURE]);
  const cols = [];
  for (const [categories, gen] of obscurePersonal(locale)) {
    if (f.number.float() < 0.35) continue;
    cols.push(col(names.pop(), categories, gen, { obscure: true, acceptable: categories.includes('financial.iban') ? ids.ALSO.iban : (ids.ALSO[locale] ?? []) }));
  }
  cols.push(col(names.pop(), ['financial.iban'], sparse(0.2, (g) => ids.iban(g, COUNTRY[locale])), { obscure: true }));
  // A contact column mixing emails, phone numbers stored as numbers, and placeholders.
  cols.push(col(names.pop(), ['contact.email'], (g) => g.helpers.weightedArrayElement([
    { weight: 7, value: () => g.internet.email() }, { weight: 2, value: () => 'n/a' }, { weight: 1, value: () => g.number.int({ min: 1, max: 99 }) },
  ])(), { obscure: true }));
  for (const gen of f.helpers.arrayElements(LOOKALIKE_VALUES, 6)) cols.push(look(names.pop() ?? `c${cols.length}`, gen));
  return f.helpers.shuffle(cols);
}

/** The third dataset: accounts, HR, patients or orders, each with its own sensitive columns. */
function domainTable(locale) {
  const n = NAMES[locale];
  const common = [
    look('phone_model', (f) => f.helpers.arrayElement(['iPhone 13', 'Pixel 7', 'Galaxy S23', 'Moto G', 'Xperia 10'])),
    look('tracking_number', tracking),
    look('isbn', ids.isbn13),
    look('checksum', (f) => hex(f, 64)),
    look('product_name', (f) => f.commerce.productName()),
    look('company_name', (f) => f.company.name()),
    look('total_amount', amount),
    look('invoice_ref', ids.nonLuhn16),
  ];
  switch (locale) {
    case 'en_US': return [...common,
      col('username', ['online.username'], (f) => f.internet.username()),
      col('password', ['credentials.password'], (f) => f.internet.password()),
      col('password_hash', ['credentials.password'], bcrypt),
      col('api_token', ['credentials.secret'], apiKey),
      col('last_login_ip', ['online.ip_address'], (f) => f.internet.ipv4()),
      col('user_agent', ['online.user_agent'], (f) => f.internet.userAgent()),
      col('device_id', ['online.device_id'], (f) => f.string.uuid()),
      col('card_number', ['financial.card_number'], ids.cardNumber),
      col('cvv', ['financial.card_cvv'], (f) => ids.digits(f, 3)),
      col('drivers_license', ['government.drivers_license'], (f) => `${f.string.alpha({ length: 1, casing: 'upper' })}${ids.digits(f, 7)}`),
      col('passport_number', ['government.passport'], (f) => ids.digits(f, 9)),
      col('bank_account_number', ['financial.bank_account'], (f) => ids.digits(f, 10)),
      look('password_changed_at', isoTime),
      col('email_opt_in', ['consent.record'], (f) => f.datatype.boolean())];
    case 'en_GB': return [...common,
      col(n.full, ['person.name'], (f) => f.person.fullName()),
      col(n.natid, ['government.national_id'], ids.ukNino, { acceptable: ids.ALSO.en_GB }),
      col('Religion', ['special.religion'], (f) => f.helpers.arrayElement(['Christian', 'Muslim', 'Hindu', 'Jewish', 'None', 'Sikh', 'Buddhist'])),
      col('EthnicOrigin', ['special.ethnicity'], (f) => f.helpers.arrayElement(['White British', 'Asian', 'Black Caribbean', 'Mixed', 'Other'])),
      col('TradeUnionMember', ['special.trade_union'], (f) => f.helpers.arrayElement(['Y', 'N'])),
      col('SexualOrientation', ['special.sexual_orientation'], (f) => f.helpers.arrayElement(['Heterosexual', 'Gay', 'Bisexual', 'Prefer not to say'])),
      col('DiagnosisCode', ['special.health'], (f) => f.helpers.arrayElement(['J45.9', 'E11.9', 'I10', 'F32.1', 'M54.5', 'K21.0'])),
      col('CriminalConvictions', ['criminal.record'], (f) => f.helpers.arrayElement(['None', 'Spent', 'Unspent - driving offence'])),
      col('SortCode', ['financial.bank_account'], (f) => `${ids.digits(f, 2)}-${ids.digits(f, 2)}-${ids.digits(f, 2)}`),
      col('AccountNumber', ['financial.bank_account'], (f) => ids.digits(f, 8)),
      look('JobTitle', (f) => f.person.jobTitle()),
      look('Salary', (f) => f.number.int({ min: 20000, max: 120000 }))];
    case 'fr': return [...common,
      col('nom', ['person.name'], (f) => f.person.lastName()),
      col(n.natid, ['government.national_id'], ids.frNir, { acceptable: ids.ALSO.fr }),
      col('diagnostic', ['special.health'], (f) => f.helpers.arrayElement(['J45.9', 'E11.9', 'I10', 'F32.1', 'C50.9', 'K21.0'])),
      col('allergies', ['special.health'], (f) => f.helpers.arrayElement(['pénicilline', 'arachides', 'aucune', 'pollen'])),
      col('medecin_traitant', ['person.name'], (f) => `Dr ${f.person.fullName()}`),
      col('groupe_sanguin', ['special.health'], (f) => f.helpers.arrayElement(['A+', 'O-', 'B+', 'AB+', 'O+']))];
    case 'nl': return [...common,
      col(n.full, ['person.name'], (f) => f.person.fullName()),
      col('geloof', ['special.religion'], (f) => f.helpers.arrayElement(['katholiek', 'protestant', 'islam', 'geen'])),
      col('vakbondslid', ['special.trade_union'], (f) => f.helpers.arrayElement(['ja', 'nee'])),
      col('politieke_partij', ['special.political'], (f) => f.helpers.arrayElement(['VVD', 'PvdA', 'D66', 'CDA', 'GL'])),
      col('gebruikersnaam', ['online.username'], (f) => f.internet.username())];
    default: {
      // de, es, it: an order table with nested delivery and contact objects in JSON.
      const [ship, contact, comment] = { de: ['lieferung', 'kontakt', 'kommentar'], es: ['envio', 'contacto', 'comentario'], it: ['spedizione', 'contatto', 'note'] }[locale];
      return [...common,
        col(`${n.full}`, ['person.name'], (f) => f.person.fullName()),
        col(`${ship}.${n.street}`, ['contact.address'], (f) => f.location.streetAddress()),
        col(`${ship}.${n.zip}`, ['contact.postal_code'], (f) => f.location.zipCode()),
        col(`${ship}.${n.phone}`, ['contact.phone'], sparse(0.3, phone)),
        col(`${contact}.email`, ['contact.email'], (f) => f.internet.email()),
        col('geo.lat', ['location.coordinates'], (f) => f.location.latitude({ precision: 5 })),
        col('geo.lon', ['location.coordinates'], (f) => f.location.longitude({ precision: 5 })),
        col(comment, ['contact.phone'], (f) => notes(f, (g) => international(g, COUNTRY[locale]), 0.15)),
        look('sku', sku),
        look('ean', ean13),
        look('firmware_version', version)];
    }
  }
}

/** Sets a dotted path in a nested object. */
function setPath(obj, path, value) {
  const parts = path.split('.');
  let o = obj;
  for (const p of parts.slice(0, -1)) o = o[p] ??= {};
  o[parts.at(-1)] = value;
}

function csvCell(v) {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function write(dir, dataset, format, columns, rows) {
  // CSV is flat: nested names keep their dotted header.
  if (format === 'csv') {
    const lines = [columns.map((c) => csvCell(c.name)).join(',')];
    for (const r of rows) lines.push(columns.map((c) => csvCell(r[c.name])).join(','));
    writeFileSync(join(dir, `${dataset}.csv`), `${lines.join('\n')}\n`);
    return;
  }
  const objects = rows.map((r) => {
    const o = {};
    for (const c of columns) if (r[c.name] !== null && r[c.name] !== undefined) setPath(o, c.name, r[c.name]);
    return o;
  });
  const text = format === 'json' ? JSON.stringify(objects, null, 1) : `${objects.map((o) => JSON.stringify(o)).join('\n')}\n`;
  writeFileSync(join(dir, `${dataset}.${format}`), text);
}

/**
 * Writes the corpus to `dir` and returns one label per column:
 * `{ dataset, field, categories, acceptable, lookalike, obscure, locale, format }`.
 */
export function generateCorpus({ dir, rows = 1000, seed = 20261130 }) {
  mkdirSync(dir, { recursive: true });
  const labels = [];
  let k = 0;
  for (const [li, locale] of LOCALES.entries()) {
    const f = FAKERS[locale];
    const tables = [['customers', customers(locale)], ['export', null], [locale === 'en_US' ? 'accounts' : locale === 'en_GB' ? 'employees' : locale === 'fr' ? 'patients' : locale === 'nl' ? 'members' : 'orders', domainTable(locale)]];
    for (const [ti, [kind, fixed]] of tables.entries()) {
      f.seed(seed + li * 100 + ti);
      const columns = fixed ?? legacyExport(locale, f);
      const format = FORMATS[k++ % FORMATS.length];
      const dataset = `${kind}_${locale.toLowerCase()}`;
      const data = Array.from({ length: rows }, () => Object.fromEntries(columns.map((c) => [c.name, c.gen(f)])));
      write(dir, dataset, format, columns, data);
      for (const c of columns) {
        labels.push({ dataset, field: c.name, categories: c.categories, acceptable: c.acceptable ?? [], lookalike: c.lookalike, obscure: c.obscure, locale, format });
      }
    }
  }
  return labels;
}
