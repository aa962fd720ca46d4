// Name detector: field names that mean declared (zero-party) preferences (behavior.preference).
import type { NameDetector } from '../../model/index.js';
import { PREFERENCE } from '../lexicon/personalization.js';
import { matchLexicon } from '../lexicon/match.js';
import { aboutPerson } from '../lexicon/person-key.js';

const detector: NameDetector = {
  id: 'preference-name',
  kind: 'name',
  categories: ['behavior.preference'],
  description: 'Field names that mean declared preferences, interests, sizes, survey answers or communication preferences, in English, German, French, Spanish, Italian, Dutch and Portuguese; only in datasets keyed to a person.',
  match: (name) => aboutPerson(matchLexicon(name, PREFERENCE), name),
};

export default detector;
