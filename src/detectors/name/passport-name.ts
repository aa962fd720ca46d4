// Name detector: field names that mean a passport number (government.passport).
import type { NameDetector } from '../../model/index.js';
import { PASSPORT } from '../lexicon/government.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'passport-name',
  kind: 'name',
  categories: ['government.passport'],
  description: 'Field names that mean a passport number, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, PASSPORT),
};

export default detector;
