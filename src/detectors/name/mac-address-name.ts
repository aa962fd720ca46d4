// Name detector: field names that mean a MAC address (online.mac_address).
import type { NameDetector } from '../../model/index.js';
import { MAC_ADDRESS } from '../lexicon/online.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'mac-address-name',
  kind: 'name',
  categories: ['online.mac_address'],
  description: 'Field names that mean a MAC address, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, MAC_ADDRESS),
};

export default detector;
