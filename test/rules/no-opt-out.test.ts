// Rule no-opt-out: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const map = purposeMap(`
version: 1
purposes:
  newsletter: { legal_basis: legitimate_interests, direct_marketing: true }
  offers: { legal_basis: consent, direct_marketing: true }
  fraud: { legal_basis: legitimate_interests }
datasets:
  customers:
    fields:
      email: [newsletter, offers, fraud]
      unsubscribed_at: [newsletter]
`);

testRule('no-opt-out', [
  {
    name: 'reports direct marketing on legitimate interests whose data has no opt-out record',
    datasets: [dataset('customers', { fields: { email: ['contact.email'], unsubscribed_at: [] } })],
    purposeMap: map,
    findings: [
      {
        severity: 'high',
        line: 4,
        data: { purpose: 'newsletter', datasets: ['customers'] },
        message: "Purpose 'newsletter' sends direct marketing on legitimate interests, but none of its datasets (customers) holds an opt-out record",
      },
    ],
  },
  {
    name: 'is silent when an opt-out record sits beside the data',
    datasets: [dataset('customers', { fields: { email: ['contact.email'], unsubscribed_at: ['consent.record'] } })],
    purposeMap: map,
    findings: [],
  },
  { name: 'is silent without a purpose map', datasets: [dataset('customers', { fields: { email: ['contact.email'] } })], findings: [] },
]);
