// Rule special-category-without-condition: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, purposeMap, testRule } from '../helpers/rule-tester.js';

const map = purposeMap(`
version: 1
purposes:
  wellness: { legal_basis: consent, special_category_condition: explicit_consent }
  marketing: { legal_basis: consent }
datasets:
  members:
    fields:
      allergies: [wellness, marketing]
      religion: [wellness]
      diagnosis: [typo-purpose]
      blood_type: []
`);

testRule('special-category-without-condition', [
  {
    name: 'reports a special-category field when any of its purposes lacks a condition',
    datasets: [dataset('members', { fields: { allergies: ['special.health'], religion: ['special.religion'] } })],
    purposeMap: map,
    findings: [{ dataset: 'members', field: 'allergies', severity: 'critical', categories: ['special.health'], data: { purposes: ['marketing'] } }],
  },
  {
    name: 'treats an undeclared purpose as lacking a condition',
    datasets: [dataset('members', { fields: { diagnosis: ['special.health', 'person.name'] } })],
    purposeMap: map,
    findings: [{ field: 'diagnosis', categories: ['special.health'], data: { purposes: ['typo-purpose'] } }],
  },
  {
    name: 'leaves unmapped fields and ordinary personal data alone',
    datasets: [dataset('members', { fields: { blood_type: ['special.health'], email: ['contact.email'], allergies: ['contact.email'] } })],
    purposeMap: map,
    findings: [],
  },
  { name: 'is silent without a purpose map', datasets: [dataset('members', { fields: { allergies: ['special.health'] } })], findings: [] },
]);
