// Name detector: field names that mean a card security code (financial.card_cvv).
import type { NameDetector } from '../../model/index.js';
import { CARD_CVV } from '../lexicon/financial.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'card-cvv-name',
  kind: 'name',
  categories: ['financial.card_cvv'],
  description: 'Field names that mean a card security code, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, CARD_CVV),
};

export default detector;
