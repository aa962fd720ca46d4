// Name detector: field names that mean a username, login or handle (online.username).
import type { NameDetector } from '../../model/index.js';
import { USERNAME } from '../lexicon/online.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'username-name',
  kind: 'name',
  categories: ['online.username'],
  description: 'Field names that mean a username, login or handle, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, USERNAME),
};

export default detector;
