// Name detector: field names that mean a payment card number (financial.card_number).
import type { NameDetector } from '../../model/index.js';
import { CARD_NUMBER } from '../lexicon/financial.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'card-number-name',
  kind: 'name',
  categories: ['financial.card_number'],
  description: 'Field names that mean a payment card number, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, CARD_NUMBER),
};

export default detector;
