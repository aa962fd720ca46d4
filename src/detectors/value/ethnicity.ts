// Value detector: census and survey ethnicity categories as values: US OMB ("Hispanic or Latino",
// "Black or African American"), UK ONS ("White British", "Asian or Asian British"), Canada, Australia,
// New Zealand, Brazil IBGE ("parda", "indígena"), Netherlands CBS ("migratieachtergrond"). Colours,
// nationalities and languages ("White", "Chinese") count only beside a category that names itself.
import type { ValueDetector } from '../../model/index.js';
import { ETHNICITIES } from '../lexicon/special-values.js';
import { compileVocabulary } from '../validators/vocabulary.js';

const vocabulary = compileVocabulary(ETHNICITIES, 'ethnicity');

const detector: ValueDetector = {
  id: 'ethnicity',
  kind: 'value',
  categories: ['special.ethnicity'],
  description: 'Ethnicity or race as census categories (Hispanic or Latino, African American, White British, Māori, parda...); colours alone are not enough.',
  scope: 'whole',
  // Decides alone only past the column check (one unambiguous term, most values terms).
  strength: 0.8,
  prefilter: (value) => value.length <= 60 && value.charCodeAt(0) >= 45,
  match(value) {
    return vocabulary.strengthOf(value) !== undefined ? { category: 'special.ethnicity' } : undefined;
  },
  column: (values) => vocabulary.column(values),
};

export default detector;
