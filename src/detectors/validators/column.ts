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

/** Fewer dotted quads than this say nothing about versions. */
const MIN_QUADS = 20;
const DOTTED_QUAD = /^(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
/** Share of dotted quads with a small first number above which a column reads as versions. */
const VERSION_SHARE = 0.8;

/**
 * A column of four-part version numbers (`4.2.17.130`) is also a column of valid IPv4
 * addresses. Addresses spread over the whole first-octet range (IANA IPv4 Address Space
 * Registry: blocks 1-19 are ~7% of it) while version majors stay small, so a column whose dotted
 * quads mostly start below 20 (private 10/8 and loopback 127/8 aside) is taken as versions.
 */
export function looksLikeVersionNumbers(values: readonly string[]): boolean {
  let quads = 0;
  let small = 0;
  for (const raw of values) {
    const m = DOTTED_QUAD.exec(raw.trim());
    if (m === null) continue;
    quads++;
    const first = Number(m[1]);
    if (first < 20 && first !== 10) small++;
  }
  return quads >= MIN_QUADS && small / quads >= VERSION_SHARE;
}
