// Runs the value detectors over a field's values one at a time and keeps per-detector counts
// and redacted examples. Fed either the reservoir sample at the end of a stream or, with
// `--sample all`, every value as it streams past.
import type { ValueDetector } from '../model/detector.js';
import type { CategoryId } from '../model/taxonomy.js';
import { redact } from '../util/redact.js';
import { detachString } from '../util/reservoir.js';
import type { ClassifyFieldOptions } from './classify-field.js';

/** A whole-value detector that matched nothing in this many values is not run further. */
const GIVE_UP_AFTER = 500;
const MAX_EXAMPLES = 3;
/**
 * A field's verdict is settled once a whole-value detector has judged this many values and
 * matched at least SETTLED_SHARE of them: its score is saturated (combine.ts counts a column in
 * full from 80 %), and 2 000 values put the share within about ±1 % (95 % interval). From then on
 * values are judged on a thinning systematic sample — every `stride`-th value, the stride growing
 * with the stream so about SETTLE_AFTER / THINNING values are judged per doubling of it — instead
 * of running every detector on every value. A settled column that stops matching (a file sorted
 * by kind) falls below UNSETTLE_SHARE over a window of UNSETTLE_WINDOW judged values and is
 * judged value by value again.
 */
const SETTLE_AFTER = 2000;
const SETTLED_SHARE = 0.95;
const UNSETTLE_SHARE = 0.9;
const THINNING = 8;
const UNSETTLE_WINDOW = 100;
/** Judged values between two checks for a settled verdict (the check loops over the detectors). */
const SETTLE_CHECK_EVERY = 250;

export interface ValueTally {
  detector: ValueDetector;
  sampled: number;
  matched: Map<CategoryId, number>;
  examples: Map<CategoryId, string[]>;
  failed: boolean;
}

function bestMatched(t: ValueTally): number {
  let best = 0;
  for (const n of t.matched.values()) if (n > best) best = n;
  return best;
}

/** THINNING × the largest power of two not above offered / SETTLE_AFTER. */
function strideAt(offered: number): number {
  return THINNING * 2 ** Math.max(0, Math.floor(Math.log2(offered / SETTLE_AFTER)));
}

function addExample(tally: ValueTally, category: CategoryId, shown: string): void {
  let list = tally.examples.get(category);
  if (!list) tally.examples.set(category, (list = []));
  if (list.length < MAX_EXAMPLES && !list.includes(shown)) list.push(shown);
}

export class ValueTallies {
  readonly tallies: ValueTally[];
  /** Whole-value detectors first: see `add`. */
  private readonly ordered: ValueTally[];
  /** Values offered, judged or not. */
  private offered = 0;
  /** Values run through the detectors. */
  private judged = 0;
  /** The whole-value detector whose near-total match settled the verdict, if one did. */
  private settledBy: ValueTally | undefined;
  /** Judge every `stride`-th offered value; 1 while unsettled. */
  private stride = 1;
  /** The settling detector's counts when the current window of judged values began. */
  private window = { sampled: 0, matched: 0 };

  constructor(private readonly options: ClassifyFieldOptions) {
    this.tallies = options.detectors.value.map((detector) => ({ detector, sampled: 0, matched: new Map(), examples: new Map(), failed: false }));
    this.ordered = [...this.tallies.filter((t) => t.detector.scope === 'whole'), ...this.tallies.filter((t) => t.detector.scope !== 'whole')];
  }

  /**
   * Whole-value detectors run first: a value that is wholly an IBAN, a phone number or an EAN
   * is not free text, so embedded detectors skip it (the card-shaped digits inside a printed
   * IBAN are not a card), and an embedded hit spanning the whole value is whole-value evidence
   * the whole-value detectors already judged.
   */
  add(raw: string): void {
    const offered = this.offered++;
    if (this.stride > 1 && offered % this.stride !== 0) return;
    const value = raw.trim();
    if (value === '') return;
    this.judge(value);
    this.judged++;
    if (this.settledBy) this.checkStillSettled(offered);
    else if (this.judged % SETTLE_CHECK_EVERY === 0 && this.judged >= SETTLE_AFTER) this.checkSettled(offered);
  }

  /** Values judged so far and whether the verdict settled (for tests and the benchmark). */
  get progress(): { offered: number; judged: number; settled: boolean } {
    return { offered: this.offered, judged: this.judged, settled: this.settledBy !== undefined };
  }

  private checkSettled(offered: number): void {
    for (const t of this.ordered) {
      if (t.detector.scope !== 'whole') break;
      if (t.failed || t.sampled < SETTLE_AFTER) continue;
      const matched = bestMatched(t);
      if (matched >= SETTLED_SHARE * t.sampled) {
        this.settledBy = t;
        this.stride = strideAt(offered);
        this.window = { sampled: t.sampled, matched };
        return;
      }
    }
  }

  private checkStillSettled(offered: number): void {
    const t = this.settledBy!;
    const sampled = t.sampled - this.window.sampled;
    if (!t.failed && sampled < UNSETTLE_WINDOW) return;
    const matched = bestMatched(t);
    if (t.failed || matched - this.window.matched < UNSETTLE_SHARE * sampled) {
      this.settledBy = undefined;
      this.stride = 1;
      return;
    }
    this.window = { sampled: t.sampled, matched };
    this.stride = strideAt(offered);
  }

  private judge(value: string): void {
    const { options } = this;
    let wholeMatched = false;
    for (const t of this.ordered) {
      if (t.failed) continue;
      const embedded = t.detector.scope !== 'whole';
      if (embedded && wholeMatched) {
        t.sampled++;
        continue;
      }
      if (!embedded && t.sampled >= GIVE_UP_AFTER && t.matched.size === 0) continue;
      t.sampled++;
      let hit;
      try {
        if (t.detector.prefilter && !t.detector.prefilter(value)) continue;
        hit = t.detector.match(value);
      } catch (error) {
        t.failed = true;
        options.onDetectorError?.(t.detector.id, error);
        continue;
      }
      if (!hit) continue;
      if (embedded && (hit.start ?? 0) === 0 && (hit.end ?? value.length) === value.length) continue;
      if (!embedded) wholeMatched = true;
      t.matched.set(hit.category, (t.matched.get(hit.category) ?? 0) + 1);
      if ((t.examples.get(hit.category)?.length ?? 0) >= MAX_EXAMPLES) continue;
      const span = hit.start !== undefined && hit.end !== undefined ? value.slice(hit.start, hit.end) : value;
      addExample(t, hit.category, detachString(options.showValues ? span : redact(span, hit.category)));
    }
  }
}
