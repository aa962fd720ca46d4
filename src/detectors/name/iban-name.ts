// Name detector: field names that mean an IBAN (financial.iban).
import type { NameDetector } from '../../model/index.js';
import { IBAN } from '../lexicon/financial.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'iban-name',
  kind: 'name',
  categories: ['financial.iban'],
  description: 'Field names that mean an IBAN, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, IBAN),
};

export default detector;
