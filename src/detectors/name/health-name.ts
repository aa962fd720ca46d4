// Name detector: field names that mean health data (special.health).
import type { FieldName, NameDetector, NameHit } from '../../model/index.js';
import { HEALTH } from '../lexicon/special.js';
import { matchLexicon } from '../lexicon/match.js';

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

const detector: NameDetector = {
  id: 'health-name',
  kind: 'name',
  categories: ['special.health'],
  description: 'Field names that mean health data, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, HEALTH) ?? matchGlued(name),
};

export default detector;
