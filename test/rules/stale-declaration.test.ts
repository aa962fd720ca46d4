// Rule stale-declaration: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const map = purposeMap(`
version: 1
purposes:
  orders: { legal_basis: contract }
datasets:
  customers:
    retention_field: created
    fields:
      email: [orders]
      emial: [orders]
      "shipping.*": [orders]
  orders:
    fields:
      total: [orders]
  "export_*":
    fields:
      email: [orders]
      phone: [orders]
  "archive_*":
    fields:
      email: [orders]
`);

testRule('stale-declaration', [
  {
    name: 'reports a missing dataset, field and retention_field, pointing at datamin.yaml',
    datasets: [
      dataset('customers', { fields: { email: ['contact.email'], created_at: [], 'shipping.city': ['contact.address'] } }),
      dataset('export_2024', { fields: { email: ['contact.email'] } }),
      dataset('export_2025', { fields: { email: ['contact.email'] } }),
    ],
    purposeMap: map,
    findings: [
      { dataset: 'customers', field: 'created', severity: 'low', line: 7, data: { what: "retention_field 'created' of dataset 'customers'", kind: 'retention-field' } },
      { dataset: 'customers', field: 'emial', line: 10, message: "datamin.yaml declares field 'emial' of dataset 'customers', but the scan did not find it" },
      { dataset: 'export_*', field: 'phone', line: 18 },
      { dataset: 'orders', field: undefined, line: 12, data: { what: "dataset 'orders'", kind: 'dataset' } },
    ],
  },
  {
    name: 'is silent when every declaration matches the scan',
    datasets: [
      dataset('customers', { fields: { email: [], emial: [], created: [] } }),
      dataset('orders', { fields: { total: [] } }),
      dataset('export_1', { fields: { email: [], phone: [] } }),
    ],
    purposeMap: map,
    findings: [],
  },
  { name: 'is silent without a purpose map', datasets: [dataset('customers', { fields: { email: [] } })], findings: [] },
]);
