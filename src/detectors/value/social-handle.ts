// Value detector: a social-network handle: "@ada_l", a profile URL ("twitter.com/ada",
// "https://www.instagram.com/ada.l/", "linkedin.com/in/ada"), or a Mastodon / Fediverse address
// ("@ada@mastodon.social", "ada@fosstodon.org"). A Fediverse address is shaped like an e-mail
// address, so `user@host` counts as a handle only in a column of handles: one where most values
// have a leading @, are profile URLs or name a known Fediverse host (lexicon/social.ts); the
// e-mail detector's column check steps aside in the same columns.
import type { ValueDetector } from '../../model/index.js';
import { HANDLE_COLUMN_SHARE, isClearHandle, isHandleShaped } from '../lexicon/social.js';
import { countPassing, nonEmpty } from '../validators/column.js';

/**
 * A numbered series of one stem (`@AccountRef1`, `@AccountRef2`, … or `@item_1`, `@item_2`):
 * placeholders a loader resolves to records (Salesforce's sfdx tree files), not people's handles,
 * which differ in more than a counter. Needs two distinct values to see a series.
 */
export function numberedSeries(values: readonly string[]): boolean {
  const distinct = new Set(values.map((v) => v.trim()));
  if (distinct.size < 2) return false;
  const stems = new Set<string>();
  for (const v of distinct) {
    const m = /^(.*?[^\d])\d+$/.exec(v);
    if (!m) return false;
    stems.add(m[1].toLowerCase());
    if (stems.size > 1) return false;
  }
  return true;
}

const detector: ValueDetector = {
  id: 'social-handle',
  kind: 'value',
  categories: ['online.username'],
  description: 'Social-network handle: @handle, profile URL (twitter.com/…, linkedin.com/in/…), or Fediverse @user@instance.social.',
  scope: 'whole',
  strength: 0.8,
  prefilter: (value) => value.length >= 2 && value.length <= 120 && (value.includes('@') || value.includes('/')),
  match(value) {
    return isHandleShaped(value) ? { category: 'online.username' } : undefined;
  },
  column(values) {
    const present = nonEmpty(values);
    if (numberedSeries(present)) return 'the values are one stem with a counter (references to records, not handles)';
    const { passing } = countPassing(present, isClearHandle);
    if (passing < HANDLE_COLUMN_SHARE * present.length) {
      return `only ${passing} of ${present.length} values are clearly handles (leading @, profile URL, Fediverse host): e-mail addresses`;
    }
    return undefined;
  },
};

export default detector;
