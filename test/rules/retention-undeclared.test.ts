// Rule retention-undeclared: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const customers = dataset('customers', { fields: { email: ['contact.email'], ip: ['online.ip_address'], created_at: [] } });

testRule('retention-undeclared', [
  {
    name: 'reports a missing retention_field and purposes without retention',
    datasets: [customers],
    purposeMap: purposeMap(`
version: 1
purposes:
  orders: { legal_basis: contract, retention: P2Y }
  fraud: { legal_basis: legitimate_interests }
datasets:
  customers:
    fields:
      email: [orders]
      ip: [fraud]
`),
    findings: [
      {
        dataset: 'customers',
        field: undefined,
        severity: 'medium',
        line: 7,
        data: { problem: 'datasets.customers sets no retention_field and purposes fraud declare no retention', purposes: ['fraud'], retentionField: false },
      },
    ],
  },
  {
    name: 'reports a dataset whose personal fields serve no declared purpose',
    datasets: [customers],
    purposeMap: purposeMap('version: 1\npurposes: {}\ndatasets:\n  customers:\n    retention_field: created_at\n    fields:\n      email: [ghost]\n'),
    findings: [{ message: 'customers holds personal data but its personal fields serve no declared purpose with a retention' }],
  },
  {
    name: 'is silent when the clock field and every retention are declared',
    datasets: [customers],
    purposeMap: purposeMap(`
version: 1
purposes:
  orders: { retention: P2Y }
  fraud: { retention: P6M }
datasets:
  customers:
    retention_field: created_at
    fields: { email: [orders], ip: [fraud] }
`),
    findings: [],
  },
  {
    name: 'leaves undeclared datasets and datasets without personal fields alone',
    datasets: [dataset('leads', { fields: { email: ['contact.email'] } }), dataset('products', { fields: { sku: [] } })],
    purposeMap: purposeMap('version: 1\ndatasets:\n  products:\n    fields: { sku: [catalogue] }\n'),
    findings: [],
  },
]);

// A data contract (ODCS) declares the retention of some `customers` fields.
const contractMap = purposeMap(`
version: 1
purposes:
  orders: { legal_basis: contract, retention: P2Y }
  fraud: { legal_basis: legitimate_interests }
datasets:
  customers:
    retention_field: created_at
    fields:
      email: [orders]
      ip: [fraud]
`);
const declaring = (field: string) =>
  dataset('customers', { fields: { [field]: { categories: ['online.ip_address'], retention: { duration: 'P6M', source: 'customers.odcs.yaml', line: 12 } } } });

testRule('retention-undeclared', [
  {
    name: "is silent when a contract declares the retention of the fields a purpose without one serves",
    datasets: [customers, declaring('ip')],
    purposeMap: contractMap,
    findings: [],
  },
  {
    name: "still reports the purpose when the contract covers other fields only",
    datasets: [customers, declaring('email')],
    purposeMap: contractMap,
    findings: [{ dataset: 'customers', data: { problem: 'purposes fraud declare no retention', purposes: ['fraud'], retentionField: true } }],
  },
]);
