// Value detector (weak): a UUID (RFC 9562) as a possible advertising or device id (IDFA, GAID).
// Most UUID columns are primary keys, so the value alone proves little: the name decides.
import type { ValueDetector } from '../../model/index.js';

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
/** The nil UUID (and the zeroed IDFA of a limited-ad-tracking device) identifies nobody. */
const NIL = '00000000-0000-0000-0000-000000000000';

const detector: ValueDetector = {
  id: 'device-id',
  kind: 'value',
  categories: ['online.device_id'],
  description: 'UUID-shaped identifier, as advertising ids (IDFA, GAID) are; weak without a name.',
  scope: 'whole',
  strength: 0.2,
  prefilter: (value) => value.length === 36 && value.charCodeAt(8) === 45,
  match(value) {
    return value.length === 36 && value !== NIL && UUID.test(value) ? { category: 'online.device_id' } : undefined;
  },
};

export default detector;
