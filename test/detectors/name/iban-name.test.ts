// Table tests for the iban-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/iban-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'financial.iban' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'iban', 'IBAN', 'iban_number', 'customer_iban', 'IBAN-Nummer', 'numero_iban', 'codigo_iban', 'codice_iban',
    'iban_nummer', 'numero_do_iban', 'international_bank_account_number', 'bank.iban',
  ].map((name) => ({ name, category })),
  invalid: [
    'has_iban', 'iban_verified', 'iban_country', 'iban_valid', 'iban_count', 'iban_type', 'bic', 'bank_name',
    { raw: 'iban', type: 'integer' }, 'libano',
  ],
});
