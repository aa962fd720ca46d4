// Value detector: a JSON Web Token (RFC 7519) in JWS compact serialization (RFC 7515 §7.1):
// base64url header and payload, both JSON objects (so both start "eyJ", base64 of '{"'), and
// a signature part (empty for unsecured tokens).
import type { ValueDetector } from '../../model/index.js';

const JWT = /^eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*$/;
/** Real tokens stay far below this; the cap bounds the regex work on huge values. */
const MAX_LENGTH = 16_384;

const detector: ValueDetector = {
  id: 'jwt',
  kind: 'value',
  categories: ['credentials.secret'],
  description: 'JSON Web Token (eyJ... header.payload.signature).',
  scope: 'whole',
  strength: 0.95,
  prefilter: (value) => value.length >= 20 && value.length <= MAX_LENGTH && value.startsWith('eyJ'),
  match(value) {
    return value.length <= MAX_LENGTH && JWT.test(value) ? { category: 'credentials.secret' } : undefined;
  },
};

export default detector;
