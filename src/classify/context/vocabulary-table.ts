// A vocabulary table (a code list): a small table that enumerates the values of one attribute
// (`ethnicity` with `ethnicity_id`, `ethnicity_name`, `sort_order`; `tblSex` with `Code`, `Sex`,
// `SortOrder`; `trade_unions` with `id`, `code`, `description`). Its rows are the options of a
// form's drop-down, each once, and belong to nobody: no column keys a person.
import type { FieldName } from '../../model/detector.js';
import type { CategoryId } from '../../model/taxonomy.js';
import type { Lexicon } from '../../detectors/lexicon/types.js';
import { matchLexicon } from '../../detectors/lexicon/match.js';
import { GENDER } from '../../detectors/lexicon/person.js';
import { CRIMINAL_RECORD, ETHNICITY, POLITICAL, RELIGION, SEXUAL_ORIENTATION, TRADE_UNION } from '../../detectors/lexicon/special.js';
import { splitPath, tokenizeIdentifier } from '../../util/tokenize.js';

/**
 * Attributes with a short list of values that schemas keep in a table of their own (a school's or
 * an HR system's list of sexes, ethnicities, religions, unions), with the lexicon that recognises
 * the table's name. Health is left out: a table of one user's medications or allergies has no
 * person column either.
 */
const LEXICONS: Partial<Record<CategoryId, Lexicon>> = {
  'person.gender': GENDER,
  'special.ethnicity': ETHNICITY,
  'special.religion': RELIGION,
  'special.political': POLITICAL,
  'special.sexual_orientation': SEXUAL_ORIENTATION,
  'special.trade_union': TRADE_UNION,
  'criminal.record': CRIMINAL_RECORD,
};

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words of a table's name that only say it is a list (`tblGender`, `lu_religion`, `gender_types`). */
const LIST_WORDS = words('tbl tb lu lkp lookup ref reference list lists type types code codes master cat catalog catalogue enum option options value values');
/** What a vocabulary table's columns are besides the attribute: keys, labels, order, translation, bookkeeping. */
const COLUMN_WORDS = words(`id uuid key pk code name title label description desc descr text value short long abbreviation abbr alt
  alternative display language lang locale translation sort order ordering position rank seq sequence weight default active enabled
  disabled deleted hidden visible valid validity from to is status created updated modified changed last by at on date time timestamp
  legacy audit user version type parent icon color colour`);
/** With one of these, a `user` column is bookkeeping (`updated_by_user`); without, it keys the row to a person. */
const BOOKKEEPING = words('by created updated modified');

const singular = (t: string): string => (t.endsWith('ies') ? `${t.slice(0, -3)}y` : t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t);
const leafTokens = (raw: string): string[] => tokenizeIdentifier(splitPath(raw).filter(Boolean).pop() ?? raw);

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

/**
 * Whether the table is named for the category: its name says the category (`races`,
 * `trade_unions`), or it is one attribute word besides list words (`tblSex`, `lu_gender`) that the
 * field's own name repeats.
 */
function namedFor(name: FieldName, dataset: string, lex: Lexicon, table: readonly string[]): boolean {
  if (matchLexicon(asFieldName(dataset), lex) !== undefined) return true;
  const attribute = table.map(singular).filter((t) => !LIST_WORDS.has(t));
  return attribute.length === 1 && leafTokens(name.raw).some((t) => singular(t) === attribute[0]);
}

/**
 * Why the field's table is a vocabulary of the category, if it is: the table is named for the
 * category, and every column is a key, a label, an order or bookkeeping, or repeats the table's
 * name (`ethnicity_id`, `ethnicity_name`, `sort_order`, `updated_by`). A `user_id` or `patient_id`
 * keys a person, and a nested field is part of a document, not a table's column.
 */
export function vocabularyTableOf(name: FieldName, id: CategoryId): string | undefined {
  const lex = LEXICONS[id];
  if (lex === undefined || name.dataset === undefined || name.siblings === undefined || name.siblings.length === 0) return undefined;
  if (name.parentTokens.length > 0) return undefined;
  const table = leafTokens(name.dataset);
  if (!namedFor(name, name.dataset, lex, table)) return undefined;
  const own = new Set([...table, ...table.map(singular)]);
  const plain = (t: string): boolean => COLUMN_WORDS.has(t) || COLUMN_WORDS.has(singular(t)) || own.has(t) || own.has(singular(t)) || /^\d+$/.test(t);
  for (const raw of [name.raw, ...name.siblings]) {
    const tokens = leafTokens(raw);
    if (!tokens.every(plain)) return undefined;
    if (tokens.includes('user') && !tokens.some((t) => BOOKKEEPING.has(t))) return undefined;
  }
  return `dataset "${name.dataset}" lists the ${id} values themselves: its columns are a key, a label, an order and bookkeeping, none a person's`;
}
