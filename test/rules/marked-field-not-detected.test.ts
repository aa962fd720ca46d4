// Rule marked-field-not-detected: a column its project marks personal in which nothing was detected.
import { dataset, testRule } from '../helpers/rule-tester.js';

testRule('marked-field-not-detected', [
  {
    name: 'reports a marked column with no category, naming the marks',
    datasets: [dataset('raw_customers', { fields: { loyalty_code: { declared: { personal: true, marks: ['meta.contains_pii', 'tag:pii'] }, line: 21 } } })],
    findings: [{
      dataset: 'raw_customers', field: 'loyalty_code', line: 21, severity: 'low',
      message: 'raw_customers.loyalty_code is marked personal (meta.contains_pii, tag:pii) but datamin detected no category of personal data in it',
    }],
  },
  {
    name: 'is silent for marked columns with a category and for unmarked ones',
    datasets: [dataset('raw_customers', { fields: { email: { categories: ['contact.email'], declared: { personal: true, marks: ['tag:pii'] } }, status: { declared: { personal: false, marks: [] } } } })],
    findings: [],
  },
]);
