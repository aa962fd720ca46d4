// Rule processing-after-withdrawal: cases that fire and cases that stay silent, run through the
// real engine and catalog. The counts come from the scan (test/cli/subject-counts.test.ts).
import type { ConsentCount } from '../../src/model/index.js';
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const map = purposeMap(`
version: 1
purposes:
  personalization:
    legal_basis: consent
    consent: { dataset: consent_log, subject: cookie_id, granted_at: granted_at, withdrawn_at: withdrawn_at }
datasets:
  events:
    subject: cookie_id
    timestamp_field: ts
    fields:
      page_url: [personalization]
`);
const events = dataset('events', { fields: { page_url: ['behavior.browsing'], cookie_id: ['online.cookie_id'], ts: [] } });
const count = (after: [number, number], without: [number, number]): ConsentCount => ({
  purpose: 'personalization',
  dataset: 'events',
  source: 'events.csv',
  afterWithdrawal: { rows: after[0], subjects: after[1] },
  withoutConsent: { rows: without[0], subjects: without[1] },
  unchecked: 0,
  countedBy: 'stream',
});

testRule('processing-after-withdrawal', [
  {
    name: 'words the exact counts of rows and subjects after withdrawal and without consent',
    datasets: [events],
    purposeMap: map,
    counts: { consent: [count([12, 3], [6, 3])], groups: [] },
    findings: [
      {
        dataset: 'events',
        field: undefined,
        severity: 'critical',
        data: { rows: 12, subjects: 3, rowsWithoutConsent: 6, subjectsWithoutConsent: 3, purpose: 'personalization', log: 'consent_log' },
        message: "events: 12 rows of 3 subjects are dated after their consent to 'personalization' was withdrawn, and 6 rows of 3 subjects have no consent in consent_log covering them",
      },
    ],
  },
  {
    name: 'reports rows without consent even when nobody withdrew',
    datasets: [events],
    purposeMap: map,
    counts: { consent: [count([0, 0], [2, 1])], groups: [] },
    findings: [{ data: { rows: 0, subjects: 0, rowsWithoutConsent: 2, subjectsWithoutConsent: 1 } }],
  },
  { name: 'is silent when every row is covered', datasets: [events], purposeMap: map, counts: { consent: [count([0, 0], [0, 0])], groups: [] }, findings: [] },
  { name: 'is silent without counts (no consent log scanned)', datasets: [events], purposeMap: map, findings: [] },
]);
