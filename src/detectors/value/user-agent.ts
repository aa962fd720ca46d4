// Value detector: an HTTP User-Agent header (RFC 9110 §10.1.5) of a browser or app: a
// product token such as Mozilla/5.0 followed by a parenthesised comment naming a platform.
import type { ValueDetector } from '../../model/index.js';

/** Product tokens that open real-world browser and Android app user agents. */
const PRODUCT = /^(?:Mozilla|Opera|Dalvik)\/\d{1,3}\.\d{1,3}[^(]{0,40}\(/;
/** Platform names that appear in the comment of real user agents. */
const PLATFORM = /(?:Windows|Macintosh|X11|Linux|Android|iPhone|iPad|iPod|CrOS|compatible)\b/;

const detector: ValueDetector = {
  id: 'user-agent',
  kind: 'value',
  categories: ['online.user_agent'],
  description: 'Browser or app user agent string (Mozilla/5.0 (platform) ...).',
  scope: 'whole',
  strength: 0.9,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 20 && value.length <= 2048 && (first === 77 || first === 79 || first === 68);
  },
  match(value) {
    const product = PRODUCT.exec(value);
    if (product === null) return undefined;
    const open = product[0].length;
    const close = value.indexOf(')', open);
    if (close < 0) return undefined;
    // Only the platform comment is searched; it is short, so the slice is cheap.
    return PLATFORM.test(value.slice(open, close)) ? { category: 'online.user_agent' } : undefined;
  },
};

export default detector;
