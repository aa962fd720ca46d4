// Column verdicts for the national identity number detectors (issue 28): a column of valid
// numbers under a meaningless name is reported with its category, while columns of numbers of
// the same length that pass a check digit only by chance (random digits, phone, order and
// serial numbers, timestamps) and columns of the valid numbers with one digit changed are not.
import { describe, expect, it } from 'vitest';
import { categoriesOf } from './context-helpers.js';
import {
  aadhaar, arCuit, auTfn, balticPersonalCode, caSin, clRut, cnp, cpf, czRodneCislo, egn, fodselsnummer, hetu, hrOib, isKennitala, krRrn, lookalikeColumns, mxCurp, personnummer, pesel, ptNif,
  residentId, rijksregisternummer, seeded, tcKimlik, withOneDigitChanged, zaIdNumber,
} from '../helpers/natid-generators.js';
import type { CategoryId } from '../../src/model/taxonomy.js';

const SCHEMES: Array<{ scheme: string; length: number; category: CategoryId; make: (rnd: () => number) => string }> = [
  { scheme: 'PESEL', length: 11, category: 'government.national_id', make: pesel },
  { scheme: 'personnummer YYMMDD-NNNC', length: 11, category: 'government.national_id', make: (r) => personnummer(r, 'short') },
  { scheme: 'personnummer YYYYMMDDNNNC', length: 12, category: 'government.national_id', make: (r) => personnummer(r, 'long') },
  { scheme: 'personnummer YYMMDDNNNC', length: 10, category: 'government.national_id', make: (r) => personnummer(r, 'bare') },
  { scheme: 'HETU', length: 11, category: 'government.national_id', make: hetu },
  { scheme: 'fødselsnummer', length: 11, category: 'government.national_id', make: fodselsnummer },
  { scheme: 'rijksregisternummer', length: 11, category: 'government.national_id', make: (r) => rijksregisternummer(r) },
  { scheme: 'CNP', length: 13, category: 'government.national_id', make: cnp },
  { scheme: 'EGN', length: 10, category: 'government.national_id', make: egn },
  { scheme: 'T.C. Kimlik No', length: 11, category: 'government.national_id', make: tcKimlik },
  { scheme: 'resident identity number', length: 18, category: 'government.national_id', make: residentId },
  { scheme: 'South African id', length: 13, category: 'government.national_id', make: zaIdNumber },
  { scheme: 'Aadhaar', length: 12, category: 'government.national_id', make: (r) => aadhaar(r) },
  { scheme: 'CPF', length: 11, category: 'government.national_id', make: (r) => cpf(r) },
  { scheme: 'Canadian SIN', length: 9, category: 'government.national_id', make: (r) => caSin(r) },
  { scheme: 'Australian TFN', length: 9, category: 'government.tax_id', make: auTfn },
  { scheme: 'Korean RRN', length: 13, category: 'government.national_id', make: (r) => krRrn(r) },
  { scheme: 'Portuguese NIF', length: 9, category: 'government.tax_id', make: ptNif },
  { scheme: 'rodné číslo', length: 10, category: 'government.national_id', make: (r) => czRodneCislo(r) },
  { scheme: 'isikukood / asmens kodas', length: 11, category: 'government.national_id', make: balticPersonalCode },
  { scheme: 'OIB', length: 11, category: 'government.national_id', make: hrOib },
  { scheme: 'kennitala', length: 10, category: 'government.national_id', make: (r) => isKennitala(r) },
  { scheme: 'CURP', length: 18, category: 'government.national_id', make: mxCurp },
  { scheme: 'Chilean RUN', length: 9, category: 'government.national_id', make: (r) => clRut(r) },
  { scheme: 'CUIT/CUIL', length: 11, category: 'government.tax_id', make: (r) => arCuit(r) },
];

describe.each(SCHEMES)('$scheme column', ({ length, category, make }) => {
  const rnd = seeded(length * 7919);
  const valid = Array.from({ length: 200 }, () => make(rnd));

  it('is reported under a meaningless name', () => {
    expect(categoriesOf('c1', { values: valid })).toContain(category);
  });

  it('is not reported with one digit of each value changed', () => {
    expect(categoriesOf('c2', { values: withOneDigitChanged(valid) })).not.toContain(category);
  });

  for (const [kind, values] of Object.entries(lookalikeColumns(rnd, length))) {
    it(`a column of 200 ${kind} numbers of the same length is not reported`, () => {
      const got = categoriesOf('c3', { values });
      expect(got).not.toContain('government.national_id');
      expect(got).not.toContain('government.tax_id');
    });
  }
});
