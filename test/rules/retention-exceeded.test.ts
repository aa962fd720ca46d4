// Rule retention-exceeded: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const map = purposeMap(`
version: 1
purposes:
  orders: { legal_basis: contract, retention: P2Y }
  fraud: { legal_basis: legitimate_interests, retention: P6M }
  archive: { legal_basis: legal_obligation, retention: P10Y }
datasets:
  customers:
    retention_field: created_at
    fields:
      email: [orders, archive]
      ip: [fraud]
`);
const created = ['2023-01-10', '2026-05-29', '2026-05-30', '2026-11-01'];

testRule('retention-exceeded', [
  {
    name: 'counts rows older than the shortest retention of the purposes in use (P6M before 2026-11-30)',
    datasets: [dataset('customers', { fields: { email: ['contact.email'], ip: ['online.ip_address'], created_at: [] }, dates: { created_at: created } })],
    purposeMap: map,
    findings: [
      {
        dataset: 'customers',
        field: 'created_at',
        severity: 'high',
        data: { rows: 2, oldest: '2023-01-10', cutoff: '2026-05-30', retention: 'P6M', purpose: 'fraud' },
        message: "customers: 2 rows have created_at before 2026-05-30 (P6M for purpose 'fraud'); the oldest is from 2023-01-10",
      },
    ],
  },
  {
    name: 'uses only purposes of personal fields (the ip column holds no personal data here)',
    datasets: [dataset('customers', { fields: { email: ['contact.email'], ip: [], created_at: [] }, dates: { created_at: created } })],
    purposeMap: map,
    findings: [{ data: { rows: 1, oldest: '2023-01-10', cutoff: '2024-11-30', retention: 'P2Y', purpose: 'orders' } }],
  },
  {
    name: 'is silent when every row is within retention',
    datasets: [dataset('customers', { fields: { email: ['contact.email'], created_at: [] }, dates: { created_at: ['2025-01-01', '2026-11-29'] } })],
    purposeMap: map,
    findings: [],
  },
  {
    name: 'is silent when the retention field holds no dates (schema sources)',
    datasets: [dataset('customers', { fields: { email: ['contact.email'], created_at: [] } })],
    purposeMap: map,
    findings: [],
  },
  {
    name: 'is silent without a purpose map',
    datasets: [dataset('customers', { fields: { email: ['contact.email'], created_at: [] }, dates: { created_at: created } })],
    findings: [],
  },
]);

// A data contract (ODCS) for `customers` declares how long its rows are kept; datamin.yaml is silent.
const silentMap = purposeMap(`
version: 1
purposes:
  orders: { legal_basis: contract }
datasets:
  customers:
    retention_field: created_at
    fields:
      email: [orders]
`);
const contract = (duration: string) =>
  dataset('customers', { fields: { email: { categories: ['contact.email'], retention: { duration, source: 'contracts/customers.odcs.yaml', line: 31 } }, created_at: { retention: { duration, source: 'contracts/customers.odcs.yaml', line: 31 } } } });
const rows = dataset('customers', { fields: { email: ['contact.email'], created_at: [] }, dates: { created_at: created } });

testRule('retention-exceeded', [
  {
    name: "takes a contract's retention where datamin.yaml declares none, and says where it comes from",
    datasets: [contract('P1Y'), rows],
    purposeMap: silentMap,
    findings: [{ dataset: 'customers', field: 'created_at', data: { rows: 1, oldest: '2023-01-10', cutoff: '2025-11-30', retention: 'P1Y', purpose: 'orders', retentionSource: 'contracts/customers.odcs.yaml:31' } }],
  },
  {
    name: "is silent when the contract's retention covers every row",
    datasets: [contract('P5Y'), rows],
    purposeMap: silentMap,
    findings: [],
  },
  {
    name: "is silent without the contract: no retention is declared anywhere",
    datasets: [rows],
    purposeMap: silentMap,
    findings: [],
  },
  {
    name: "keeps datamin.yaml's retention over a contract's",
    datasets: [contract('P1Y'), rows],
    purposeMap: map,
    findings: [{ data: { rows: 1, oldest: '2023-01-10', cutoff: '2024-11-30', retention: 'P2Y', purpose: 'orders' } }],
  },
]);
