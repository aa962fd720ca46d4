// Name detector: field names that mean geographic coordinates (location.coordinates).
import type { NameDetector } from '../../model/index.js';
import { COORDINATES } from '../lexicon/online.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'coordinates-name',
  kind: 'name',
  categories: ['location.coordinates'],
  description: 'Field names that mean geographic coordinates, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, COORDINATES),
};

export default detector;
