// Value detector: a German Steuerliche Identifikationsnummer (§ 139b AO; BZSt): 11 digits, no
// leading zero, in the first ten one digit occurs two or three times (never three in a row)
// and the others at most once, and an ISO/IEC 7064 MOD 11,10 check digit. Given at birth for
// life, it is filed as government.national_id (docs/labelling.md: a tax id accepted).
import type { ValueDetector } from '../../model/index.js';
import { iso7064Mod11_10 } from '../validators/iso7064-mod11-10.js';

const STEUER_ID = /^[1-9]\d{10}$/;
/** Spaced print form: 2-3-3-3 digits, as on BZSt letters. */
const SPACED = /^[1-9]\d ?\d{3} ?\d{3} ?\d{3}$/;

/** The digit-repetition rule for the first ten digits. */
export function hasValidRepetition(id: string): boolean {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < 10; i++) counts[id.charCodeAt(i) - 48]++;
  let repeated = -1;
  for (let digit = 0; digit < 10; digit++) {
    if (counts[digit] <= 1) continue;
    if (repeated >= 0 || counts[digit] > 3) return false;
    repeated = digit;
  }
  if (repeated < 0) return false;
  // A digit that occurs three times may not stand three times in a row.
  const triple = String(repeated).repeat(3);
  return counts[repeated] === 2 || !id.slice(0, 10).includes(triple);
}

const detector: ValueDetector = {
  id: 'de-steuer-id',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'German tax identification number (Steuer-ID) with valid digit pattern and check digit.',
  scope: 'whole',
  strength: 0.7,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 11 && value.length <= 14 && first >= 49 && first <= 57;
  },
  match(value) {
    let id: string;
    if (value.length === 11 && STEUER_ID.test(value)) id = value;
    else if (value.length <= 14 && SPACED.test(value)) id = value.replaceAll(' ', '');
    else return undefined;
    if (id.length !== 11 || !hasValidRepetition(id)) return undefined;
    return iso7064Mod11_10(id.slice(0, 10)) === id.charCodeAt(10) - 48 ? { category: 'government.national_id' } : undefined;
  },
};

export default detector;
