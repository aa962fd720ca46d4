// A tiny glob matcher for the dataset and field keys of datamin.yaml: `*` stays inside one
// segment, `**` crosses segments, and an exact key always wins over a pattern.

/** Segment separators: dataset names use `/`, dotted field paths (`shipping.city`) use `.`. */
export type GlobSeparator = '/' | '.';

export function isGlob(pattern: string): boolean {
  return pattern.includes('*');
}

const cache = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Compiles `pattern` to an anchored RegExp; everything but `*` and `**` is literal. */
export function globToRegExp(pattern: string, separator: GlobSeparator): RegExp {
  const key = `${separator}\u0000${pattern}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const sep = escapeRegExp(separator);
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char !== '*') {
      source += escapeRegExp(char);
      continue;
    }
    if (pattern[i + 1] === '*') {
      i++;
      // `a.**.b` also matches `a.b`: a `**` segment may stand for zero segments.
      if (pattern[i + 1] === separator && (i === 1 || pattern[i - 2] === separator)) {
        i++;
        source += `(?:.*${sep})?`;
      } else {
        source += '.*';
      }
    } else {
      source += `[^${sep}]*`;
    }
  }
  const compiled = new RegExp(`^${source}$`);
  cache.set(key, compiled);
  return compiled;
}

export function globMatch(pattern: string, subject: string, separator: GlobSeparator): boolean {
  if (!isGlob(pattern)) return pattern === subject;
  return globToRegExp(pattern, separator).test(subject);
}

/** More literal characters = more specific; a `**` counts as less specific than a `*`. */
function specificity(pattern: string): [number, number] {
  const literal = pattern.replace(/\*/g, '').length;
  const doubleStars = (pattern.match(/\*\*/g) ?? []).length;
  return [literal, -doubleStars];
}

/**
 * The key of `patterns` that best matches `subject`: the exact key if there is one, otherwise the
 * most specific matching glob (most literal characters, then fewest `**`, then alphabetical so
 * the choice never depends on key order). Undefined when nothing matches.
 */
export function bestMatch(patterns: Iterable<string>, subject: string, separator: GlobSeparator): string | undefined {
  let best: string | undefined;
  let bestScore: [number, number] | undefined;
  for (const pattern of patterns) {
    if (pattern === subject) return pattern;
    if (!isGlob(pattern) || !globMatch(pattern, subject, separator)) continue;
    const score = specificity(pattern);
    if (
      !bestScore ||
      score[0] > bestScore[0] ||
      (score[0] === bestScore[0] && (score[1] > bestScore[1] || (score[1] === bestScore[1] && pattern < best!)))
    ) {
      best = pattern;
      bestScore = score;
    }
  }
  return best;
}

/**
 * `bestMatch` over a fixed set of keys, prepared once: exact keys in a hash set, globs compiled
 * and sorted from most to least specific, so a lookup costs one hash probe plus the globs tried
 * until the first that matches, not a pass over every key. A purpose map drafted by `datamin init`
 * for 5,000 tables made every field's lookup walk 5,000 keys.
 */
export class KeyMatcher {
  private readonly keys: ReadonlySet<string>;
  private readonly globs: ReadonlyArray<{ pattern: string; regexp: RegExp }>;

  constructor(keys: Iterable<string>, separator: GlobSeparator) {
    this.keys = new Set(keys);
    const globs = [...this.keys].filter(isGlob).map((pattern) => ({ pattern, score: specificity(pattern) }));
    globs.sort((a, b) => b.score[0] - a.score[0] || b.score[1] - a.score[1] || (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
    this.globs = globs.map(({ pattern }) => ({ pattern, regexp: globToRegExp(pattern, separator) }));
  }

  /** The same answer as `bestMatch(keys, subject, separator)`. */
  match(subject: string): string | undefined {
    if (this.keys.has(subject)) return subject;
    for (const glob of this.globs) if (glob.regexp.test(subject)) return glob.pattern;
    return undefined;
  }
}

const matchers = new WeakMap<object, { separator: GlobSeparator; matcher: KeyMatcher }>();

/**
 * `bestMatch` over the keys of `record`, with the matcher kept for the record's lifetime. The
 * record must not gain or lose keys afterwards (a loaded purpose map never changes).
 */
export function bestKeyMatch(record: Readonly<Record<string, unknown>>, subject: string, separator: GlobSeparator): string | undefined {
  let entry = matchers.get(record);
  if (entry?.separator !== separator) {
    entry = { separator, matcher: new KeyMatcher(Object.keys(record), separator) };
    matchers.set(record, entry);
  }
  return entry.matcher.match(subject);
}
