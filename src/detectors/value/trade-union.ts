// Value detector: a trade union or confederation as a value ("IG Metall", "ver.di", "UNISON", "CGT",
// "CCOO", "CGIL", "FNV", "SEIU"). "Member" / "non-member" alone are weak: they say union only under
// a field name that does (the trade-union-name detector).
import type { ValueDetector } from '../../model/index.js';
import { TRADE_UNIONS } from '../lexicon/special-values.js';
import { compileVocabulary } from '../validators/vocabulary.js';

const vocabulary = compileVocabulary(TRADE_UNIONS, 'trade union');

const detector: ValueDetector = {
  id: 'trade-union',
  kind: 'value',
  categories: ['special.trade_union'],
  description: 'Trade union or confederation (IG Metall, ver.di, UNISON, CGT, CFDT, CCOO, CGIL, FNV, SEIU...); member/non-member alone are weak.',
  scope: 'whole',
  // Decides alone only past the column check (one unambiguous term, most values terms).
  strength: 0.8,
  prefilter: (value) => value.length <= 60 && value.charCodeAt(0) >= 45,
  match(value) {
    return vocabulary.strengthOf(value) !== undefined ? { category: 'special.trade_union' } : undefined;
  },
  column: (values) => vocabulary.column(values),
};

export default detector;
