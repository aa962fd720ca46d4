// Name detector: field names that mean sex life or sexual orientation (special.sexual_orientation).
import type { NameDetector } from '../../model/index.js';
import { SEXUAL_ORIENTATION } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'sexual-orientation-name',
  kind: 'name',
  categories: ['special.sexual_orientation'],
  description: 'Field names that mean sex life or sexual orientation, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, SEXUAL_ORIENTATION),
};

export default detector;
