// Value detector: a French NIR (numéro de sécurité sociale, INSEE): sex digit, birth year and
// month, department (2A/2B for Corsica), commune, order number, and the key 97 - (n mod 97),
// where Corsica's 2A/2B count as 19/18 (INSEE, "Le numéro d'inscription au répertoire").
import type { ValueDetector } from '../../model/index.js';
import { nirKey } from '../validators/fr-nir-key.js';

/**
 * Sex 1/2 (3/4 and 7/8 for persons in registration), year, month 01-12 or the INSEE fictitious
 * months 20-42 and 50-99, department, commune, order, key; optional single spaces between.
 */
const NIR = /^([1-478]) ?(\d{2}) ?(0[1-9]|1[0-2]|[2-35-9]\d|4[0-2]) ?(\d{2}|2[AB]) ?(\d{3}) ?(\d{3}) ?(\d{2})$/;

const detector: ValueDetector = {
  id: 'fr-nir',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'French social security number (NIR) with a valid key.',
  scope: 'whole',
  strength: 0.9,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 15 && value.length <= 21 && first >= 49 && first <= 56;
  },
  match(value) {
    const nir = value.length <= 21 ? NIR.exec(value) : null;
    if (nir === null) return undefined;
    const first13 = nir[1] + nir[2] + nir[3] + nir[4] + nir[5] + nir[6];
    return nirKey(first13) === Number(nir[7]) ? { category: 'government.national_id' } : undefined;
  },
};

export default detector;
