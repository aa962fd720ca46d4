// Value detector: a religion, denomination or non-belief as a value ("Catholic", "Muslim", "Jewish",
// "evangelisch", "katholisch", "musulmane", "sin religión", "joods", "espírita").
import type { ValueDetector } from '../../model/index.js';
import { RELIGIONS } from '../lexicon/special-values.js';
import { compileVocabulary } from '../validators/vocabulary.js';

const vocabulary = compileVocabulary(RELIGIONS, 'religion');

const detector: ValueDetector = {
  id: 'religion',
  kind: 'value',
  categories: ['special.religion'],
  description: 'Religion or belief (Catholic, Muslim, Jewish, Hindu, Buddhist, atheist, evangelisch, katholisch, musulman...), seven languages.',
  scope: 'whole',
  // Decides alone only past the column check (one unambiguous term, most values terms).
  strength: 0.8,
  prefilter: (value) => value.length <= 60 && value.charCodeAt(0) >= 45,
  match(value) {
    return vocabulary.strengthOf(value) !== undefined ? { category: 'special.religion' } : undefined;
  },
  column: (values) => vocabulary.column(values),
};

export default detector;
