// Rule unknown-purpose: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

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

// A dbt column's own purposes (meta.datamin.purposes) must be declared in datamin.yaml too.
testRule('unknown-purpose', [
  {
    name: "reports a purpose a dbt column names that datamin.yaml does not declare, at the column's line",
    datasets: [dataset('stg_customers', { fields: { first_name: { categories: ['person.name'], line: 36, declared: { personal: true, purposes: ['orders', 'loyalty'], marks: ['meta.datamin.purposes'] } } } })],
    purposeMap: purposeMap('version: 1\npurposes:\n  orders: { legal_basis: contract }\n'),
    findings: [{ dataset: 'stg_customers', field: 'first_name', line: 36, message: 'its dbt project (meta.datamin.purposes) maps stg_customers.first_name to undeclared purposes: loyalty' }],
  },
  {
    name: 'is silent when every purpose a dbt column names is declared',
    datasets: [dataset('stg_customers', { fields: { first_name: { categories: ['person.name'], declared: { personal: true, purposes: ['orders'], marks: ['meta.datamin.purposes'] } } } })],
    purposeMap: purposeMap('version: 1\npurposes:\n  orders: { legal_basis: contract }\n'),
    findings: [],
  },
]);
