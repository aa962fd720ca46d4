// Rule minimization-quasi-identifiers: cases that fire and cases that stay silent, run through the real engine and catalog.
import { dataset, testRule } from '../helpers/rule-tester.js';

const fields = { zip: ['contact.postal_code' as const], birth_date: ['person.date_of_birth' as const], gender: ['person.gender' as const], email: ['contact.email' as const] };

/** 20 people: zip × gender gives groups of 5, adding the birth date singles most of them out. */
const people = Array.from({ length: 20 }, (_, i) => ({
  zip: i % 2 === 0 ? '10115' : '80331',
  gender: i % 4 < 2 ? 'female' : 'male',
  birth_date: `19${60 + i}-0${1 + (i % 9)}-1${i % 10}`,
  email: `person${i}@example.org`,
}));

testRule('minimization-quasi-identifiers', [
  {
    name: 'reports k and the unique share of a combination that singles people out, without values',
    datasets: [dataset('customers', { fields, rows: people })],
    findings: [
      {
        dataset: 'customers',
        field: undefined,
        severity: 'medium',
        categories: ['contact.postal_code', 'person.date_of_birth', 'person.gender'],
        data: { fields: ['zip', 'birth_date', 'gender'], k: 1, uniqueShare: 100, sampledRows: 20 },
        message: 'customers: the combination of zip, birth_date, gender leaves 100% of 20 sampled rows unique (smallest group k = 1)',
      },
    ],
  },
  {
    name: 'is silent when every group has at least 5 rows',
    datasets: [dataset('customers', { fields: { zip: fields.zip, gender: fields.gender }, rows: people.map(({ zip, gender }) => ({ zip, gender })) })],
    findings: [],
  },
  {
    name: 'needs at least two quasi-identifiers',
    datasets: [dataset('customers', { fields: { birth_date: fields.birth_date, email: fields.email }, rows: people })],
    findings: [],
  },
  {
    name: 'needs sampled rows',
    datasets: [dataset('customers', { fields })],
    findings: [],
  },
]);
