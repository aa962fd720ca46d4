// Name detector: field names that mean a secret, token or API key (credentials.secret).
import type { FieldName, NameDetector, NameHit } from '../../model/index.js';
import { SECRET } from '../lexicon/financial.js';
import { matchLexicon } from '../lexicon/match.js';

/**
 * Heads a lower-case column name glues to what qualifies them (`rsstoken`, `streamtoken`,
 * `csrftoken`, `appsecret`): split off, the qualifier negates or not as a separate word would
 * (`pagetoken`, `devicetoken` stay no secrets).
 */
const GLUED_HEADS = ['token', 'secret'];
const MIN_QUALIFIER = 2;
/** The lexicon's negative words long enough to spot inside a run-together qualifier (`nextpage`). */
const GLUED_NOT = [...new Set(SECRET.terms.flatMap((term) => [...term.not]))].filter((w) => w.length >= 4);

/** `rsstoken` → `rss`, `token`; undefined when the token is not a qualifier glued to a head. */
export function splitGluedHead(token: string): [string, string] | undefined {
  for (const head of GLUED_HEADS) {
    if (!token.endsWith(head)) continue;
    const qualifier = token.slice(0, -head.length);
    if (qualifier.length < MIN_QUALIFIER || !/^[a-z]+$/.test(qualifier)) continue;
    // `nextpagetoken`: a negative word inside the qualifier negates as it would apart.
    const negative = GLUED_NOT.find((w) => qualifier.includes(w));
    return negative === undefined ? [qualifier, head] : [negative, head];
  }
  return undefined;
}

function matchGlued(name: FieldName): NameHit | undefined {
  let changed = false;
  const tokens = name.tokens.flatMap((t) => {
    const split = splitGluedHead(t);
    if (split === undefined) return [t];
    changed = true;
    return split;
  });
  return changed ? matchLexicon({ ...name, tokens }, SECRET) : undefined;
}

const detector: NameDetector = {
  id: 'secret-name',
  kind: 'name',
  categories: ['credentials.secret'],
  description: 'Field names that mean a secret, token or API key, in English, German, French, Spanish, Italian, Dutch and Portuguese.',
  match: (name) => matchLexicon(name, SECRET) ?? matchGlued(name),
};

export default detector;
