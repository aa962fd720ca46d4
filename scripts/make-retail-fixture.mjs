// Writes the retail fixture of issue 24 (node scripts/make-retail-fixture.mjs): a shop's
// customers (CSV), web events keyed by a GA cookie id (NDJSON), a consent log (CSV) and model
// segments released to a partner (CSV), once where every personalization rule fires with known
// counts (fires/) and once as the quiet twin where none does (quiet/), plus one small CLI
// fixture per rule cut from them (test/fixtures/cli/{ng,ok}.rule-<id>-*). Deterministic; the
// counts it plants are stated below and asserted by test/cli/personalization-rules.test.ts.
//
// processing-after-withdrawal (fires/): 12 rows of 3 subjects after withdrawal (5 + 4 + 3 events
// of the three withdrawn visitors), and 6 rows of 3 subjects without consent (an event before the
// first visitor's grant, 2 events of a visitor whose consent is for another scope only, 3 events of
// a visitor missing from the log).
// aggregate-release (fires/): 3 groups by segment and region, one of which covers only 3 customers
// (in 7 rows) below k = 10; the segments also hold an e-mail column.
// no-opt-out, consent-not-recorded: customers hold no opt-out or consent field (fires/).
// profiling-without-basis: churn scores and segments serve a purpose on contract (fires/).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const here = path.join(root, 'test/fixtures/retail');
const cliDir = path.join(root, 'test/fixtures/cli');

let seed = 2024;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const cookie = () => `GA1.2.${int(100000000, 1999999999)}.${int(1600000000, 1710000000)}`;

const first = ['Anna', 'Bernd', 'Chloe', 'Diego', 'Emma', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karin', 'Luca'];
const last = ['Keller', 'Moreau', 'Rossi', 'Garcia', 'Jansen', 'Haddad', 'Lindqvist', 'Dubois', 'Costa', 'Becker', 'Novak', 'Ferri'];
const customers = first.map((name, i) => ({
  customer_id: `C${1001 + i}`,
  cookie_id: cookie(),
  first_name: name,
  last_name: last[i],
  email: `${name.toLowerCase()}.${last[i].toLowerCase()}@shopper-mail.example`,
  phone: `+49 30 ${int(1000000, 9999999)}`,
  created_at: `2023-${String(1 + (i % 12)).padStart(2, '0')}-15T10:00:00Z`,
}));
// Visitors: V[0] consented throughout (one event before the grant), V[1..3] withdrew on 2024-03-01,
// V[4] consented for the newsletter scope only, V[5] is missing from the log.
const visitors = customers.slice(0, 6).map((c) => c.cookie_id);
const pages = ['https://shop.example/shoes/city-walker', 'https://shop.example/sale', 'https://shop.example/search', 'https://shop.example/checkout'];
const searches = ['red sneakers size 40', 'gift card', 'running socks', 'rain jacket'];

function csv(rows, columns) {
  return `${[columns.join(','), ...rows.map((r) => columns.map((c) => r[c] ?? '').join(','))].join('\n')}\n`;
}
function ndjson(rows) {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}
let eventNo = 0;
function event(cookieId, day, hour) {
  eventNo++;
  return {
    event_id: `evt-${String(eventNo).padStart(5, '0')}`,
    cookie_id: cookieId,
    ts: `2024-${day}T${String(hour).padStart(2, '0')}:15:00Z`,
    event_name: eventNo % 3 === 0 ? 'add_to_cart' : 'page_view',
    page_url: pages[eventNo % pages.length],
    search_query: searches[eventNo % searches.length],
  };
}
const days = (month, n) => Array.from({ length: n }, (_, i) => `${month}-${String(2 + i * 3).padStart(2, '0')}`);

function retailSet(quiet) {
  const log = [
    { visitor: visitors[0], purpose: 'personalization', granted_at: '2024-01-01T09:00:00Z', withdrawn_at: '' },
    ...[1, 2, 3].map((v) => ({ visitor: visitors[v], purpose: 'personalization', granted_at: '2024-01-01T09:00:00Z', withdrawn_at: quiet ? '' : '2024-03-01T00:00:00Z' })),
    { visitor: visitors[4], purpose: quiet ? 'personalization' : 'newsletter', granted_at: '2024-01-01T09:00:00Z', withdrawn_at: '' },
    ...(quiet ? [{ visitor: visitors[5], purpose: 'personalization', granted_at: '2024-01-01T09:00:00Z', withdrawn_at: '' }] : []),
  ].map((r, i) => ({ consent_id: `K${500 + i}`, cookie_id: r.visitor, purpose: r.purpose, granted_at: r.granted_at, withdrawn_at: r.withdrawn_at, consent_version: 'v3', consent_channel: i % 2 ? 'app' : 'web' }));
  const events = [
    ...(quiet ? [] : [event(visitors[0], '01-01', 8)]), // before the 09:00 grant
    ...days('01', 6).map((d) => event(visitors[0], d, 11)),
    ...days('03', 6).map((d) => event(visitors[0], d, 12)),
    // Withdrawn visitors: 2 events each before the withdrawal, then 5, 4 and 3 after it.
    ...[1, 2, 3].flatMap((v) => days('02', 2).map((d) => event(visitors[v], d, 10))),
    ...days('03', 5).map((d) => event(visitors[1], d, 14)),
    ...days('04', 4).map((d) => event(visitors[2], d, 15)),
    ...days('05', 3).map((d) => event(visitors[3], d, 16)),
    ...days('02', 2).map((d) => event(visitors[4], d, 17)),
    ...days('02', 3).map((d) => event(visitors[5], d, 18)),
  ];
  // Segments: (loyal, north) 12 customers, (loyal, south) 11, and (at_risk, north) 3 customers in
  // 7 rows in fires/; the quiet twin folds the small group into (loyal, north).
  const segmentRows = [];
  let member = 0;
  const push = (segment, region, n, rowsPer = 1) => {
    for (let i = 0; i < n; i++) {
      const id = `S${String(++member).padStart(4, '0')}`;
      const c = customers[member % customers.length];
      for (let r = 0; r < rowsPer; r++) segmentRows.push({ customer_id: id, email: c.email, segment, region, churn_score: random().toFixed(3), model_version: '2024.05' });
    }
  };
  push('loyal', 'north', 12);
  push('loyal', 'south', 11);
  if (!quiet) {
    push('at_risk', 'north', 3, 2);
    segmentRows.push({ ...segmentRows.at(-1), churn_score: '0.911' });
  }
  const customerColumns = ['customer_id', 'cookie_id', 'first_name', 'last_name', 'email', 'phone', 'created_at', ...(quiet ? ['marketing_opt_out'] : [])];
  const customerRows = customers.map((c, i) => ({ ...c, marketing_opt_out: i % 4 === 0 ? 'true' : 'false' }));
  const segmentColumns = ['customer_id', ...(quiet ? [] : ['email']), 'segment', 'region', 'churn_score', 'model_version'];
  return {
    'customers.csv': csv(customerRows, customerColumns),
    'events.ndjson': ndjson(events),
    'consent_log.csv': csv(log, ['consent_id', 'cookie_id', 'purpose', 'granted_at', 'withdrawn_at', 'consent_version', 'consent_channel']),
    'segments.csv': csv(segmentRows, segmentColumns),
    'datamin.yaml': purposeMap(quiet),
  };
}

function purposeMap(quiet) {
  return `# The retail shop of issue 24 (${quiet ? 'quiet twin: no personalization rule fires' : 'every personalization rule fires'}).
version: 1
purposes:
  personalization:
    description: Recommend products from what a visitor browses and searches
    legal_basis: consent
    profiling: true
    retention: P1Y
    consent:
      dataset: consent_log
      subject: cookie_id
      granted_at: granted_at
      withdrawn_at: withdrawn_at
      scope_field: purpose
      scope: personalization
  retargeting:
    description: Show ads to known customers on partner sites
    legal_basis: consent
    retention: P1Y
  newsletter:
    description: Send offers by e-mail to customers
    legal_basis: legitimate_interests
    direct_marketing: true
    retention: P2Y
  churn-model:
    description: Score customers by their risk of leaving and share segments with a partner
    legal_basis: ${quiet ? 'legitimate_interests' : 'contract'}
    retention: P1Y
  consent-evidence:
    description: Prove consent and its withdrawal
    legal_basis: legal_obligation
    retention: P3Y
datasets:
  customers:
    retention_field: created_at
    fields:
      customer_id: [newsletter]
      cookie_id: [retargeting]
      first_name: [newsletter]
      last_name: [newsletter]
      email: [newsletter]
      phone: [newsletter]
${quiet ? '      marketing_opt_out: [newsletter, retargeting]\n' : ''}  events:
    subject: cookie_id
    timestamp_field: ts
    retention_field: ts
    fields:
      cookie_id: [personalization]
      page_url: [personalization]
      event_name: [personalization]
      search_query: [personalization]
  consent_log:
    retention_field: granted_at
    fields:
      "*": [consent-evidence]
  segments:
    release: aggregate
    group_by: [segment, region]
    subject: customer_id
    k: 10
    fields:
      "*": [churn-model]
`;
}

function write(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}

const fires = retailSet(false);
const quiet = retailSet(true);
write(path.join(here, 'fires'), fires);
write(path.join(here, 'quiet'), quiet);

const ruleIds = [...readFileSync(path.join(root, 'rules.default.yaml'), 'utf8').matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);

/** The files of a retail set that a rule reads, as a CLI fixture running only on them. */
const RULE_INPUTS = {
  'aggregate-release': ['segments.csv'],
  'consent-not-recorded': ['customers.csv'],
  'no-opt-out': ['customers.csv'],
  'processing-after-withdrawal': ['events.ndjson', 'consent_log.csv'],
  'profiling-without-basis': ['segments.csv'],
};
for (const [rule, inputs] of Object.entries(RULE_INPUTS)) {
  for (const [prefix, set] of [['ng', fires], ['ok', quiet]]) {
    const name = `${prefix}.rule-${rule}-${prefix === 'ng' ? 'fires' : 'quiet'}`;
    const files = Object.fromEntries(inputs.map((f) => [f, set[f]]));
    // Only the rule under test runs, so the fixture shows its findings alone.
    const others = ruleIds.filter((id) => id !== rule).map((id) => `  ${id}: off`);
    files['datamin.yaml'] = `${set['datamin.yaml']}rules:\n${others.join('\n')}\n`;
    files['args.txt'] = `scan ${inputs.join(' ')} --format json --fail-on info\n`;
    const dir = path.join(cliDir, name);
    // expected.json is written by `npm run golden:update` and reviewed.
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
  }
}
process.stdout.write('retail fixture written\n');
