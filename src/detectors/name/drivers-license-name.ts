// Name detector: field names that mean a driving licence number (government.drivers_license).
import type { NameDetector } from '../../model/index.js';
import { DRIVERS_LICENSE } from '../lexicon/government.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'drivers-license-name',
  kind: 'name',
  categories: ['government.drivers_license'],
  description: 'Field names that mean a driving licence number, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, DRIVERS_LICENSE),
};

export default detector;
