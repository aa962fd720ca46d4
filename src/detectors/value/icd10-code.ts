// Value detector: an ICD-10 diagnosis code with its subcategory (WHO ICD-10, ICD-10-CM/-GM): a
// chapter letter (U included: U07.1 is COVID-19), two digits (or digit + A/B in ICD-10-CM), a
// dot and one to four characters, e.g. E11.9, J45.909, C4A.0. Three-character categories
// alone (I10) are icd10-category: they look like cabin numbers and seat codes.
import type { ValueDetector } from '../../model/index.js';

const ICD10 = /^[A-Z]\d[0-9AB]\.[0-9A-Z]{1,4}$/;

const detector: ValueDetector = {
  id: 'icd10-code',
  kind: 'value',
  categories: ['special.health'],
  description: 'ICD-10 diagnosis code with subcategory (letter, two digits, dot, 1-4 characters).',
  scope: 'whole',
  strength: 0.6,
  prefilter(value) {
    const first = value.charCodeAt(0);
    return value.length >= 5 && value.length <= 8 && first >= 65 && first <= 90 && value.charCodeAt(3) === 46;
  },
  match(value) {
    return value.length <= 8 && ICD10.test(value) ? { category: 'special.health' } : undefined;
  },
};

export default detector;
