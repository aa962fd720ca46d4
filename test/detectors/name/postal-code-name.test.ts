// Table tests for the postal-code-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/postal-code-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'contact.postal_code' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'postal_code', 'postcode', 'zip', 'zip_code', 'zipCode', 'ZIP', 'PLZ', 'Postleitzahl', 'code_postal',
    'codigo_postal', 'codice_postale', 'indirizzo.cap', 'CEP', 'shipping.zip', 'billing_postcode',
    { raw: 'cp', parentTokens: ['adresse'] },
  ].map((name) => ({ name, category })),
  invalid: [
    'zip_file', 'zip_path', 'zip_size', 'postal_code_verified', 'zip_code_type', 'has_postcode', 'cap',
    'price_cap', 'cp', 'zipper',
  ],
});
