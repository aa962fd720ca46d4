// Rule unmarked-personal-field: a personal field its own project (dbt) leaves unmarked.
import { dataset, testRule } from '../helpers/rule-tester.js';

const unmarked = { personal: false, marks: [] };

testRule('unmarked-personal-field', [
  {
    name: 'reports a detected e-mail column the project does not mark, at its line',
    datasets: [dataset('stg_customers', { fields: { customer_id: { declared: unmarked }, email: { categories: ['contact.email'], declared: unmarked, line: 44 } } })],
    findings: [{
      dataset: 'stg_customers', field: 'email', line: 44, severity: 'high', categories: ['contact.email'],
      message: 'stg_customers.email holds contact.email but its project does not mark it as personal (meta.contains_pii, a pii tag or meta.datamin.purposes)',
    }],
  },
  {
    name: 'names the upstream column a category was inherited from',
    datasets: [dataset('customers', { fields: { handle: { categories: [{ id: 'contact.email', reasons: ['lineage: inherited from stg_customers.handle (selected under the same name)'] }], declared: unmarked } } })],
    findings: [{ field: 'handle', data: { reason: 'its project does not mark it as personal (meta.contains_pii, a pii tag or meta.datamin.purposes); inherited from stg_customers.handle' } }],
  },
  {
    name: 'reports a column the project declares not personal',
    datasets: [dataset('customers', { fields: { phone: { categories: ['contact.phone'], declared: { personal: false, marks: ['meta.contains_pii: false'] } } } })],
    findings: [{ field: 'phone', data: { reason: 'its project declares meta.contains_pii: false' } }],
  },
  {
    name: 'is silent for marked columns, columns with nothing detected, and sources that declare nothing',
    datasets: [
      dataset('customers', {
        fields: {
          email: { categories: ['contact.email'], declared: { personal: true, marks: ['meta.contains_pii'] } },
          status: { declared: unmarked },
        },
      }),
      dataset('export', { fields: { email: ['contact.email'] } }),
    ],
    findings: [],
  },
]);
