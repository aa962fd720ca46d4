// Value detector: a stored password hash in a self-describing (modular crypt or framework)
// format. A bare hex digest is NOT claimed: it is as likely a checksum or content hash.
import type { ValueDetector } from '../../model/index.js';

const B64 = '[./A-Za-z0-9]';
/** Formats, each anchored and built from disjoint character classes split by '$'. */
const HASH_FORMATS: readonly RegExp[] = [
  // bcrypt (OpenBSD; $2a$/$2b$/$2y$, cost, 22-char salt + 31-char hash), optionally Django-wrapped.
  new RegExp(`^(?:bcrypt(?:_sha256)?\\$)?\\$2[abxy]?\\$\\d{2}\\$${B64}{53}$`),
  // Argon2 PHC string format (password-hashing-competition/phc-string-format), optionally Django-wrapped.
  /^(?:argon2)?\$argon2(?:id|i|d)\$(?:v=\d{1,3}\$)?m=\d{1,10},t=\d{1,10},p=\d{1,3}\$[A-Za-z0-9+/]{8,}\$[A-Za-z0-9+/]{16,}$/,
  // scrypt: PHC/passlib ($scrypt$ln=..,r=..,p=..$salt$hash), libxcrypt $7$ and yescrypt $y$.
  /^\$scrypt\$ln=\d{1,2},r=\d{1,3},p=\d{1,3}\$[A-Za-z0-9+/.]{4,}\$[A-Za-z0-9+/.]{16,}$/,
  new RegExp(`^\\$(?:7|y|gy)\\$${B64}{3,}\\$${B64}{0,86}\\$${B64}{43}$`),
  // Django PBKDF2 (pbkdf2_sha256$iterations$salt$hash) and passlib $pbkdf2-sha256$.
  /^pbkdf2_sha(?:1|256|512)\$\d{1,9}\$[A-Za-z0-9]{1,64}\$[A-Za-z0-9+/]{20,}={0,2}$/,
  /^\$pbkdf2(?:-sha(?:1|256|512))?\$\d{1,9}\$[./A-Za-z0-9+]{4,}\$[./A-Za-z0-9+]{20,}$/,
  // Unix crypt(3): md5crypt $1$, sha256crypt $5$, sha512crypt $6$ (Drepper's specification).
  new RegExp(`^\\$1\\$${B64}{1,8}\\$${B64}{22}$`),
  new RegExp(`^\\$[56]\\$(?:rounds=\\d{1,9}\\$)?${B64}{1,16}\\$(?:${B64}{43}|${B64}{86})$`),
];

/** Every format starts with '$' or with a lower-case framework prefix (a, b, p). */
function startsLikeHash(code: number): boolean {
  return code === 36 || code === 97 || code === 98 || code === 112;
}

const detector: ValueDetector = {
  id: 'password-hash',
  kind: 'value',
  categories: ['credentials.password'],
  description: 'Password hash in bcrypt, argon2, scrypt, PBKDF2 or unix crypt format.',
  scope: 'whole',
  strength: 0.9,
  prefilter: (value) => value.length >= 30 && value.length <= 512 && startsLikeHash(value.charCodeAt(0)) && value.includes('$'),
  match(value) {
    if (value.length > 512) return undefined;
    for (const format of HASH_FORMATS) if (format.test(value)) return { category: 'credentials.password' };
    return undefined;
  },
};

export default detector;
