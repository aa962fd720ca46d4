// Value detector: the first email address inside free text (comments, notes, messages).
import type { ValueDetector, ValueHit } from '../../model/index.js';
import { isDomainChar, isEmailAddress, isLocalChar } from '../validators/email-syntax.js';

/**
 * A value with more '@' signs than this and no address among them is a dump, not a note;
 * giving up keeps the worst case (1 MB of '@') to microseconds.
 */
const MAX_AT_SIGNS_EXAMINED = 1000;

/**
 * Finds each '@', widens to the surrounding local and domain characters and validates that
 * span. Both widenings stop at the next '@', so the work stays linear in the text length.
 */
function findEmail(text: string): ValueHit | undefined {
  let at = text.indexOf('@');
  for (let examined = 0; at >= 0 && examined < MAX_AT_SIGNS_EXAMINED; examined++) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    // A sentence dot before the address is not part of it.
    while (start < at && text.charCodeAt(start) === 46) start++;
    let end = at + 1;
    while (end < text.length && end - at <= 255 && isDomainChar(text.charCodeAt(end))) end++;
    // Trailing punctuation ("mail me at a@b.com.") is not part of the domain.
    while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
    if (isEmailAddress(text, start, end)) return { category: 'contact.email', start, end };
    at = text.indexOf('@', at + 1);
  }
  return undefined;
}

/** The shortest value the prefilter lets through. */
const MIN_LENGTH = 6;

const detector: ValueDetector = {
  id: 'email-in-text',
  kind: 'value',
  categories: ['contact.email'],
  description: 'Email address inside free text.',
  scope: 'embedded',
  strength: 0.9,
  minLength: MIN_LENGTH,
  requires: '@',
  prefilter: (value) => value.length >= MIN_LENGTH && value.includes('@'),
  match: findEmail,
};

export default detector;
