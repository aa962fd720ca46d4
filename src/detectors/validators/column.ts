// Helpers for value detectors' column checks (`ValueDetector.column`): shares and distinct counts
// over a field's sampled values, each one pass over the sample.

/** Trimmed non-empty values of a sample. */
export function nonEmpty(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of values) {
    const v = raw.trim();
    if (v !== '') out.push(v);
  }
  return out;
}

/** How many values pass, and how many distinct values (by `key`) pass. */
export function countPassing(values: readonly string[], passes: (value: string) => boolean, key: (value: string) => string = (v) => v): { passing: number; distinct: number } {
  const seen = new Set<string>();
  let passing = 0;
  for (const v of values) {
    if (!passes(v)) continue;
    passing++;
    seen.add(key(v));
  }
  return { passing, distinct: seen.size };
}
