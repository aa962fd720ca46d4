// Name detector: field names that mean a password or its hash (credentials.password).
import type { NameDetector } from '../../model/index.js';
import { PASSWORD } from '../lexicon/financial.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'password-name',
  kind: 'name',
  categories: ['credentials.password'],
  description: 'Field names that mean a password or its hash, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, PASSWORD),
};

export default detector;
