// Value detector: an IPv6 address in any RFC 4291 §2.2 text form (full, '::'-compressed, or
// with an embedded IPv4 tail), parsed by Node's own inet_pton-equivalent `isIPv6`.
import { isIPv6 } from 'node:net';
import type { ValueDetector } from '../../model/index.js';

/** Hex digit or ':' — the only characters (besides a dotted IPv4 tail) an address has. */
function isHexOrColon(code: number): boolean {
  return (code >= 48 && code <= 58) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

const detector: ValueDetector = {
  id: 'ipv6',
  kind: 'value',
  categories: ['online.ip_address'],
  description: 'IPv6 address (full, compressed or IPv4-mapped form).',
  scope: 'whole',
  strength: 0.9,
  canonicalFormat: true,
  prefilter: (value) => value.length >= 3 && value.length <= 45 && isHexOrColon(value.charCodeAt(0)) && value.includes(':'),
  match(value) {
    // '::' alone is the unspecified address, not anyone's.
    if (value.length > 45 || value === '::' || !isIPv6(value)) return undefined;
    return { category: 'online.ip_address' };
  },
};

export default detector;
