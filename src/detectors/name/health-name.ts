// Name detector: field names that mean health data (special.health).
import type { NameDetector } from '../../model/index.js';
import { HEALTH } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'health-name',
  kind: 'name',
  categories: ['special.health'],
  description: 'Field names that mean health data, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, HEALTH),
};

export default detector;
