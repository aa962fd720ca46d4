// Name detector: field names that mean a cookie or visitor identifier (online.cookie_id).
import type { NameDetector } from '../../model/index.js';
import { COOKIE_ID } from '../lexicon/personalization.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'cookie-id-name',
  kind: 'name',
  categories: ['online.cookie_id'],
  description: 'Field names that mean a cookie, visitor, anonymous or analytics client id, or a browser fingerprint, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, COOKIE_ID),
};

export default detector;
