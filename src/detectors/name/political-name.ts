// Name detector: field names that mean political opinions (special.political).
import type { NameDetector } from '../../model/index.js';
import { POLITICAL } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'political-name',
  kind: 'name',
  categories: ['special.political'],
  description: 'Field names that mean political opinions, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, POLITICAL),
};

export default detector;
