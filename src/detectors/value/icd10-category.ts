// Value detector (weak): a three-character ICD-10 category (WHO ICD-10 Volume 1), e.g. I10,
// E66, C4A. Cabin numbers, seat codes and grid references share the shape: the name decides.
import type { ValueDetector } from '../../model/index.js';

const CATEGORY = /^[A-Z]\d[0-9AB]$/;

const detector: ValueDetector = {
  id: 'icd10-category',
  kind: 'value',
  categories: ['special.health'],
  description: 'Three-character ICD-10 category (letter, two digits); weak without a name.',
  scope: 'whole',
  strength: 0.3,
  prefilter: (value) => value.length === 3,
  match(value) {
    return value.length === 3 && CATEGORY.test(value) ? { category: 'special.health' } : undefined;
  },
};

export default detector;
