// Table tests for the tax-id-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/tax-id-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'government.tax_id' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'tax_id', 'taxId', 'tax_number', 'tin', 'TIN', 'taxpayer_id', 'itin', 'Steuernummer', 'numero_fiscal', 'nif', 'NIF',
    'numero_de_identificacion_fiscal', 'numero_di_identificazione_fiscale', 'fiscaal_nummer', 'numero_de_contribuinte',
    'customer.tax_id', { raw: 'tax_id', dataset: 'customers' },
  ].map((name) => ({ name, category })),
  invalid: [
    'vat_id', 'vat_number', 'tax_rate', 'tax_amount', 'tax_code', { raw: 'tax_id', dataset: 'companies' },
    'company.tax_id', 'supplier_tax_id', 'tax_id_verified', 'has_tax_id', 'tax', 'tinder', 'tint',
  ],
});
