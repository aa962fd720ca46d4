// Value detector (weak): a UUID as an analytics cookie id (a domain user id, Segment
// `anonymousId`). A UUID alone is not a cookie id (most are primary keys): it only strengthens
// a name that says cookie, visitor or anonymous id.
import type { ValueDetector } from '../../model/index.js';
import { isUuid, mayBeUuid } from '../validators/uuid.js';

const detector: ValueDetector = {
  id: 'cookie-id',
  kind: 'value',
  categories: ['online.cookie_id'],
  description: 'UUID-shaped identifier, as analytics cookie ids (domain user ids, Segment anonymous ids) are; weak without a name.',
  scope: 'whole',
  strength: 0.2,
  prefilter: mayBeUuid,
  match: (value) => (isUuid(value) ? { category: 'online.cookie_id' } : undefined),
};

export default detector;
