// Table tests for the ssn-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/ssn-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'government.ssn' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'ssn', 'SSN', 'social_security_number', 'socialSecurityNumber', 'social_security', 'Sozialversicherungsnummer', 'SV-Nummer', 'numero_de_securite_sociale',
    'numero_de_seguridad_social', 'nuss', 'numero_di_previdenza_sociale', 'sofinummer',
    'numero_de_seguranca_social', 'niss', 'customer.ssn', 'ssn_encrypted',
    // Switzerland's AHV/AVS number.
    'ahv_nummer', 'AHV-Nr', 'ahvn13', 'numero_avs',
  ].map((name) => ({ name, category })),
  invalid: [
    'ssn_verified', 'has_ssn', 'ssn_last4_type', 'ssn_type', 'lesson', 'assn', 'social_media', 'security',
    'ssn_count',
  ],
});
