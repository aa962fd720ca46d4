// Name detector: field names that mean a postal address or part of it (contact.address).
import type { NameDetector } from '../../model/index.js';
import { ADDRESS } from '../lexicon/contact.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'address-name',
  kind: 'name',
  categories: ['contact.address'],
  description: 'Field names that mean a postal address or part of it, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, ADDRESS),
};

export default detector;
