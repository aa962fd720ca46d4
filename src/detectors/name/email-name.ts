// Name detector: field names that mean an email address (contact.email).
import type { NameDetector } from '../../model/index.js';
import { EMAIL } from '../lexicon/contact.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'email-name',
  kind: 'name',
  categories: ['contact.email'],
  description: 'Field names that mean an email address, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, EMAIL),
};

export default detector;
