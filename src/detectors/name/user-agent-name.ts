// Name detector: field names that mean a browser user agent (online.user_agent).
import type { NameDetector } from '../../model/index.js';
import { USER_AGENT } from '../lexicon/online.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'user-agent-name',
  kind: 'name',
  categories: ['online.user_agent'],
  description: 'Field names that mean a browser user agent, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, USER_AGENT),
};

export default detector;
