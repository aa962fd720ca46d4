// Value detector: a person's name written out: "Braund, Mr. Owen Harris", "Dr Anna Müller",
// "Müller, Anna", "Anna van der Berg", or a given name alone ("Anna"). A name is recognised by
// an honorific or by a common given name in first position (lexicon/given-names.ts); words that
// mark companies, streets or places ("GmbH", "Street", "und") rule a value out.
import type { ValueDetector } from '../../model/index.js';
import { foldAccents } from '../../util/tokenize.js';
import { GIVEN_NAMES } from '../lexicon/given-names.js';
import { NOT_A_PERSON } from '../lexicon/people-names.js';

/** Honorifics in the seven lexicon languages, lower-case without the dot. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'rev', 'master', 'herr', 'frau', 'hr', 'fr', 'mme', 'mlle', 'sr',
  'sra', 'srta', 'sig', 'sigra', 'dott', 'dssa', 'dhr', 'mevr', 'mw', 'sra', 'don', 'dona', 'lady',
]);
/** `M.` (Monsieur) only with its dot: a bare `M` is a gender code or an initial. */
const DOTTED_ONLY_TITLES = new Set(['m']);
/** Name particles written in lower case between given name and surname. */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'das', 'du', 'le', 'la', 'ten', 'ter', 'zu', 'y', 'e']);
/** A capitalised word: "Owen", "Müller", "O'Brien", "Jean-Luc", "DUPONT". */
const WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** Parenthesised or quoted additions: a maiden name "(Florence Briggs Thayer)", a nickname "Annie". */
const ADDITIONS = /\s*(?:\([^)]*\)|"[^"]*")\s*/gu;

const fold = (word: string): string => foldAccents(word).toLowerCase();

function isTitle(word: string): boolean {
  const bare = fold(word).replace(/\.$/, '');
  if (DOTTED_ONLY_TITLES.has(bare)) return word.endsWith('.');
  return TITLES.has(bare.replace('.', ''));
}

/** Words of a name part: capitalised words and particles, nothing else; the first is a word. */
function nameWords(words: readonly string[]): boolean {
  if (words.length === 0 || !WORD.test(words[0])) return false;
  return words.every((w) => (WORD.test(w) || PARTICLES.has(w)) && !NOT_A_PERSON.has(fold(w).replace(/\.$/, '')));
}

/** "[Title] Given [Middle] [particles] Surname", or "Given" alone. */
function givenFirst(words: readonly string[]): boolean {
  let rest = words;
  const titled = rest.length > 1 && isTitle(rest[0]);
  if (titled) rest = rest.slice(1);
  if (rest.length === 0 || rest.length > 5 || !nameWords(rest)) return false;
  if (!WORD.test(rest[rest.length - 1])) return false;
  return titled || GIVEN_NAMES.has(fold(rest[0]));
}

const detector: ValueDetector = {
  id: 'person-name',
  kind: 'value',
  categories: ['person.name'],
  description: 'Person name: honorific ("Mr. Owen Harris"), "Surname, Given" or a common given name first ("Ada Lovelace").',
  scope: 'whole',
  // Given names are also street, shop and product names: a full column still needs most values
  // to pass, and a name hint or a person dataset adds the rest.
  strength: 0.7,
  prefilter: (value) => value.length >= 2 && value.length <= 120 && !/[\d@/\\:;_=+#<>[\]{}|]/.test(value),
  match(value) {
    if (value.length > 120) return undefined;
    // ADDITIONS needs a '(' or a '"': most values have neither and skip the replacement.
    const text = (value.includes('(') || value.includes('"') ? value.replace(ADDITIONS, ' ') : value).trim();
    const comma = text.indexOf(',');
    if (comma >= 0) {
      // "Surname, [Title] Given [Middle]": the part after the comma must be titled or start with a given name.
      const surname = text.slice(0, comma).trim().split(/\s+/);
      const rest = text.slice(comma + 1).trim().split(/\s+/);
      if (text.indexOf(',', comma + 1) >= 0 || surname.length > 3 || !nameWords(surname)) return undefined;
      return givenFirst(rest) ? { category: 'person.name' } : undefined;
    }
    return givenFirst(text.split(/\s+/)) ? { category: 'person.name' } : undefined;
  },
};

export default detector;
