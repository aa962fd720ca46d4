// Rule profiling-without-basis: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const map = purposeMap(`
version: 1
purposes:
  churn: { legal_basis: contract }
  recommendations: { legal_basis: legitimate_interests, profiling: true }
  shop: { legal_basis: contract, profiling: true }
  orders: { legal_basis: contract }
  draft: { retention: P1Y }
datasets:
  segments:
    fields:
      churn_score: [churn, recommendations]
      clv: [draft]
  events:
    fields:
      page_url: [shop]
      search_query: [orders]
`);

testRule('profiling-without-basis', [
  {
    name: 'reports a score serving a purpose on contract, naming that purpose and its basis',
    datasets: [dataset('segments', { fields: { churn_score: ['behavior.profile'], clv: ['behavior.profile'] } })],
    purposeMap: map,
    findings: [
      {
        dataset: 'segments',
        field: 'churn_score',
        severity: 'high',
        categories: ['behavior.profile'],
        data: { purposes: ['churn (contract)'] },
        message: 'segments.churn_score (behavior.profile) is profiling input for purposes on another basis: churn (contract)',
      },
    ],
  },
  {
    name: 'reports browsing used by a purpose declared as profiling, but not by one that is not',
    datasets: [dataset('events', { fields: { page_url: ['behavior.browsing'], search_query: ['behavior.browsing'] } })],
    purposeMap: map,
    findings: [{ dataset: 'events', field: 'page_url', categories: ['behavior.browsing'], data: { purposes: ['shop (contract)'] } }],
  },
  {
    name: 'is silent on consent or legitimate interests, and leaves a purpose without basis to missing-legal-basis',
    datasets: [dataset('segments', { fields: { churn_score: ['contact.email'], clv: ['behavior.profile'] } })],
    purposeMap: map,
    findings: [],
  },
  {
    name: 'is silent without a purpose map',
    datasets: [dataset('segments', { fields: { churn_score: ['behavior.profile'] } })],
    findings: [],
  },
]);
