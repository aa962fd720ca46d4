// Value detector: a whole value that is an email address (RFC 5322 dot-atom syntax). A column of
// Fediverse handles ("ada@mastodon.social" beside "@bob@fosstodon.org") is shaped the same way:
// the column check leaves it to the social-handle detector.
import type { ValueDetector } from '../../model/index.js';
import { HANDLE_COLUMN_SHARE, isClearHandle } from '../lexicon/social.js';
import { countPassing, nonEmpty } from '../validators/column.js';
import { isEmailAddress } from '../validators/email-syntax.js';

const detector: ValueDetector = {
  id: 'email',
  kind: 'value',
  categories: ['contact.email'],
  description: 'Email address: local@domain with a dotted domain and an alphabetic top-level domain.',
  scope: 'whole',
  strength: 0.97,
  canonicalFormat: true,
  prefilter: (value) => value.length >= 6 && value.length <= 254 && value.includes('@'),
  match(value) {
    return isEmailAddress(value) ? { category: 'contact.email' } : undefined;
  },
  column(values) {
    const present = nonEmpty(values);
    const { passing } = countPassing(present, isClearHandle);
    if (passing >= HANDLE_COLUMN_SHARE * present.length && passing > 0) {
      return `${passing} of ${present.length} values are social handles (leading @, profile URL or Fediverse host)`;
    }
    return undefined;
  },
};

export default detector;
