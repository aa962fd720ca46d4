// Value detector: a political party or affiliation as a value ("Democrat", "Labour", "SPD", "Les
// Républicains", "PSOE", "Fratelli d'Italia", "VVD", "Chega"), in the seven lexicon languages'
// countries and the US/UK. Ideologies and short acronyms ("Liberal", "Independent", "PS") count only
// beside a party that names itself; see lexicon/special-values.ts.
import type { ValueDetector } from '../../model/index.js';
import { POLITICAL_PARTIES } from '../lexicon/special-values.js';
import { compileVocabulary } from '../validators/vocabulary.js';

const vocabulary = compileVocabulary(POLITICAL_PARTIES, 'political party');

const detector: ValueDetector = {
  id: 'political-party',
  kind: 'value',
  categories: ['special.political'],
  description: 'Political party or affiliation (Democrat, Labour, CDU, SPD, Les Républicains, PSOE, PD, VVD, Chega...); a column needs one unambiguous party.',
  scope: 'whole',
  // Decides alone only past the column check (one unambiguous term, most values terms).
  strength: 0.8,
  prefilter: (value) => value.length <= 60 && value.charCodeAt(0) >= 45,
  match(value) {
    return vocabulary.strengthOf(value) !== undefined ? { category: 'special.political' } : undefined;
  },
  column: (values) => vocabulary.column(values),
};

export default detector;
