// One value detector's counts and redacted examples over a field's values, and their plain form
// for merging ranges. Apart from ValueTallies, which decides which values each detector judges.
import type { ValueDetector } from '../model/detector.js';
import type { CategoryId } from '../model/taxonomy.js';

export const MAX_EXAMPLES = 3;

export interface ValueTally {
  detector: ValueDetector;
  sampled: number;
  matched: Map<CategoryId, number>;
  examples: Map<CategoryId, string[]>;
  failed: boolean;
  /**
   * Hits of `pendingCategory` not yet added to `matched` (ValueTallies defers them as it defers
   * `sampled`: a hit then costs an increment, not two map operations).
   */
  pendingHits: number;
  pendingCategory: CategoryId | undefined;
  /** A category whose examples are known to be full (lists never shrink): no look-up for it. */
  fullCategory: CategoryId | undefined;
  /**
   * `detector.prefilter` and `detector.match`, read once: every detector object has a shape of
   * its own, so reading them from it on every value is a megamorphic look-up. Called with the
   * detector as `this`.
   */
  readonly prefilter: ValueDetector['prefilter'];
  readonly match: ValueDetector['match'];
}

/** One detector's counts as plain, structured-clone-able data (see `ValueTallies.exportState`). */
export interface ValueTallyState {
  detectorId: string;
  sampled: number;
  matched: Array<[CategoryId, number]>;
  examples: Array<[CategoryId, string[]]>;
  failed: boolean;
}

/** A detector's tally before any value: nothing counted, the shared empty maps. */
export function newTally(detector: ValueDetector): ValueTally {
  return {
    detector,
    sampled: 0,
    matched: NO_COUNTS,
    examples: NO_EXAMPLES,
    failed: false,
    pendingHits: 0,
    pendingCategory: undefined,
    fullCategory: undefined,
    // eslint-disable-next-line @typescript-eslint/unbound-method -- ValueTallies.run calls it with the detector as `this`
    prefilter: detector.prefilter,
    // eslint-disable-next-line @typescript-eslint/unbound-method -- ValueTallies.run calls it with the detector as `this`
    match: detector.match,
  };
}

export function bestMatched(t: ValueTally): number {
  let best = 0;
  for (const n of t.matched.values()) if (n > best) best = n;
  return best;
}

/**
 * The counts and examples of a detector that has matched nothing yet: shared by every tally and
 * never written (countHit and addExample give a tally its own map first). A field holds a tally
 * per value detector (some seventy), and most detectors never match a field: two empty maps each
 * cost 32 KB per field, most of a 100,000-column CSV's scan in allocation and garbage collection.
 */
export const NO_COUNTS: Map<CategoryId, number> = new Map();
export const NO_EXAMPLES: Map<CategoryId, string[]> = new Map();

export function addExample(tally: ValueTally, category: CategoryId, shown: string): void {
  if (tally.examples === NO_EXAMPLES) tally.examples = new Map();
  let list = tally.examples.get(category);
  if (!list) tally.examples.set(category, (list = []));
  if (list.length < MAX_EXAMPLES && !list.includes(shown)) list.push(shown);
}

export function countHit(tally: ValueTally, category: CategoryId, n = 1): void {
  if (tally.matched === NO_COUNTS) tally.matched = new Map();
  tally.matched.set(category, (tally.matched.get(category) ?? 0) + n);
}

/** Adds a tally's deferred hits to its `matched`. */
export function addPendingHits(t: ValueTally): void {
  if (t.pendingHits === 0 || t.pendingCategory === undefined) return;
  countHit(t, t.pendingCategory, t.pendingHits);
  t.pendingHits = 0;
}
