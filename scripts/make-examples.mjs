// Regenerates the bundled examples/ (deterministic, seeded). Every identifier that carries a
// checksum is generated with a correct one, so the examples exercise real validation.
// Usage: node scripts/make-examples.mjs
import { writeFileSync, mkdirSync } from 'node:fs';

let seed = 20261130;
const rnd = () => {
  seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
};
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rnd() * list.length)];
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
const pad = (n, w = 2) => String(n).padStart(w, '0');
const day = (y0, y1) => `${int(y0, y1)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[int(0, 15)]).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`;

const FIRST = ['Anna', 'Søren', 'Zoë', 'Jürgen', 'Élodie', 'Mateo', 'Giulia', 'Daan', 'João', 'Olivia', 'Liam', 'Noah', 'Émile', 'Lucía', 'Ingrid', 'Marek', 'Aisha', 'Chloé', 'Björn', 'Francesca'];
const LAST = ['Müller', 'García', 'Rossi', 'de Vries', 'Dubois', 'Smith', 'Kowalski', 'Nielsen', 'Silva', 'Jones', 'Schmidt', 'Martínez', 'Bianchi', 'Jansen', 'Lefèvre', 'Brown', 'Łukasz', 'Fischer', 'Moreau', 'Ferreira'];
const STREETS = ['Hauptstraße', 'Rue de la Paix', 'Calle Mayor', 'Via Roma', 'Kerkstraat', 'High Street', 'Rua Augusta', 'Baker Street'];
const DOMAINS = ['example.com', 'mail.example.org', 'example.net'];

function luhnComplete(partial) {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return partial + ((10 - (sum % 10)) % 10);
}
function cardNumber() {
  const prefix = pick(['4', '51', '53', '55']);
  return luhnComplete(prefix + digits(15 - prefix.length));
}
function mod97(s) {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}
const BBAN = { DE: () => digits(18), AT: () => digits(16), GB: () => pick(['NWBK', 'BARC', 'MIDL']) + digits(14) };
function iban(country = 'DE') {
  const bban = BBAN[country]();
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = pad(98 - mod97(numeric));
  return `${country}${check}${bban}`;
}
const dni = () => { const n = int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; };
function steuerId() {
  const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].sort(() => rnd() - 0.5);
  let ds = pool.slice(0, 9);
  ds.splice(int(1, 9), 0, ds[int(0, 8)]);
  if (ds[0] === 0) [ds[0], ds[1]] = [ds[1], ds[0]];
  if (ds[0] === 0 || ds.filter((d) => d === ds[0]).length > 2) return steuerId();
  let product = 10;
  for (const d of ds) { let s = (d + product) % 10; if (s === 0) s = 10; product = (s * 2) % 11; }
  let check = 11 - product; if (check === 10) check = 0;
  return ds.join('') + check;
}
const phone = () => pick([
  () => `+44 79${int(10, 99)} ${int(100000, 999999)}`,
  () => `+49 30 ${int(2000000, 8999999)}`,
  () => `+33 6 ${pad(int(10, 99))} ${pad(int(10, 99))} ${pad(int(10, 99))} ${pad(int(10, 99))}`,
  () => `+34 6${int(10, 99)} ${int(100, 999)} ${int(100, 999)}`,
])();
const email = (f, l) => `${f}.${l}`.normalize('NFD').replace(/[^A-Za-z.]/g, '').toLowerCase() + `${int(1, 99)}@${pick(DOMAINS)}`;
const ip = () => `${int(11, 223)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
const csvCell = (v) => (/[",;\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csv = (rows, sep = ',') => rows.map((r) => r.map(csvCell).join(sep)).join('\n') + '\n';

mkdirSync('examples', { recursive: true });

// customers.csv: the CRM export.
const customers = [['customer_id', 'first_name', 'last_name', 'email', 'phone', 'mobile', 'date_of_birth', 'gender', 'street', 'postcode', 'iban', 'signup_ip', 'created_at', 'marketing_opt_in', 'loyalty_points', 'email_sent_count']];
for (let i = 0; i < 240; i++) {
  const f = pick(FIRST), l = pick(LAST);
  customers.push([uuid(), f, l, email(f, l), phone(), rnd() < 0.12 ? phone() : '', day(1940, 2006), pick(['female', 'male', 'female', 'male', 'diverse']),
    `${pick(STREETS)} ${int(1, 180)}`, pad(int(1000, 99999), 5), iban(pick(['DE', 'DE', 'AT', 'GB'])) , ip(),
    `${day(2018, 2026)}T${pad(int(0, 23))}:${pad(int(0, 59))}:00Z`, pick(['true', 'false']), int(0, 5000), int(0, 40)]);
}
writeFileSync('examples/customers.csv', csv(customers));

// orders.ndjson: the shop's order log, nested.
const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'];
const orders = [];
for (let i = 0; i < 300; i++) {
  const f = pick(FIRST), l = pick(LAST);
  orders.push(JSON.stringify({
    order_id: `ORD-2025-${pad(i + 1, 6)}`,
    placed_at: `${day(2020, 2026)}T12:00:00Z`,
    customer: { id: uuid(), email: email(f, l) },
    shipping: { name: `${f} ${l}`, street: `${pick(STREETS)} ${int(1, 99)}`, postal_code: pad(int(1000, 99999), 5) },
    items: Array.from({ length: int(1, 3) }, () => ({ sku: `SKU-${int(1000, 9999)}-${pick(['BLK', 'WHT', 'RED'])}`, qty: int(1, 4), price: Number((rnd() * 200).toFixed(2)) })),
    total: Number((rnd() * 500).toFixed(2)),
    payment: { card_number: cardNumber(), cvv: pad(int(0, 999), 3), status: pick(['captured', 'refunded']) },
    tracking_number: `1Z${hex(6).toUpperCase()}${digits(10)}`,
    client_ip: ip(),
    user_agent: pick(UA),
  }));
}
writeFileSync('examples/orders.ndjson', orders.join('\n') + '\n');

// support-tickets.json: a helpdesk export wrapping an array; some bodies embed contact data.
const SUBJECTS = ['Parcel late', 'Wrong size', 'Refund request', 'Cannot log in', 'Invoice copy'];
const BODIES = ['My parcel has not arrived yet, can you check?', 'I ordered the wrong size and would like to swap it.', 'Please refund my last order, it arrived damaged.', 'The login page keeps reloading.', 'Could you send me a copy of the invoice?'];
const tickets = [];
for (let i = 0; i < 120; i++) {
  const f = pick(FIRST), l = pick(LAST);
  let body = pick(BODIES);
  const r = rnd();
  if (r < 0.12) body += ` You can reach me at ${email(f, l)}.`;
  else if (r < 0.2) body += ` Call me back on ${phone()} please.`;
  tickets.push({ ticket_id: `T-${10000 + i}`, subject: pick(SUBJECTS), body, status: pick(['open', 'closed']), priority: pick(['low', 'normal', 'high']), opened_at: `${day(2023, 2026)}T09:30:00Z` });
}
writeFileSync('examples/support-tickets.json', JSON.stringify({ exported_at: '2026-11-01T00:00:00Z', tickets }, null, 2) + '\n');

// employees.csv: an HR export, semicolon-separated, with special-category data.
const ICD = ['J45.909', 'E11.9', 'F32.1', 'M54.5', 'K21.0', 'I10', 'G43.909', 'J06.9'];
const employees = [['employee_no', 'full_name', 'dni', 'steuer_id', 'religion', 'trade_union_member', 'sick_leave_diagnosis', 'criminal_record', 'department', 'salary_band', 'hired_on']];
for (let i = 0; i < 80; i++) {
  employees.push([`E${1000 + i}`, `${pick(FIRST)} ${pick(LAST)}`, dni(), steuerId(), pick(['catholic', 'protestant', 'none', 'muslim', 'jewish', '']),
    pick(['yes', 'no']), rnd() < 0.4 ? pick(ICD) : '', rnd() < 0.9 ? 'none' : pick(['theft (2019)', 'fraud (2016)', 'assault (2021)']), pick(['Sales', 'Logistics', 'Finance', 'IT']), pick(['B1', 'B2', 'C1']), day(2005, 2025)]);
}
writeFileSync('examples/employees.csv', csv(employees, ';'));

// app-users.csv: the login table, with the mistakes datamin should catch.
const users = [['user_id', 'username', 'password', 'password_hash', 'api_token', 'last_login_ip', 'device_id', 'latitude', 'longitude', 'plan', 'created_at']];
for (let i = 0; i < 150; i++) {
  const f = pick(FIRST).normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  users.push([i + 1, `${f}${int(10, 9999)}`, `${pick(['Summer', 'Winter', 'Qwerty', 'Dragon'])}${int(10, 99)}!`,
    `$2b$12$${hex(53).replace(/[0-9a-f]/g, (c) => 'abcdefghijklmnopqrstuvwxyzABCDEF./'[parseInt(c, 16) * 2 % 34])}`,
    `ghp_${hex(36)}`, ip(), uuid(), (rnd() * 20 + 40).toFixed(6), (rnd() * 20 - 5).toFixed(6), pick(['free', 'pro', 'team']), day(2019, 2026)]);
}
writeFileSync('examples/app-users.csv', csv(users));
console.log('examples written');
