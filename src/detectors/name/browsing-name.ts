// Name detector: field names that mean browsing behaviour (behavior.browsing).
import type { NameDetector } from '../../model/index.js';
import { BROWSING } from '../lexicon/personalization.js';
import { matchLexicon } from '../lexicon/match.js';
import { aboutPerson } from '../lexicon/person-key.js';

const detector: NameDetector = {
  id: 'browsing-name',
  kind: 'name',
  categories: ['behavior.browsing'],
  description: 'Field names that mean pages, screens, clicks, referrers or search terms of a person, in English, German, French, Spanish, Italian, Dutch and Portuguese; only in datasets keyed to a person.',
  match: (name) => aboutPerson(matchLexicon(name, BROWSING), name),
};

export default detector;
