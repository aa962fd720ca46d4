// Name detector: field names that mean a phone number (contact.phone).
import type { NameDetector } from '../../model/index.js';
import { PHONE } from '../lexicon/contact.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'phone-name',
  kind: 'name',
  categories: ['contact.phone'],
  description: 'Field names that mean a phone number, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, PHONE),
};

export default detector;
