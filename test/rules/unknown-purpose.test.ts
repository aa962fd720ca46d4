// Rule unknown-purpose: cases that fire and cases that stay silent, run through the real engine and catalog.
import { purposeMap, testRule } from '../helpers/rule-tester.js';

testRule('unknown-purpose', [
  {
    name: 'reports a mapping to an undeclared purpose with its line in datamin.yaml',
    purposeMap: purposeMap(`
version: 1
purposes:
  orders: { legal_basis: contract }
datasets:
  customers:
    fields:
      email: [orders, marketting, newsletter]
      phone: [orders]
`),
    findings: [
      {
        dataset: 'customers',
        field: 'email',
        source: 'datamin.yaml',
        line: 8,
        data: { purposes: ['marketting', 'newsletter'] },
        message: 'datamin.yaml maps customers.email to undeclared purposes: marketting, newsletter',
      },
    ],
  },
  {
    name: 'is silent when every purpose is declared',
    purposeMap: purposeMap('version: 1\npurposes:\n  orders: {}\ndatasets:\n  customers:\n    fields:\n      email: [orders]\n'),
    findings: [],
  },
  { name: 'is silent without a purpose map', findings: [] },
]);
