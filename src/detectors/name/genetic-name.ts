// Name detector: field names that mean genetic data (special.genetic).
import type { NameDetector } from '../../model/index.js';
import { GENETIC } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'genetic-name',
  kind: 'name',
  categories: ['special.genetic'],
  description: 'Field names that mean genetic data, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, GENETIC),
};

export default detector;
