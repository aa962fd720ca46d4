// Name detector: field names that mean a bank account number (financial.bank_account).
import type { NameDetector } from '../../model/index.js';
import { BANK_ACCOUNT } from '../lexicon/financial.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'bank-account-name',
  kind: 'name',
  categories: ['financial.bank_account'],
  description: 'Field names that mean a bank account number, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, BANK_ACCOUNT),
};

export default detector;
