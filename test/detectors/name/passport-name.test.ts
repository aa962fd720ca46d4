// Table tests for the passport-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/passport-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'government.passport' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'passport', 'PASSPORT', 'passport_number', 'passportNo', 'passport_id', 'Reisepass', 'Reisepassnummer',
    'Passnummer', 'passeport', 'numero_de_passeport', 'pasaporte', 'numero_de_pasaporte', 'passaporto',
    'numero_di_passaporto', 'paspoort', 'paspoortnummer', 'passaporte', 'numero_do_passaporte',
  ].map((name) => ({ name, category })),
  invalid: [
    'passport_expiry', 'passport_expiration_date', 'passport_country', 'passport_issue_date', 'has_passport',
    'passport_client_id', 'passport_verified', 'passport_type', 'pass', 'sport',
  ],
});
