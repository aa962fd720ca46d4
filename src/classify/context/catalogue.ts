// A vocabulary table of a special category: a table named after the category (`ethnicity`,
// `religions`, `trade_unions`) whose columns are only a key, a label and bookkeeping lists the
// category's values themselves (the options of a form's drop-down), not any person's.
import type { FieldName } from '../../model/detector.js';
import type { CategoryId } from '../../model/taxonomy.js';
import type { Lexicon } from '../../detectors/lexicon/types.js';
import { matchLexicon } from '../../detectors/lexicon/match.js';
import { CRIMINAL_RECORD, ETHNICITY, POLITICAL, RELIGION, SEXUAL_ORIENTATION, TRADE_UNION } from '../../detectors/lexicon/special.js';
import { splitPath, tokenizeIdentifier } from '../../util/tokenize.js';

/**
 * Categories whose vocabulary tables are common in schemas (a school's or an HR system's list of
 * ethnicities, religions, unions). Health is left out: a table of one user's medications or
 * allergies has no person column either.
 */
const LEXICONS: Partial<Record<CategoryId, Lexicon>> = {
  'special.ethnicity': ETHNICITY,
  'special.religion': RELIGION,
  'special.political': POLITICAL,
  'special.sexual_orientation': SEXUAL_ORIENTATION,
  'special.trade_union': TRADE_UNION,
  'criminal.record': CRIMINAL_RECORD,
};

/** Words of a vocabulary table's columns besides its own name: key, label, order and bookkeeping. */
const CATALOGUE_WORDS = new Set([
  'id', 'uuid', 'key', 'pk', 'code', 'name', 'title', 'label', 'description', 'desc', 'descr', 'text', 'value', 'short', 'long',
  'abbr', 'abbreviation', 'display', 'sort', 'order', 'ordering', 'position', 'rank', 'seq', 'sequence', 'weight', 'active',
  'enabled', 'disabled', 'deleted', 'hidden', 'default', 'is', 'status', 'created', 'updated', 'modified', 'changed', 'last',
  'at', 'on', 'date', 'time', 'by', 'user', 'version', 'lang', 'language', 'locale', 'type', 'parent', 'icon', 'color', 'colour',
]);

const datasetNames = new Map<string, FieldName>();

function asFieldName(dataset: string): FieldName {
  let name = datasetNames.get(dataset);
  if (name === undefined) {
    name = { raw: dataset, tokens: tokenizeIdentifier(dataset), parentTokens: [] };
    if (datasetNames.size > 10_000) datasetNames.clear();
    datasetNames.set(dataset, name);
  }
  return name;
}

const leafTokens = (raw: string): string[] => tokenizeIdentifier(splitPath(raw).filter(Boolean).pop() ?? raw);

/**
 * Why the field's table is a vocabulary of the category, if it is: the table's name says the
 * category, and every column is a key, a label or bookkeeping, or repeats the table's name
 * (`ethnicity_id`, `ethnicity_name`, `sort_order`, `updated_by`).
 */
export function catalogueOf(name: FieldName, id: CategoryId): string | undefined {
  const lex = LEXICONS[id];
  if (lex === undefined || name.dataset === undefined || name.siblings === undefined || name.siblings.length === 0) return undefined;
  if (name.parentTokens.length > 0) return undefined;
  const table = asFieldName(name.dataset);
  if (matchLexicon(table, lex) === undefined) return undefined;
  const own = new Set(table.tokens);
  const plain = (t: string): boolean => CATALOGUE_WORDS.has(t) || own.has(t) || own.has(`${t}s`) || /^\d+$/.test(t);
  if (![name.raw, ...name.siblings].every((raw) => leafTokens(raw).every(plain))) return undefined;
  return `dataset "${name.dataset}" lists the ${id} values themselves: its columns are a key, a label and bookkeeping, none a person's`;
}
