// Name detector: field names that mean a consent or opt-out record (consent.record).
import type { NameDetector } from '../../model/index.js';
import { CONSENT } from '../lexicon/personalization.js';
import { matchLexicon } from '../lexicon/match.js';
import { aboutPerson } from '../lexicon/person-key.js';

const detector: NameDetector = {
  id: 'consent-record-name',
  kind: 'name',
  categories: ['consent.record'],
  description: 'Field names that mean consent or opt-out state, its time, version, channel or scope, in English, German, French, Spanish, Italian, Dutch and Portuguese; only in datasets keyed to a person.',
  match: (name) => aboutPerson(matchLexicon(name, CONSENT), name),
};

export default detector;
