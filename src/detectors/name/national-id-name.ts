// Name detector: field names that mean a national identity number or card (government.national_id).
import type { NameDetector } from '../../model/index.js';
import { NATIONAL_ID } from '../lexicon/government.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'national-id-name',
  kind: 'name',
  categories: ['government.national_id'],
  description: 'Field names that mean a national identity number or card, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, NATIONAL_ID),
};

export default detector;
