// Name detector: field names that mean a person's gender or sex (person.gender).
import type { NameDetector } from '../../model/index.js';
import { GENDER } from '../lexicon/person.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'gender-name',
  kind: 'name',
  categories: ['person.gender'],
  description: "Field names that mean a person's gender or sex, in English, German, French, Spanish, Italian, Dutch and Portuguese.",
  match: (name) => matchLexicon(name, GENDER),
};

export default detector;
