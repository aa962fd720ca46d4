// Name detector: field names that mean a social security or national insurance number (government.ssn).
import type { NameDetector } from '../../model/index.js';
import { SSN } from '../lexicon/government.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'ssn-name',
  kind: 'name',
  categories: ['government.ssn'],
  description: 'Field names that mean a social security or national insurance number, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, SSN),
};

export default detector;
