// Rule missing-legal-basis: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const map = purposeMap(`
version: 1
purposes:
  orders: { legal_basis: contract }
  analytics: { retention: P1Y }
  unused: { retention: P1Y }
datasets:
  customers:
    fields:
      email: [orders, analytics]
      city: [analytics]
      plan: [analytics]
`);
const customers = dataset('customers', { fields: { email: ['contact.email'], city: ['contact.address'], plan: [] } });

testRule('missing-legal-basis', [
  {
    name: 'reports a used purpose without legal_basis once, listing its personal fields',
    datasets: [customers],
    purposeMap: map,
    findings: [
      {
        severity: 'high',
        line: 5,
        data: { purpose: 'analytics', fields: ['customers.email', 'customers.city'], fieldCount: 2 },
        message: "Purpose 'analytics' processes personal data (2 fields) but declares no legal_basis",
      },
    ],
  },
  {
    name: 'is silent when the purpose without a basis serves only non-personal fields',
    datasets: [dataset('customers', { fields: { email: [], city: [], plan: [] } })],
    purposeMap: map,
    findings: [],
  },
  { name: 'is silent without a purpose map', datasets: [customers], findings: [] },
]);
