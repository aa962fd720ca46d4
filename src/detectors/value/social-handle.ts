// Value detector: a social-network handle: "@ada_l", a profile URL ("twitter.com/ada",
// "https://www.instagram.com/ada.l/", "linkedin.com/in/ada"), or a Mastodon / Fediverse address
// ("@ada@mastodon.social", "ada@fosstodon.org"). A Fediverse address is shaped like an e-mail
// address, so `user@host` counts as a handle only in a column of handles: one where most values
// have a leading @, are profile URLs or name a known Fediverse host (lexicon/social.ts); the
// e-mail detector's column check steps aside in the same columns.
import type { ValueDetector } from '../../model/index.js';
import { FEDIVERSE_ADDRESS, HANDLE_COLUMN_SHARE, isClearHandle } from '../lexicon/social.js';
import { countPassing, nonEmpty } from '../validators/column.js';

const detector: ValueDetector = {
  id: 'social-handle',
  kind: 'value',
  categories: ['online.username'],
  description: 'Social-network handle: @handle, profile URL (twitter.com/…, linkedin.com/in/…), or Fediverse @user@instance.social.',
  scope: 'whole',
  strength: 0.8,
  prefilter: (value) => value.length >= 2 && value.length <= 120 && (value.includes('@') || value.includes('/')),
  match(value) {
    if (value.length > 120) return undefined;
    return isClearHandle(value) || FEDIVERSE_ADDRESS.test(value) ? { category: 'online.username' } : undefined;
  },
  column(values) {
    const present = nonEmpty(values);
    const { passing } = countPassing(present, isClearHandle);
    if (passing < HANDLE_COLUMN_SHARE * present.length) {
      return `only ${passing} of ${present.length} values are clearly handles (leading @, profile URL, Fediverse host): e-mail addresses`;
    }
    return undefined;
  },
};

export default detector;
