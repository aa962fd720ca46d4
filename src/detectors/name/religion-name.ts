// Name detector: field names that mean religious or philosophical beliefs (special.religion).
import type { NameDetector } from '../../model/index.js';
import { RELIGION } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'religion-name',
  kind: 'name',
  categories: ['special.religion'],
  description: 'Field names that mean religious or philosophical beliefs, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, RELIGION),
};

export default detector;
