// Name detector: field names that mean an inferred profile or score (profiling) (behavior.profile).
import type { NameDetector } from '../../model/index.js';
import { PROFILE } from '../lexicon/personalization.js';
import { matchLexicon } from '../lexicon/match.js';
import { aboutPerson } from '../lexicon/person-key.js';

const detector: NameDetector = {
  id: 'profile-name',
  kind: 'name',
  categories: ['behavior.profile'],
  description: 'Field names that mean inferred segments, propensity, churn or lifetime-value scores and predictions, in English, German, French, Spanish, Italian, Dutch and Portuguese; only in datasets keyed to a person.',
  match: (name) => aboutPerson(matchLexicon(name, PROFILE), name),
};

export default detector;
