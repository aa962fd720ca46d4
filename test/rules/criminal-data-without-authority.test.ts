// Rule criminal-data-without-authority: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const map = purposeMap(`
version: 1
purposes:
  vetting: { legal_basis: legal_obligation, criminal_data_authority: "Security Industry Act 2001 s. 7" }
  hr: { legal_basis: contract }
datasets:
  applicants:
    fields:
      convictions: [vetting, hr]
      offences: [vetting]
`);

testRule('criminal-data-without-authority', [
  {
    name: 'reports criminal-offence data used by a purpose without an Art. 10 authority',
    datasets: [dataset('applicants', { fields: { convictions: ['criminal.record'], offences: ['criminal.record'] } })],
    purposeMap: map,
    findings: [
      {
        field: 'convictions',
        severity: 'critical',
        data: { purposes: ['hr'] },
        message: 'applicants.convictions holds criminal-offence data, but purposes without an Art. 10 authority use it: hr',
      },
    ],
  },
  {
    name: 'is silent when every purpose names an authority',
    datasets: [dataset('applicants', { fields: { offences: ['criminal.record'] } })],
    purposeMap: map,
    findings: [],
  },
  {
    name: 'ignores special-category data (that is the Art. 9 rule)',
    datasets: [dataset('applicants', { fields: { convictions: ['special.health'] } })],
    purposeMap: map,
    findings: [],
  },
]);
