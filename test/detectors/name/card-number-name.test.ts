// Table tests for the card-number-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/card-number-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'financial.card_number' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'card_number', 'cardNumber', 'credit_card', 'credit_card_number', 'cc_number', 'ccnum', 'pan', 'debit_card',
    'Kreditkarte', 'Kreditkartennummer', 'Kartennummer', 'numero_de_carte', 'carte_bancaire',
    'numero_de_tarjeta', 'tarjeta_de_credito', 'numero_carta', 'carta_di_credito', 'kaartnummer', 'creditcard',
    'numero_do_cartao', 'cartao_de_credito', 'card', 'payment.card.number',
  ].map((name) => ({ name, category })),
  invalid: [
    'card_type', 'card_brand', 'card_last4', 'card_last_four', 'card_expiry', 'card_exp_month',
    'cardholder_name', 'card_holder', 'card_cvv', 'card_fingerprint', 'has_credit_card', 'card_token',
    'card_count', 'gift_card', 'card_number_verified', 'cc', 'discard', 'identity_card_number', 'student_card_number', 'id_card_number', 'health_insurance_card_number',
    // The same cards in other languages: identity, health insurance, loyalty, student.
    'numero_carte_identite', 'numero_carta_identita', 'numero_tarjeta_identidad', 'numero_carte_vitale', 'tessera_sanitaria_numero',
    'carte_fidelite', 'numero_tarjeta_fidelidad', 'numero_carte_etudiant',
  ],
});
