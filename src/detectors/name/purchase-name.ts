// Name detector: field names that mean a purchase history (behavior.purchase).
import type { NameDetector } from '../../model/index.js';
import { PURCHASE } from '../lexicon/personalization.js';
import { matchLexicon } from '../lexicon/match.js';
import { aboutPerson } from '../lexicon/person-key.js';

const detector: NameDetector = {
  id: 'purchase-name',
  kind: 'name',
  categories: ['behavior.purchase'],
  description: 'Field names that mean the order or basket history, spend or purchase frequency, in English, German, French, Spanish, Italian, Dutch and Portuguese; only in datasets keyed to a person.',
  match: (name) => aboutPerson(matchLexicon(name, PURCHASE), name),
};

export default detector;
