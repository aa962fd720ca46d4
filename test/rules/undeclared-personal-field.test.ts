// Rule undeclared-personal-field: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const customers = dataset('customers', {
  fields: { id: [], email: ['contact.email'], 'shipping.city': ['contact.address'], phone: ['contact.phone'] },
});
const map = purposeMap(`
version: 1
purposes:
  orders: { legal_basis: contract }
datasets:
  customers:
    fields:
      email: [orders]
      "shipping.*": [orders]
      phone: []
`);

testRule('undeclared-personal-field', [
  {
    name: 'reports a personal field the dataset declaration does not map, and an empty purpose list',
    datasets: [customers],
    purposeMap: map,
    findings: [{ dataset: 'customers', field: 'phone', severity: 'high', categories: ['contact.phone'], data: { reason: 'datasets.customers.fields.phone lists no purpose' } }],
  },
  {
    name: 'reports every personal field of an undeclared dataset',
    datasets: [dataset('leads', { fields: { email: ['contact.email'], score: [] } })],
    purposeMap: map,
    findings: [{ dataset: 'leads', field: 'email', message: 'leads.email holds contact.email but its dataset is not declared in datamin.yaml' }],
  },
  {
    name: 'reports a field no key covers',
    datasets: [dataset('customers', { fields: { iban: ['financial.iban'] } })],
    purposeMap: map,
    findings: [{ field: 'iban', data: { reason: 'no purpose declares it under datasets.customers.fields' } }],
  },
  {
    name: 'is silent for mapped fields, glob-mapped fields and non-personal fields',
    datasets: [dataset('customers', { fields: { id: [], email: ['contact.email'], 'shipping.city': ['contact.address'] } })],
    purposeMap: map,
    findings: [],
  },
  {
    name: 'is silent without a purpose map',
    datasets: [customers],
    findings: [],
  },
]);

// Purposes a dbt column declares itself count as its mapping when datamin.yaml lists none.
testRule('undeclared-personal-field', [
  {
    name: 'reports a dbt column its project maps to no purpose beside one it maps',
    datasets: [dataset('stg_customers', { fields: {
      first_name: { categories: ['person.name'], declared: { personal: true, purposes: ['orders'], marks: ['meta.datamin.purposes'] } },
      email: { categories: ['contact.email'], declared: { personal: false, marks: [] } },
    } })],
    purposeMap: map,
    findings: [{ field: 'email', data: { reason: 'its dataset is not declared in datamin.yaml' } }],
  },
  {
    name: 'is silent for a dbt column its project maps to purposes',
    datasets: [dataset('stg_customers', { fields: { last_name: { categories: ['person.name'], declared: { personal: true, purposes: ['orders'], marks: ['meta.datamin.purposes'] } } } })],
    purposeMap: map,
    findings: [],
  },
]);
