// `--sample` (datamin.yaml `scan.sample`) has one meaning: how many values of each field the
// value detectors judge, drawn uniformly from the whole input, or 'all' for every value. What
// follows from it has names of its own: a database's row limit (rowLimitFor) and, under 'all',
// the values kept for examples (the profiler keeps DEFAULT_SAMPLE of them).

/** Values per field the value detectors judge, or 'all'. */
export type SampleSize = number | 'all';

/** The one default of `--sample`, `scan.sample`, `init --sample` and every source. */
export const DEFAULT_SAMPLE = 10_000;

/** A row limit no table reaches: what a database is asked for under `--sample all`. */
export const ALL_ROWS = 1_000_000_000;

/**
 * Rows a source that samples inside its engine (`pushdown`: databases, warehouses, database
 * files) returns per table. A row gives each field at most one value, so N rows give the value
 * detectors up to the N values `--sample N` asks for; `--sample all` reads every row.
 */
export function rowLimitFor(sample: SampleSize): number {
  return sample === 'all' ? ALL_ROWS : sample;
}
