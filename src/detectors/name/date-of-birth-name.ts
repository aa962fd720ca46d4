// Name detector: field names that mean a date of birth (person.date_of_birth).
import type { NameDetector } from '../../model/index.js';
import { DATE_OF_BIRTH } from '../lexicon/person.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'date-of-birth-name',
  kind: 'name',
  categories: ['person.date_of_birth'],
  description: 'Field names that mean a date of birth or its year, month or day, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, DATE_OF_BIRTH),
};

export default detector;
