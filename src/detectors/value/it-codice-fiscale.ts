// Value detector: an Italian codice fiscale for a person (DM 23/12/1976): 6 letters of surname
// and name, year, month letter (ABCDEHLMPRST), day (+40 for women), municipality code, and the
// check letter. Digits may be replaced by LMNPQRSTUV in homocode ("omocodia") cases.
import type { ValueDetector } from '../../model/index.js';
import { codiceFiscaleCheckChar } from '../validators/codice-fiscale.js';

const D = '[0-9LMNPQRSTUV]';
const CODICE_FISCALE = new RegExp(`^[A-Z]{6}${D}{2}[ABCDEHLMPRST]${D}{2}[A-Z]${D}{3}[A-Z]$`);

const detector: ValueDetector = {
  id: 'it-codice-fiscale',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'Italian codice fiscale (personal, 16 characters) with a valid check letter.',
  scope: 'whole',
  strength: 0.95,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length === 16 && first >= 65 && first <= 90;
  },
  match(value) {
    if (value.length !== 16 || !CODICE_FISCALE.test(value)) return undefined;
    return codiceFiscaleCheckChar(value) === value.charAt(15) ? { category: 'government.national_id' } : undefined;
  },
};

export default detector;
