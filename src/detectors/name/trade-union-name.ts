// Name detector: field names that mean trade union membership (special.trade_union).
import type { NameDetector } from '../../model/index.js';
import { TRADE_UNION } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'trade-union-name',
  kind: 'name',
  categories: ['special.trade_union'],
  description: 'Field names that mean trade union membership, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, TRADE_UNION),
};

export default detector;
