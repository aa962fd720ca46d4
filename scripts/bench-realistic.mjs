// The realistic export of the benchmark (issue 27): a seeded CSV whose personal data is written
// the way real exports write it, so that no detector gets through on a fast path the data does
// not deserve. Phones in the national formats of the countries the phone detector reads (FR
// `04 25 92 85 48`, US `(523) 861-0908`, DE `+49 (0)30 1234567` and `030 1234567`, GB
// `020 7946 0958`, ES, IT, NL), a column mixing e-mails and phones, free text that embeds
// e-mails and phones, long free-text cells (up to ~2 KB), and ordinary personal columns.
// The same seed and size give the same bytes.
import { createWriteStream, existsSync, statSync } from 'node:fs';

const FIRST = ['Anna', 'Søren', 'Zoë', 'Jürgen', 'Élodie', 'Mateo', 'Giulia', 'Daan', 'João', 'Olivia', 'James', 'Chloé', 'Lucía', 'Marco', 'Sophie'];
const LAST = ['Müller', 'García', 'Rossi', 'de Vries', 'Dubois', 'Smith', 'Kowalski', 'Nielsen', 'Martin', 'Jansen', 'Bianchi', 'Fernández'];
const STREETS = ['Hauptstraße', 'rue de la Paix', 'Calle Mayor', 'Via Roma', 'Kerkstraat', 'High Street', 'Main St'];
const CITIES = ['Berlin', 'Lyon', 'Madrid', 'Milano', 'Utrecht', 'London', 'Boston'];
const US_AREAS = ['212', '415', '312', '617', '303', '206', '512', '702', '523', '305'];
const WORDS = ('the order was delivered late and the customer asked for a refund because the parcel arrived damaged ' +
  'after two attempts; support agreed to send a replacement and noted that the invoice address differs from the ' +
  'shipping address so the next delivery should go to the office reception between nine and five on weekdays').split(' ');

/** xorshift32, seeded: the file is the same on every machine. */
export function seededRandom(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
}

/** One phone number in a national (or mixed) format of FR, US, DE, GB, ES, IT or NL. */
export function nationalPhone(rnd) {
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const d = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(int(0, 9)); return s; };
  switch (int(0, 10)) {
    case 0: return `0${int(1, 5)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`; // FR landline
    case 1: return `0${int(6, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`; // FR mobile
    case 2: return `(${US_AREAS[int(0, US_AREAS.length - 1)]}) ${int(2, 9)}${d(2)}-${d(4)}`; // US
    case 3: return `${US_AREAS[int(0, US_AREAS.length - 1)]}-${int(2, 9)}${d(2)}-${d(4)}`; // US, dashes
    case 4: return `+49 (0)${['30', '89', '40', '221'][int(0, 3)]} ${int(1, 9)}${d(6)}`; // DE, international with trunk 0
    case 5: return `0${['30', '89', '151', '170'][int(0, 3)]} ${int(1, 9)}${d(6)}`; // DE national
    case 6: return `020 ${int(7, 8)}${d(3)} ${d(4)}`; // GB London
    case 7: return `07${int(4, 9)}${d(2)} ${d(6)}`; // GB mobile
    case 8: return `${int(6, 7)}${d(2)} ${d(2)} ${d(2)} ${d(2)}`; // ES mobile
    case 9: return rnd() < 0.5 ? `06 ${d(4)} ${d(4)}` : `3${int(20, 49)} ${d(3)} ${d(4)}`; // IT landline / mobile
    default: return rnd() < 0.5 ? `020 ${int(1, 9)}${d(2)} ${d(4)}` : `06-${int(1, 9)}${d(7)}`; // NL
  }
}

function record(i, rnd) {
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const pick = (l) => l[Math.floor(rnd() * l.length)];
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const first = pick(FIRST), last = pick(LAST);
  const email = `${first}.${last}${int(1, 999)}@example.com`.toLowerCase().normalize('NFD').replace(/[^a-z0-9.@]/g, '');
  const sentence = (n) => { const w = []; for (let k = 0; k < n; k++) w.push(pick(WORDS)); return w.join(' '); };
  // Free text: mostly plain words, some with an embedded e-mail or phone, some long (up to ~2 KB).
  const kind = rnd();
  let notes;
  if (kind < 0.15) notes = `${sentence(int(5, 20))}. Call back on ${nationalPhone(rnd)} after 3 pm.`;
  else if (kind < 0.25) notes = `${sentence(int(5, 20))}, reply to ${email} please`;
  else if (kind < 0.35) notes = `${sentence(int(120, 300))}.\n"${sentence(int(10, 40))}", said the customer.`;
  else if (kind < 0.75) notes = sentence(int(3, 25));
  else notes = '';
  return [
    i, `ORD-${pad(i, 9)}`, `${first} ${last}`, email, nationalPhone(rnd), rnd() < 0.5 ? email.replace('@example.com', '@mail.test') : nationalPhone(rnd),
    `${int(1, 200)} ${pick(STREETS)}, ${pick(CITIES)}`, `${int(1940, 2005)}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
    `${int(11, 223)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`, `${int(2015, 2026)}-${pad(int(1, 12))}-${pad(int(1, 28))}T${pad(int(0, 23))}:${pad(int(0, 59))}:00Z`,
    (rnd() * 500).toFixed(2), pick(['new', 'paid', 'shipped', 'returned']), notes,
  ];
}
const HEADER = ['id', 'order_ref', 'customer_name', 'email', 'phone', 'contact', 'address', 'birth_date', 'ip', 'created_at', 'amount', 'status', 'notes'];
const csvCell = (v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** Writes whole records until `file` reaches `bytes`; kept when a file of that size exists. */
export async function generateRealistic(file, bytes, seed = 20_261_207) {
  if (existsSync(file) && Math.abs(statSync(file).size - bytes) < bytes * 0.02) return;
  const rnd = seededRandom(seed);
  const out = createWriteStream(file);
  let written = 0;
  let i = 0;
  const header = HEADER.join(',') + '\n';
  out.write(header);
  written += Buffer.byteLength(header);
  while (written < bytes) {
    let chunk = '';
    for (let k = 0; k < 2000; k++) chunk += record(++i, rnd).map(csvCell).join(',') + '\n';
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

// Run alone: `node scripts/bench-realistic.mjs out.csv 200MB`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const m = /^([0-9.]+)\s*(KB|MB|GB)?$/i.exec(process.argv[3] ?? '100MB');
  if (!m || !process.argv[2]) throw new Error('usage: node scripts/bench-realistic.mjs <out.csv> <size, e.g. 200MB>');
  await generateRealistic(process.argv[2], Math.round(Number(m[1]) * { KB: 1e3, MB: 1e6, GB: 1e9 }[(m[2] ?? 'MB').toUpperCase()]));
}
