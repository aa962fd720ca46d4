// Value detector: a person's name by its words alone: a given name or surname ("Maria",
// "García"), or a full name whose words are all names ("Maria García López", "Nguyen Van An",
// "O'Brien, Patrick"), looked up in a dictionary of about 92 000 given names and surnames from
// many cultures (lexicon/people-names.ts: the CSpell people-names list and the gender-detection-from-name lists, both MIT licence). Words that are
// as often places, months or trade names ("Paris", "Jackson", "Ford") never make a name alone,
// and company, street and place words ("GmbH", "Avenue", "San") rule a value out.
import type { ValueDetector } from '../../model/index.js';
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { foldName, isAmbiguousName, isDictionaryName, NOT_A_PERSON } from '../lexicon/people-names.js';
import { countPassing, nonEmpty } from '../validators/column.js';

/** A capitalised word or an all-capitals one: "Owen", "Müller", "O'Brien", "Jean-Luc", "DUPONT". */
const WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** An initial: "J." or "J". */
const INITIAL = /^\p{Lu}\.?$/u;
/** Lower-case name particles: "van der", "de la", "bin", "al". */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'das', 'du', 'le', 'la', 'ten', 'ter', 'zu', 'y', 'e', 'bin', 'ibn', 'al', 'el']);
const MAX_WORDS = 5;

/**
 * 'name': a dictionary name that is nothing else; 'ambiguous': also a place or trade name;
 * 'word': capitalised but not in the dictionary (names no list holds: "Citeaux", "Tannamuri").
 */
type WordKind = 'name' | 'ambiguous' | 'word' | 'filler' | 'no';

function wordKind(word: string): WordKind {
  if (PARTICLES.has(word) || INITIAL.test(word)) return 'filler';
  if (!WORD.test(word)) return 'no';
  const folded = foldName(word);
  if (NOT_A_PERSON.has(folded)) return 'no';
  // "Jean-Luc", "García-López": every part must be a name.
  let kind: WordKind = 'name';
  for (const part of folded.split('-')) {
    if (!isDictionaryName(part) && !GIVEN_NAMES.has(part)) return 'word';
    if (isAmbiguousName(part)) kind = 'ambiguous';
  }
  return kind;
}

/**
 * A name alone must be a dictionary name that is nothing else. Several words must all be
 * capitalised words, particles or initials, and one of them such a name: no list holds every
 * surname, but a full name nearly always has one known part.
 */
function allNames(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (words.length === 1) return wordKind(words[0]) === 'name';
  let known = false;
  for (const word of words) {
    const kind = wordKind(word);
    if (kind === 'no') return false;
    if (kind === 'name') known = true;
  }
  return known;
}

function isName(value: string): boolean {
  if (value.length > 80) return false;
  const comma = value.indexOf(',');
  if (comma < 0) return allNames(value.split(/\s+/));
  // "O'Brien, Patrick": one comma, a surname of at most three words before it.
  if (value.indexOf(',', comma + 1) >= 0) return false;
  const surname = value.slice(0, comma).trim().split(/\s+/);
  const given = value.slice(comma + 1).trim().split(/\s+/);
  return surname.length <= 3 && allNames(surname) && allNames(given);
}

/** A column is names when at least this share of its non-empty values are. */
const MIN_SHARE = 0.7;
/**
 * Distinct names a column of people holds: a quarter of its values, at least five and at most ten
 * needed. Fewer are a code list (M/F), a few product lines or colours, repeated.
 */
const distinctNeeded = (values: number): number => Math.min(10, Math.max(5, Math.ceil(values / 4)));

const detector: ValueDetector = {
  id: 'name-dictionary',
  kind: 'value',
  categories: ['person.name'],
  description: 'Given name, surname or full name whose words are in a multicultural name dictionary (CSpell people-names and gender-detection-from-name, both MIT); needs many distinct names.',
  scope: 'whole',
  strength: 0.75,
  prefilter: (value) => value.length >= 2 && value.length <= 80 && !/[\d@/\\:;_=+#<>[\]{}|&()"]/.test(value),
  match(value) {
    return isName(value) ? { category: 'person.name' } : undefined;
  },
  column(values) {
    const present = nonEmpty(values);
    const { passing, distinct } = countPassing(present, (v) => detector.prefilter!(v) && isName(v), foldName);
    if (passing < MIN_SHARE * present.length) return `only ${passing} of ${present.length} values are names`;
    const needed = distinctNeeded(present.length);
    if (distinct < needed) return `only ${distinct} distinct names, too few for a column of people`;
    return undefined;
  },
};

export default detector;
