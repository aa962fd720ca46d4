// Rule minimization-sparse-field: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, testRule } from '../helpers/rule-tester.js';

testRule('minimization-sparse-field', [
  {
    name: 'reports a personal field empty in at least 80% of rows',
    datasets: [dataset('customers', { fields: { fax: { categories: ['contact.phone'], stats: { count: 1000, empty: 800 } } } })],
    findings: [{ field: 'fax', severity: 'info', data: { emptyShare: 80, empty: 800, count: 1000 }, message: 'customers.fax (contact.phone) is empty in 80% of 1000 rows' }],
  },
  {
    name: 'is silent below 80% empty',
    datasets: [dataset('customers', { fields: { fax: { categories: ['contact.phone'], stats: { count: 1000, empty: 799 } } } })],
    findings: [],
  },
  {
    name: 'ignores sparse non-personal fields and fields without rows',
    datasets: [
      dataset('customers', {
        fields: { notes: { stats: { count: 10, empty: 10 } }, email: { categories: ['contact.email'], stats: { count: 0, empty: 0 } } },
      }),
    ],
    findings: [],
  },
]);
