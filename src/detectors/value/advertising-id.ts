// Value detector (weak): a UUID as a mobile advertising id (IDFA upper-case, GAID lower-case).
// Most UUID columns are primary keys, so it only strengthens a name that points to ads or
// devices (`ad_id`); it never decides alone.
import type { ValueDetector } from '../../model/index.js';
import { isUuid, mayBeUuid } from '../validators/uuid.js';

const detector: ValueDetector = {
  id: 'advertising-id',
  kind: 'value',
  categories: ['online.advertising_id'],
  description: 'UUID-shaped identifier, as advertising ids (IDFA, GAID) are; weak without a name.',
  scope: 'whole',
  strength: 0.2,
  prefilter: mayBeUuid,
  match: (value) => (isUuid(value) ? { category: 'online.advertising_id' } : undefined),
};

export default detector;
