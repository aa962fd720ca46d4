// Name detector: field names that mean a secret, token or API key (credentials.secret).
import type { NameDetector } from '../../model/index.js';
import { SECRET } from '../lexicon/financial.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'secret-name',
  kind: 'name',
  categories: ['credentials.secret'],
  description: 'Field names that mean a secret, token or API key, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, SECRET),
};

export default detector;
