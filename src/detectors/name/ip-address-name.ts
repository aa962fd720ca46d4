// Name detector: field names that mean an IP address (online.ip_address).
import type { NameDetector } from '../../model/index.js';
import { IP_ADDRESS } from '../lexicon/online.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'ip-address-name',
  kind: 'name',
  categories: ['online.ip_address'],
  description: 'Field names that mean an IP address, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, IP_ADDRESS),
};

export default detector;
