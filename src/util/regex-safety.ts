// A static check for regular expressions that can backtrack catastrophically: a repeated group
// whose body can itself repeat (star height above one: `(a+)+`, `(\d*)*`, `(?:x+y?)*`). That
// nesting is what turns a failed match into exponential work in a backtracking engine
// (Davis et al., "The Impact of Regular Expression Denial of Service", ESEC/FSE 2018, §2;
// the heuristic of the safe-regex package). Overlapping alternatives under a star (`(a|a)*`)
// are not detected; values longer than a detector's limit are never matched, which bounds them.

/**
 * The quantifier starting at `i`, if any: whether it repeats (may match more than once), whether
 * it also varies (`+`, `*`, `{2,5}`, unlike `{3}`: a fixed count leaves one way to match), and
 * its length in the source.
 */
function quantifierAt(source: string, i: number): { repeats: boolean; varies: boolean; length: number } | undefined {
  const char = source[i];
  const lazy = (at: number): number => (source[at] === '?' || source[at] === '+' ? 1 : 0);
  if (char === '*' || char === '+') return { repeats: true, varies: true, length: 1 + lazy(i + 1) };
  if (char === '?') return { repeats: false, varies: true, length: 1 + lazy(i + 1) };
  if (char !== '{') return undefined;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 40));
  if (!m) return undefined;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
  return { repeats: max > 1, varies: max > min, length: m[0].length + lazy(i + m[0].length) };
}

/**
 * The offset of the first repeated group that holds a repeating quantifier, or undefined when
 * there is none. Escapes and character classes are skipped; a quantifier after a group applies
 * to the whole group.
 */
export function nestedQuantifier(source: string): number | undefined {
  /** Per open group: its start offset and whether its body holds a quantifier that repeats a varying number of times. */
  const groups: Array<{ start: number; repeats: boolean }> = [{ start: 0, repeats: false }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') {
      inClass = true;
      continue;
    }
    if (char === '(') {
      groups.push({ start: i, repeats: false });
      continue;
    }
    if (char === ')' && groups.length > 1) {
      const group = groups.pop()!;
      const quantifier = quantifierAt(source, i + 1);
      if (quantifier?.repeats && group.repeats) return group.start;
      const parent = groups[groups.length - 1];
      if (group.repeats || (quantifier?.repeats && quantifier.varies)) parent.repeats = true;
      if (quantifier) i += quantifier.length;
      continue;
    }
    const quantifier = quantifierAt(source, i);
    if (quantifier) {
      if (quantifier.repeats && quantifier.varies) groups[groups.length - 1].repeats = true;
      i += quantifier.length - 1;
    }
  }
  return undefined;
}
