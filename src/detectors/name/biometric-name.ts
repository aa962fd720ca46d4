// Name detector: field names that mean biometric data (special.biometric).
import type { NameDetector } from '../../model/index.js';
import { BIOMETRIC } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'biometric-name',
  kind: 'name',
  categories: ['special.biometric'],
  description: 'Field names that mean biometric data, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, BIOMETRIC),
};

export default detector;
