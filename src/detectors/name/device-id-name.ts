// Name detector: field names that mean a device or advertising identifier (online.device_id).
import type { NameDetector } from '../../model/index.js';
import { DEVICE_ID } from '../lexicon/online.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'device-id-name',
  kind: 'name',
  categories: ['online.device_id'],
  description: 'Field names that mean a device or advertising identifier, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, DEVICE_ID),
};

export default detector;
