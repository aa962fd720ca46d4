// Rule consent-not-recorded: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const map = purposeMap(`
version: 1
purposes:
  newsletter: { legal_basis: consent }
  personalization:
    legal_basis: consent
    consent: { dataset: consent_log, subject: cookie_id, withdrawn_at: withdrawn_at }
  orders: { legal_basis: contract }
datasets:
  customers:
    fields:
      email: [newsletter, orders]
  events:
    subject: cookie_id
    timestamp_field: ts
    fields:
      page_url: [personalization]
`);
const customers = dataset('customers', { fields: { email: ['contact.email'] } });
const events = dataset('events', { fields: { page_url: ['behavior.browsing'], ts: [] } });

testRule('consent-not-recorded', [
  {
    name: 'reports each consent-based purpose whose datasets hold no consent record, at the purpose',
    datasets: [customers, events],
    purposeMap: map,
    findings: [
      { line: 4, data: { purpose: 'newsletter', datasets: ['customers'] }, message: "Purpose 'newsletter' rests on consent, but none of its datasets (customers) nor a declared consent log holds a consent record" },
      { line: 5, data: { purpose: 'personalization', datasets: ['events'] } },
    ],
  },
  {
    name: 'is silent when a dataset of the purpose, or its declared consent log, holds a consent record',
    datasets: [
      dataset('customers', { fields: { email: ['contact.email'], newsletter_opt_in: ['consent.record'] } }),
      events,
      dataset('consent_log', { fields: { withdrawn_at: ['consent.record'] } }),
    ],
    purposeMap: map,
    findings: [],
  },
  { name: 'is silent without a purpose map', datasets: [customers], findings: [] },
]);
