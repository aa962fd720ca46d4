// A code list: a small table that enumerates the values of an attribute (`tblGender` with `Code`,
// `Gender`, `SortOrder`; `ethnicity` with `ethnicity_id`, `ethnicity_name`, `sort_order`). Its rows
// are the attribute's possible values, each once, and belong to nobody: no column keys a person.
import type { FieldName } from '../../model/detector.js';
import type { CategoryId } from '../../model/taxonomy.js';
import { splitPath, tokenizeIdentifier } from '../../util/tokenize.js';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Categories that are an attribute with a short list of values, which a code list enumerates. */
const ENUMERABLE: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'person.gender', 'special.ethnicity', 'special.religion', 'special.political', 'special.sexual_orientation', 'special.trade_union',
]);
/** Words of a table's name that only say it is a list (`tblGender`, `lu_religion`, `gender_types`). */
const LIST_WORDS = words('tbl tb lu lkp lookup ref reference list lists type types code codes master cat catalog catalogue enum option options value values');
/** What a code list's columns are besides the attribute itself: keys, labels, order, translation, bookkeeping. */
const LIST_COLUMN_WORDS = words(`id code key name label title description desc short long abbreviation abbr alt alternative language lang
  translation sort order ordering position rank seq sequence display default active enabled disabled visible valid validity from to
  is created updated modified deleted last by at on date time timestamp legacy audit user uuid value icon color colour`);

const singular = (t: string): string => (t.endsWith('ies') ? `${t.slice(0, -3)}y` : t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t);

/** The attribute words a table's name enumerates, when its name is the attribute's and nothing else. */
function listedAttribute(dataset: string): ReadonlySet<string> | undefined {
  const tokens = tokenizeIdentifier(splitPath(dataset).filter(Boolean).pop() ?? dataset).map(singular).filter((t) => !LIST_WORDS.has(t));
  return tokens.length === 1 ? new Set(tokens) : undefined;
}

/**
 * Why the field is a column of a code list for one enumerable category (undefined when it is not):
 * the table is named for the attribute, and every column is the attribute, a key, a label, an
 * order or bookkeeping. `updated_by` is bookkeeping; a `user_id` or `patient_id` keys a person.
 */
export function codeListOf(name: FieldName, category: CategoryId): string | undefined {
  if (!ENUMERABLE.has(category) || name.dataset === undefined || name.siblings === undefined) return undefined;
  const attribute = listedAttribute(name.dataset);
  if (attribute === undefined) return undefined;
  const own = tokenizeIdentifier(name.raw).map(singular);
  if (!own.some((t) => attribute.has(t))) return undefined;
  for (const sibling of name.siblings) {
    const tokens = tokenizeIdentifier(sibling).map(singular);
    if (tokens.some((t) => !attribute.has(t) && !LIST_COLUMN_WORDS.has(t) && !/^\d+$/.test(t))) return undefined;
    // `user_id` beside the attribute keys the row to a person; `updated_by_user` is bookkeeping.
    if (tokens.includes('user') && !tokens.some((t) => t === 'by' || t === 'created' || t === 'updated' || t === 'modified')) return undefined;
  }
  return `dataset "${name.dataset}" is a code list of ${[...attribute].join(' ')} values (its columns are the value, keys, labels and order), not anybody's`;
}
