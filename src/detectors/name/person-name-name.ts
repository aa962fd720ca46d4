// Name detector: field names that mean a person's name (person.name).
import type { NameDetector } from '../../model/index.js';
import { PERSON_NAME } from '../lexicon/person.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'person-name-name',
  kind: 'name',
  categories: ['person.name'],
  description: "Field names that mean a person's name, in English, German, French, Spanish, Italian, Dutch and Portuguese.",
  match: (name) => matchLexicon(name, PERSON_NAME),
};

export default detector;
