// Name detector: field names that mean an advertising or ad-click identifier (online.advertising_id).
import type { NameDetector } from '../../model/index.js';
import { ADVERTISING_ID } from '../lexicon/personalization.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'advertising-id-name',
  kind: 'name',
  categories: ['online.advertising_id'],
  description: 'Field names that mean a mobile advertising id (IDFA, GAID) or an ad click id (gclid, fbclid, msclkid), in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, ADVERTISING_ID),
};

export default detector;
