// Name detector: field names that mean a postal address or part of it (contact.address).
import type { FieldName, NameDetector, NameHit } from '../../model/index.js';
import { ADDRESS } from '../lexicon/contact.js';
import { matchLexicon } from '../lexicon/match.js';
import { tokenizeIdentifier } from '../../util/tokenize.js';

/** Parts of a postal address that, beside a bare `line1`, make it an address's line. */
const ADDRESS_PARTS = new Set([
  'postcode', 'postal', 'zip', 'zipcode', 'city', 'town', 'county', 'state', 'province', 'suburb', 'street',
  'plz', 'ort', 'stadt', 'ville', 'cp', 'ciudad', 'provincia', 'citta', 'cap', 'plaats', 'cidade', 'cep',
]);
/** Words after a line's number that only say which address it is (`line1_d`, `line2_billing`). */
const WHICH = new Set(['billing', 'shipping', 'delivery', 'bill', 'ship', 'home', 'work']);

const partsOf = new WeakMap<readonly string[], number>();

/** How many distinct postal-address parts the dataset's other columns name, counted once per list. */
function addressParts(siblings: readonly string[]): number {
  let n = partsOf.get(siblings);
  if (n === undefined) {
    const found = new Set<string>();
    for (const s of siblings) for (const t of tokenizeIdentifier(s)) if (ADDRESS_PARTS.has(t)) found.add(t === 'zipcode' ? 'zip' : t);
    n = found.size;
    partsOf.set(siblings, n);
  }
  return n;
}

/**
 * A bare numbered line (`line1`, `line_2`, `line1_d`) in a table whose other columns name two or
 * more parts of a postal address (post code, town, country): a line of that address.
 */
export function addressLine(name: FieldName): NameHit | undefined {
  if (name.parentTokens.length > 0 || name.siblings === undefined) return undefined;
  const [first, number, ...rest] = name.tokens;
  if (first !== 'line' || number === undefined || !/^[1-4]$/.test(number)) return undefined;
  if (!rest.every((t) => t.length === 1 || WHICH.has(t))) return undefined;
  if (addressParts(name.siblings) < 2) return undefined;
  return { category: 'contact.address', confidence: 0.8, reason: 'a numbered line beside the parts of a postal address' };
}

const detector: NameDetector = {
  id: 'address-name',
  kind: 'name',
  categories: ['contact.address'],
  description: 'Field names that mean a postal address or part of it, in English, German, French, Spanish, Italian, Dutch and Portuguese; a bare numbered line beside post code and town.',
  match: (name) => matchLexicon(name, ADDRESS) ?? addressLine(name),
};

export default detector;
