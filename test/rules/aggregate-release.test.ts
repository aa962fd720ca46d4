// Rule aggregate-release: cases that fire and cases that stay silent, run through the real engine
import { expect } from 'vitest';
// and catalog. The group counts come from the scan (test/cli/subject-counts.test.ts).
import type { GroupCount } from '../../src/model/index.js';
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const map = purposeMap(`
version: 1
purposes:
  partner: { legal_basis: legitimate_interests }
datasets:
  segments:
    release: aggregate
    group_by: [segment, region]
    subject: customer_id
    fields:
      "*": [partner]
  profiles:
    fields:
      email: [partner]
`);
const groups = (smallGroups: number, smallest: number): GroupCount => ({ dataset: 'segments', source: 'segments.csv', groups: 3, smallGroups, smallest, countedBy: 'stream' });

testRule('aggregate-release', [
  {
    name: 'reports groups covering fewer than k subjects (default 10) and suggests generalising or noise',
    datasets: [dataset('segments', { fields: { customer_id: [], segment: ['behavior.profile'], region: [] } })],
    purposeMap: map,
    counts: { consent: [], groups: [groups(1, 3)] },
    findings: [
      {
        dataset: 'segments',
        field: undefined,
        severity: 'high',
        data: { k: 10, groups: 3, smallGroups: 1, smallest: 3 },
        message: expect.stringMatching(/^segments is released as an aggregate but 1 of its 3 groups by segment, region cover fewer than k = 10 distinct subjects \(the smallest covers 3\)\. Generalise .*noise/),
      },
    ],
  },
  {
    name: 'reports a direct identifier in the release, per field',
    datasets: [dataset('segments', { fields: { email: ['contact.email'], segment: ['behavior.profile'] } })],
    purposeMap: map,
    counts: { consent: [], groups: [groups(0, 10)] },
    findings: [{ dataset: 'segments', field: 'email', categories: ['contact.email'] }],
  },
  {
    name: 'is silent when every group covers k subjects and no direct identifier is released',
    datasets: [dataset('segments', { fields: { customer_id: [], segment: ['behavior.profile'] } })],
    purposeMap: map,
    counts: { consent: [], groups: [groups(0, 10)] },
    findings: [],
  },
  {
    name: 'is silent on a dataset not declared as an aggregate release',
    datasets: [dataset('profiles', { fields: { email: ['contact.email'] } })],
    purposeMap: map,
    findings: [],
  },
]);
