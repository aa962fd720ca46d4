// Value detector: a UK National Insurance number (HMRC National Insurance Manual NIM39110):
// two prefix letters, six digits, suffix A-D; neither prefix letter D, F, I, Q, U or V; the
// second not O; prefixes BG, GB, KN, NK, NT, TN and ZZ never issued. Spaced form accepted.
import type { ValueDetector } from '../../model/index.js';

const NINO = /^([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])$/;
const UNISSUED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

const detector: ValueDetector = {
  id: 'uk-nino',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'UK National Insurance number (HMRC prefix and suffix rules).',
  scope: 'whole',
  strength: 0.85,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 9 && value.length <= 13 && first >= 65 && first <= 90;
  },
  match(value) {
    const nino = value.length <= 13 ? NINO.exec(value) : null;
    if (nino === null || UNISSUED_PREFIXES.has(nino[1])) return undefined;
    return { category: 'government.national_id' };
  },
};

export default detector;
