// Name detector: field names that mean racial or ethnic origin (special.ethnicity).
import type { NameDetector } from '../../model/index.js';
import { ETHNICITY } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'ethnicity-name',
  kind: 'name',
  categories: ['special.ethnicity'],
  description: 'Field names that mean racial or ethnic origin, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, ETHNICITY),
};

export default detector;
