// Name detector: field names that mean a person's tax identification number (government.tax_id).
import type { NameDetector } from '../../model/index.js';
import { TAX_ID } from '../lexicon/government.js';
import { matchLexicon } from '../lexicon/match.js';

const detector: NameDetector = {
  id: 'tax-id-name',
  kind: 'name',
  categories: ['government.tax_id'],
  description: "Field names that mean a person's tax identification number, in English, German, French, Spanish, Italian, Dutch and Portuguese.",
  match: (name) => matchLexicon(name, TAX_ID),
};

export default detector;
