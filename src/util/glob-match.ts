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
