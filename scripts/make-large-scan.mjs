// Writes a realistic large scan input (issue 22): 150 datasets and about 5,000 fields, with long
// table names, long camelCase columns and long dotted JSON Schema paths, many categories,
// findings of every severity, a baseline (the first 90 datasets, "last quarter's" schema) and
// `accept:` entries with reasons, owners and expiries. Deterministic: no randomness, no clock.
// The reports are checked on it (test/helpers/large-scan.ts); `node scripts/make-large-scan.mjs
// <dir>` writes the same files to look at by hand (then run the printed commands).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Personal columns (name detectors find them by name), a few per dataset in turn. */
const PERSONAL = [
  'primary_contact_email_address', 'mobilePhoneNumberE164', 'billing_address_street_line_1', 'postal_code',
  'customer_first_name', 'customer_last_name', 'date_of_birth', 'gender', 'login_username',
  'last_login_ip_address', 'device_identifier', 'http_user_agent', 'geo_latitude', 'geo_longitude',
  'social_security_number', 'national_id_number', 'passport_number', 'drivers_license_number',
  'tax_identification_number', 'credit_card_number', 'card_cvv', 'iban', 'bank_account_number',
  'password', 'api_secret_key', 'medical_diagnosis', 'biometric_fingerprint_template', 'ethnicity',
  'religion', 'political_party_membership', 'sexual_orientation', 'trade_union_membership',
  'criminal_record', 'advertising_id', 'cookie_id', 'full_name', 'home_address', 'phone', 'email',
];

/** Columns of no personal data, to fill datasets to realistic widths. */
const PLAIN = [
  'id', 'created_at', 'updated_at', 'status_code', 'quantity', 'amount_cents', 'currency_code',
  'product_sku', 'warehouse_location_code', 'is_active', 'sort_order', 'external_reference_code',
  'line_item_count', 'discount_percentage', 'tax_rate_basis_points', 'fulfilment_channel',
  'shipment_carrier_code', 'priority_level', 'revision_number', 'checksum_sha256',
  'processingPipelineStageIdentifierForReconciliation', 'settlement_batch_number',
  'catalogue_category_code', 'inventory_reservation_state', 'exchange_rate_micros',
  'promotion_campaign_code', 'returned_item_count', 'net_weight_grams', 'package_volume_cm3',
  'invoice_document_number', 'ledger_account_code', 'cost_centre_code', 'approval_state',
];

const DOMAINS = ['customer', 'order', 'payment', 'marketing', 'support', 'hr', 'logistics', 'identity', 'analytics', 'compliance'];
const NOUNS = [
  'accounts', 'contact_history', 'loyalty_programme_memberships', 'subscription_events', 'invoices',
  'address_book_entries', 'consent_receipts', 'session_audit_log', 'device_registrations',
  'refund_requests', 'fraud_review_cases', 'shipment_tracking_events', 'survey_responses',
  'employee_onboarding_checklists',
];

/** A table name per index: some short, many long enough to overflow a chart label or a cell. */
function tableName(i) {
  if (i === 0) return 'users';
  const domain = DOMAINS[i % DOMAINS.length];
  const noun = NOUNS[Math.floor(i / DOMAINS.length) % NOUNS.length];
  const long = i % 3 === 0 ? `_archived_before_gdpr_migration_${2016 + (i % 8)}` : '';
  return `${domain}_${noun}${long}_${String(i).padStart(3, '0')}`;
}

/** Datasets with no personal data at all: every seventh (the charts leave them out). */
function isPlain(i) {
  return i !== 0 && i % 7 === 3;
}

/** The columns of dataset i: about 33, of which 0 or 3–9 personal. */
function columnsOf(i) {
  const width = 26 + (i % 15);
  const personal = isPlain(i) ? [] : Array.from({ length: 3 + (i % 7) }, (_, k) => PERSONAL[(i * 5 + k * 3) % PERSONAL.length]);
  const plain = Array.from({ length: width - personal.length }, (_, k) => PLAIN[(i + k) % PLAIN.length]);
  return [...new Set([...plain.slice(0, 3), ...personal, ...plain.slice(3)])];
}

function sqlType(column) {
  if (/(_at|date_of_birth)$/.test(column)) return 'timestamp';
  if (/^(id|quantity|sort_order|revision_number|line_item_count|returned_item_count|net_weight_grams)$/.test(column)) return 'bigint';
  if (/^is_/.test(column)) return 'boolean';
  return 'varchar(255)';
}

function createTable(i) {
  const columns = columnsOf(i).map((c) => `  ${c} ${sqlType(c)}`);
  return `CREATE TABLE ${tableName(i)} (\n${columns.join(',\n')}\n);\n`;
}

/** Event schemas (JSON Schema) nest their personal fields three or four levels deep. */
function eventSchema(i) {
  const columns = columnsOf(i);
  const half = Math.ceil(columns.length / 2);
  const leaf = (c) => ({ type: c.endsWith('_at') ? 'string' : 'string', ...(c.endsWith('_at') ? { format: 'date-time' } : {}) });
  const nest = (cols) => Object.fromEntries(cols.map((c) => [c.replace(/_([a-z0-9])/g, (_, ch) => ch.toUpperCase()), leaf(c)]));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: tableName(i),
    type: 'object',
    properties: {
      eventEnvelope: { type: 'object', properties: nest(columns.slice(0, 3)) },
      payload: {
        type: 'object',
        properties: {
          subjectRecordAfterChange: {
            type: 'object',
            properties: { contactDetailsAndPreferences: { type: 'object', properties: nest(columns.slice(3, half)) } },
          },
          subjectRecordBeforeChange: { type: 'object', properties: nest(columns.slice(half)) },
        },
      },
    },
  };
}

/** Datasets 0–109 are tables of SQL files; 110–148 are event schemas; the 150th is a CSV export. */
const GENERATED = 149;
export const DATASETS = GENERATED + 1;
const EXPORT = 'newsletter_signups_export';
const TABLES = 110;
/** The baseline was taken when datasets 0–89 existed. */
export const BASELINE_DATASETS = 90;

function writeDatasets(dir, from, to, file) {
  const tables = [];
  for (let i = from; i < Math.min(to, TABLES); i++) tables.push(createTable(i));
  if (tables.length > 0) writeFileSync(path.join(dir, 'schema', file), `-- generated by scripts/make-large-scan.mjs\n${tables.join('\n')}`);
  for (let i = Math.max(from, TABLES); i < to; i++) {
    writeFileSync(path.join(dir, 'schema', 'events', `${tableName(i)}.schema.json`), `${JSON.stringify(eventSchema(i), null, 2)}\n`);
  }
}

/** The purpose map: every legal basis, an Art. 9(2) condition, retentions, declared fields, accepts. */
function purposeMap() {
  const declared = [];
  for (let i = 0; i < GENERATED; i += 4) {
    if (isPlain(i)) continue;
    const personal = columnsOf(i).filter((c) => PERSONAL.includes(c));
    const purpose = ['order-fulfilment', 'fraud-prevention', 'customer-support', 'wellness-programme', 'payroll'][i % 5];
    declared.push(`  ${tableName(i)}:\n    retention_field: created_at\n    fields:\n${personal.slice(0, 2).map((c) => `      ${c}: [${purpose}]`).join('\n')}`);
  }
  return `# generated by scripts/make-large-scan.mjs
version: 1
organization: Large Example Retail Group Europe SE
purposes:
  order-fulfilment:
    description: Ship orders, send receipts and handle returns
    legal_basis: contract
    retention: P2Y
  fraud-prevention:
    description: Detect stolen cards and account takeovers
    legal_basis: legitimate_interests
    retention: P90D
  customer-support:
    description: Answer support tickets
    legal_basis: consent
  wellness-programme:
    description: Optional employee health programme
    legal_basis: consent
    special_category_condition: explicit_consent
    retention: P1Y
  payroll:
    description: Pay salaries and report to the tax office
    legal_basis: legal_obligation
    retention: P10Y
  newsletter:
    description: Monthly newsletter
    retention: P6M
datasets:
${declared.join('\n')}
  ${EXPORT}:
    fields:
      email: [newsletter]
      phone: [marketing-analytics]
  decommissioned_loyalty_ledger:
    fields:
      member_email: [order-fulfilment]
accept:
  - rule: undeclared-personal-field
    dataset: ${tableName(95)}
    reason: Migrated from the legacy CRM; fields are purged by the nightly job until the table is dropped
    owner: crm-platform-team
    expires: 2099-12-31
  - rule: never-store
    dataset: ${tableName(101)}
    field: card_cvv
    reason: Column kept empty by a database check constraint, verified by the DPO
    owner: payments-security
    expires: 2099-06-30
  - rule: "*"
    dataset: ${tableName(130)}
    reason: Event archive under legal hold for an ongoing court case
    owner: legal-department
    expires: 2020-01-31
`;
}

/** Inputs as they were when the baseline was taken: datasets 0–89 and the purpose map. */
export function writeBaselineInputs(dir) {
  mkdirSync(path.join(dir, 'schema', 'events'), { recursive: true });
  writeFileSync(path.join(dir, 'datamin.yaml'), purposeMap());
  writeDatasets(dir, 0, BASELINE_DATASETS, 'warehouse.sql');
}

/** The datasets added since the baseline: 90–149 (new tables and event schemas). */
export function writeNewInputs(dir) {
  mkdirSync(path.join(dir, 'schema', 'events'), { recursive: true });
  writeDatasets(dir, BASELINE_DATASETS, GENERATED, 'warehouse-2025.sql');
  mkdirSync(path.join(dir, 'exports'), { recursive: true });
  writeFileSync(path.join(dir, 'exports', `${EXPORT}.csv`), exportCsv());
}

/**
 * A small data export, so value-based rules fire too: `phone` is mostly empty (sparse field,
 * info). Its values are synthetic (example.org, Ofcom's drama range 07700 900xxx).
 */
function exportCsv() {
  const rows = ['subscriber_id,email,phone,signed_up_on,newsletter_topic'];
  for (let n = 1; n <= 60; n++) {
    const phone = n % 12 === 0 ? `+44 7700 900${String(n).padStart(3, '0')}` : '';
    rows.push(`${n},subscriber${String(n).padStart(4, '0')}@example.org,${phone},2024-${String((n % 12) + 1).padStart(2, '0')}-15,topic-${n % 4}`);
  }
  return `${rows.join('\n')}\n`;
}

/** Every dataset name, in generation order. */
export function datasetNames() {
  return [...Array.from({ length: GENERATED }, (_, i) => tableName(i)), EXPORT];
}

/** The names of datasets generated with personal columns. */
export function personalDatasetNames() {
  return datasetNames().filter((_, i) => i >= GENERATED || !isPlain(i));
}

/** Writes the inputs into `dir` and takes the baseline between the two steps, with the built CLI. */
export function makeLargeScan(dir, datamin = path.join(import.meta.dirname, '..', 'bin', 'datamin.js')) {
  writeBaselineInputs(dir);
  const run = spawnSync(process.execPath, [datamin, 'baseline', dir, '-c', path.join(dir, 'datamin.yaml'), '-o', path.join(dir, BASELINE_FILE), '-q'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`datamin baseline failed (${run.status}): ${run.stderr}`);
  writeNewInputs(dir);
}

/** The baseline file name inside the generated folder. */
export const BASELINE_FILE = '.datamin-baseline.json';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node scripts/make-large-scan.mjs <dir>   (run npm run build first)\n');
    process.exitCode = 2;
  } else {
    makeLargeScan(dir);
    process.stdout.write(`wrote ${dir}; scan it with:\n  node bin/datamin.js scan ${dir} -c ${dir}/datamin.yaml --baseline ${dir}/${BASELINE_FILE}\n`);
  }
}
