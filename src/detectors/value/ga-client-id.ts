// Value detector: a Google Analytics client id, the `_ga` cookie's value. Its documented shape
// is `GA1.<domain depth>.<random 31-bit number>.<first visit, Unix seconds>`, and exports
// (GA4 BigQuery `user_pseudo_id`, Measurement Protocol `cid`) hold the last two parts alone
// (`123456789.1712345678`). Specific enough to decide alone once the timestamp is plausible.
import type { ValueDetector } from '../../model/index.js';

const FULL = /^GA1\.\d{1,2}\.(\d{1,10})\.(\d{10})$/;
const BARE = /^(\d{5,10})\.(\d{10})$/;
/** First visits from 2005 (Urchin became Google Analytics) to 2038 (31-bit seconds end). */
const EARLIEST = Date.UTC(2005, 0, 1) / 1000;
const LATEST = 2 ** 31 - 1;

function plausible(random: string, seconds: string): boolean {
  const r = Number(random);
  const s = Number(seconds);
  return r > 0 && r <= LATEST && s >= EARLIEST && s <= LATEST;
}

const detector: ValueDetector = {
  id: 'ga-client-id',
  kind: 'value',
  categories: ['online.cookie_id'],
  description: 'Google Analytics client id (`_ga` cookie: GA1.2.<random>.<first visit>, or the bare <random>.<first visit>).',
  scope: 'whole',
  strength: 0.9,
  prefilter: (value) => value.length >= 16 && value.length <= 30 && value.includes('.'),
  match(value) {
    const m = FULL.exec(value) ?? BARE.exec(value);
    return m !== null && plausible(m[1], m[2]) ? { category: 'online.cookie_id' } : undefined;
  },
};

export default detector;
