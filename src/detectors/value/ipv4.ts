// Value detector: an IPv4 address in dotted-quad form (RFC 791; no leading zeros, as
// inet_pton and RFC 6943 §3.1.1 read them), e.g. 203.0.113.7.
import type { ValueDetector } from '../../model/index.js';
import { looksLikeVersionNumbers } from '../validators/column.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

const detector: ValueDetector = {
  id: 'ipv4',
  kind: 'value',
  categories: ['online.ip_address'],
  description: 'IPv4 address in dotted-quad notation.',
  scope: 'whole',
  strength: 0.9,
  canonicalFormat: true,
  lookalike: { test: looksLikeVersionNumbers, reason: 'values: dotted quads read as version numbers (first number mostly below 20)' },
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 7 && value.length <= 15 && first >= 48 && first <= 57;
  },
  match(value) {
    return value.length <= 15 && IPV4.test(value) ? { category: 'online.ip_address' } : undefined;
  },
};

export default detector;
