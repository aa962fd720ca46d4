// Value detector: a PEM-encoded private key (RFC 7468 §10-§11; OpenSSH and OpenPGP armor use
// the same "-----BEGIN ... PRIVATE KEY-----" header line).
import type { ValueDetector } from '../../model/index.js';

const PEM_HEADER = /^-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/;

const detector: ValueDetector = {
  id: 'private-key',
  kind: 'value',
  categories: ['credentials.secret'],
  description: 'PEM private key (-----BEGIN ... PRIVATE KEY-----).',
  scope: 'whole',
  strength: 0.95,
  prefilter: (value) => value.length >= 27 && value.startsWith('-----BEGIN '),
  match(value) {
    return PEM_HEADER.test(value) ? { category: 'credentials.secret' } : undefined;
  },
};

export default detector;
