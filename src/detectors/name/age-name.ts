// Name detector: field names that mean a person's age, birth year or age band (person.age).
import type { NameDetector } from '../../model/index.js';
import { AGE } from '../lexicon/person.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'age-name',
  kind: 'name',
  categories: ['person.age'],
  description: "Field names that mean a person's age or age band, in English, German, French, Spanish, Italian, Dutch and Portuguese.",
  match: (name) => matchLexicon(name, AGE),
};

export default detector;
