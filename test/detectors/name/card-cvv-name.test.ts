// Table tests for the card-cvv-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/card-cvv-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'financial.card_cvv' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'cvv', 'CVV', 'cvc', 'cvv2', 'cvc2', 'csc', 'card_security_code', 'security_code', 'card_verification_value',
    'Kartenprüfnummer', 'Prüfnummer', 'cryptogramme_visuel', 'code_de_securite', 'codigo_de_seguridad',
    'codice_di_sicurezza', 'beveiligingscode', 'codigo_de_seguranca', 'payment.card.cvc',
  ].map((name) => ({ name, category })),
  invalid: [
    'cvc_check', 'cvv_result', 'cvv_response', 'cvv_required', 'cvv_enabled', 'has_cvv', 'security', 'code',
    'security_question',
  ],
});
