// Table tests for the bank-account-name name detector: synonyms in seven languages and look-alikes.
import detector from '../../../src/detectors/name/bank-account-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';
import { testNameDetector } from '../../helpers/detector-tester.js';

const category = 'financial.bank_account' as const;

testNameDetector(detector, (raw) => toFieldName(raw), {
  valid: [
    'bank_account', 'SortCode', 'routing_number', 'aba_routing_number', 'Bankleitzahl', 'blz', 'tilinumero', 'pankkitili', 'bank_account_number', 'bankAccountNumber', 'account_number', 'acct_no', 'Kontonummer',
    'Bankverbindung', 'Bankkonto', 'numero_de_compte', 'compte_bancaire', 'rib', 'numero_de_cuenta',
    'cuenta_bancaria', 'clabe', 'numero_di_conto', 'conto_corrente', 'rekeningnummer', 'bankrekening',
    'numero_da_conta', 'conta_bancaria', 'nib',
  ].map((name) => ({ name, category })),
  invalid: [
    'bank_account_id', 'bank_account_status', 'account_balance', 'bank_account_holder', 'account_type',
    'bank_name', 'has_bank_account', 'bank_account_verified', 'account_manager', 'account',
  ],
});
