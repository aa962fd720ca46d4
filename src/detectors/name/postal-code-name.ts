// Name detector: field names that mean a postal code (contact.postal_code).
import type { NameDetector } from '../../model/index.js';
import { POSTAL_CODE } from '../lexicon/contact.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'postal-code-name',
  kind: 'name',
  categories: ['contact.postal_code'],
  description: 'Field names that mean a postal code, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, POSTAL_CODE),
};

export default detector;
