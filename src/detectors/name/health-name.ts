// Name detector: field names that mean health data (special.health).
import type { FieldName, NameDetector, NameHit } from '../../model/index.js';
import { HEALTH } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';
import { contentTokens } from '../lexicon/types.js';

/**
 * Clinical forms and records glue a short section code to a condition (`hx_` history, `fh`
 * family history, `pr`/`ef` in Spanish forms: `prcolesterol`, `efgastritis`, `hxdiabetes`). A
 * token that is one to three letters followed by a condition word of seven letters or more is
 * read as the two: that long a word keeps its meaning whatever short code comes before it,
 * while shorter ones would not (`keystroke` is no `stroke`). Only terms that stand on their own
 * (no context needed, not whole-name only, confidence 0.75 or more) are read this way.
 */
const MIN_GLUED_WORD = 7;
const MAX_GLUED_PREFIX = 3;

const GLUED_WORDS: ReadonlySet<string> = new Set(
  HEALTH.terms
    .filter((term) => term.confidence >= 0.75 && term.context === undefined && term.whole !== true)
    .flatMap((term) => term.phrases)
    .filter((phrase) => phrase.tokens.length === 1 && phrase.joined.length >= MIN_GLUED_WORD)
    .map((phrase) => phrase.joined),
);

/** The condition word a token ends in after a short code (`prcolesterol` → `colesterol`), if any. */
export function gluedConditionWord(token: string): { prefix: string; word: string } | undefined {
  for (let cut = 1; cut <= MAX_GLUED_PREFIX; cut++) {
    const prefix = token.slice(0, cut);
    const rest = token.slice(cut);
    if (!/^[a-z]+$/.test(prefix) || rest.length < MIN_GLUED_WORD) continue;
    const singulars = [rest, rest.endsWith('s') ? rest.slice(0, -1) : '', rest.endsWith('es') ? rest.slice(0, -2) : ''];
    if (singulars.some((w) => w !== '' && GLUED_WORDS.has(w))) return { prefix, word: rest };
  }
  return undefined;
}

function matchGlued(name: FieldName): NameHit | undefined {
  let changed = false;
  const tokens = name.tokens.flatMap((t) => {
    const glued = gluedConditionWord(t);
    if (glued === undefined) return [t];
    changed = true;
    return [glued.prefix, glued.word];
  });
  if (!changed) return undefined;
  const hit = matchLexicon({ ...name, tokens }, HEALTH);
  return hit && { ...hit, reason: `${hit.reason} (after a short section code)` };
}

/** Key words a row's own identifier ends in (`diagnosis_id`, `condition_occurrence_key`). */
const OWN_KEY_WORDS = new Set(['id', 'key', 'pk', 'uuid', 'nr', 'no']);

/** A noun's possible singulars (`allergies` → allergy, `diagnoses` → diagnosis, `conditions` → condition). */
function singulars(t: string): string[] {
  const out = [t];
  if (t.endsWith('ies')) out.push(`${t.slice(0, -3)}y`);
  if (t.endsWith('es')) out.push(t.slice(0, -2), `${t.slice(0, -2)}is`);
  if (t.endsWith('s')) out.push(t.slice(0, -1));
  return out;
}

const sameNoun = (a: string, b: string): boolean => singulars(a).some((x) => singulars(b).includes(x));

/**
 * The row's own surrogate key: the dataset's name, or its singular, and a key word
 * (`condition_occurrence_id` in `condition_occurrence`, `diagnosis_id` in `diagnoses`). It numbers
 * the rows; the clinical facts are in the other columns (docs/labelling.md: keys are `[]`).
 */
export function isOwnKey(name: FieldName): boolean {
  if (name.dataset === undefined || name.parentTokens.length > 0) return false;
  const tokens = name.tokens;
  if (tokens.length < 2 || !OWN_KEY_WORDS.has(tokens[tokens.length - 1])) return false;
  const head = tokens.slice(0, -1);
  const table = contentTokens(name.dataset);
  return head.length === table.length && head.every((t, i) => sameNoun(t, table[i]));
}

const detector: NameDetector = {
  id: 'health-name',
  kind: 'name',
  categories: ['special.health'],
  description: 'Field names that mean health data, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => (isOwnKey(name) ? undefined : matchLexicon(name, HEALTH) ?? matchGlued(name)),
};

export default detector;
