// Value detector: a sexual orientation as a value ("heterosexual", "bisexual", "lesbian", "schwul",
// "homosexuel", "eterosessuale", "biseksueel", "homossexual"). "Straight", "gay" and "queer" have
// other meanings and count only beside a term that names an orientation.
import type { ValueDetector } from '../../model/index.js';
import { SEXUAL_ORIENTATIONS } from '../lexicon/special-values.js';
import { compileVocabulary } from '../validators/vocabulary.js';

const vocabulary = compileVocabulary(SEXUAL_ORIENTATIONS, 'sexual orientation');

const detector: ValueDetector = {
  id: 'sexual-orientation',
  kind: 'value',
  categories: ['special.sexual_orientation'],
  description: 'Sexual orientation (heterosexual, homosexual, bisexual, asexual, lesbian, schwul, homosexuel, eterosessuale...), seven languages.',
  scope: 'whole',
  // Decides alone only past the column check (one unambiguous term, most values terms).
  strength: 0.8,
  prefilter: (value) => value.length <= 60 && value.charCodeAt(0) >= 45,
  match(value) {
    return vocabulary.strengthOf(value) !== undefined ? { category: 'special.sexual_orientation' } : undefined;
  },
  column: (values) => vocabulary.column(values),
};

export default detector;
