// Name detector: field names that mean criminal convictions and offences (criminal.record).
import type { NameDetector } from '../../model/index.js';
import { CRIMINAL_RECORD } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'criminal-record-name',
  kind: 'name',
  categories: ['criminal.record'],
  description: 'Field names that mean criminal convictions and offences, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, CRIMINAL_RECORD),
};

export default detector;
