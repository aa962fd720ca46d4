// Runs the value detectors over a field's values one at a time and keeps per-detector counts
// and redacted examples. Fed either the reservoir sample at the end of a stream or, with
// `--sample all`, every value as it streams past; per-range instances merge through plain state.
import type { LazyRecord } from '../model/dataset.js';
import type { ValueHit } from '../model/detector.js';
import type { CategoryId } from '../model/taxonomy.js';
import { redact } from '../util/redact.js';
import { detachString } from '../util/reservoir.js';
import { MEMO_MAX_LENGTH, NO_HITS, VerdictMemo, type Verdict } from './verdict-memo.js';
import type { ClassifyFieldOptions } from './classify-field.js';
import { addExample, addPendingHits, bestMatched, countHit, MAX_EXAMPLES, newTally, type ValueTally, type ValueTallyState } from './value-tally.js';

export type { ValueTally, ValueTallyState };

/** A whole-value detector that matched nothing in this many values is not run further. */
const GIVE_UP_AFTER = 500;
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
export interface ValueTalliesState {
  offered: number;
  judged: number;
  tallies: ValueTallyState[];
}

export interface ValueTalliesTuning {
  /** Remember verdicts of repeated values (default true; tests turn it off to compare). */
  memoize?: boolean;
}

function strideAt(offered: number): number {
  return THINNING * 2 ** Math.max(0, Math.floor(Math.log2(offered / SETTLE_AFTER)));
}

/**
 * Counting is deferred so a judged value costs a counter increment: every running detector
 * samples every judged value, and a replayed verdict adds the same hits each time. The pending
 * counts are added (`flush`) before anything reads or changes the tallies: the settle checks,
 * a detector's failure, the give-up check, export, merge and the `tallies` getter.
 */
export class ValueTallies {
  private readonly all: ValueTally[];
  /** Whole-value detectors first: see `add`. */
  private readonly ordered: ValueTally[];
  /** The detectors still run (`ordered` less the failed and the given-up ones), whole first. */
  private active: ValueTally[] = [];
  /** How many of `active` are whole-value detectors. */
  private activeWhole = 0;
  /** The least `minLength` of `active` (Infinity when none runs): no shorter value matches. */
  private shortest = 0;
  /** The least `minLength` of `active` that requires no character: a value this long may match whatever it holds. */
  private shortestAny = 0;
  /** Judged values until a whole-value detector with no match reaches GIVE_UP_AFTER. */
  private untilGiveUp = Infinity;
  /** A detector failed while judging the current value: rebuild `active` after it. */
  private activeStale = false;
  /** Judged values not yet added to the `sampled` of the running detectors. */
  private pendingSampled = 0;
  /** Verdicts replayed since the last flush (each `repeats` > 0). */
  private readonly pendingVerdicts: Verdict[] = [];
  /** Tallies with hits not yet added to their `matched` (each `pendingHits` > 0). */
  private readonly pendingTallies: ValueTally[] = [];
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
  /** Verdicts of repeated values; undefined when off or dropped. */
  private memo: VerdictMemo | undefined;

  constructor(
    private readonly options: ClassifyFieldOptions,
    tuning: ValueTalliesTuning = {},
  ) {
    this.all = options.detectors.value.map(newTally);
    this.ordered = [...this.all.filter((t) => t.detector.scope === 'whole'), ...this.all.filter((t) => t.detector.scope !== 'whole')];
    if (tuning.memoize ?? true) this.memo = new VerdictMemo();
    this.refreshActive();
  }

  /** Per-detector counts, in registry order. */
  get tallies(): ValueTally[] {
    this.flush();
    return this.all;
  }

  /**
   * Whole-value detectors run first: a value that is wholly an IBAN, a phone number or an EAN
   * is not free text, so embedded detectors skip it (the card-shaped digits inside a printed
   * IBAN are not a card), and an embedded hit spanning the whole value is whole-value evidence
   * the whole-value detectors already judged.
   */
  add(raw: string): void {
    if (!this.passes()) this.addOffered(raw);
  }

  /**
   * Offers the next value without building it: true when it is left unjudged (a settled
   * column's thinning), and then it is counted and done; false when the caller must hand it to
   * `addOffered`. A lazy reader builds the text of a judged value only (`add` = both steps).
   */
  passes(): boolean {
    const offered = this.offered++;
    return this.stride > 1 && offered % this.stride !== 0;
  }

  /** Judges the value `passes` just offered and did not pass over. */
  addOffered(raw: string): void {
    const offered = this.offered - 1;
    const value = raw.trim();
    if (value === '') return;
    if (this.memo !== undefined && value.length <= MEMO_MAX_LENGTH) this.judgeRemembering(this.memo, value);
    else this.judge(value, undefined);
    this.afterJudging(offered);
  }

  /**
   * Whether a running detector may match cell `index` of `record`, judged from its length and
   * bytes by the detectors' `minLength` and `requires`: when not, `addUnmatched` counts it
   * without its text. Costs a compare for a long value, a short loop for a short one.
   */
  mayMatch(record: LazyRecord, index: number): boolean {
    const length = record.byteLength(index);
    if (length >= this.shortestAny) return true;
    if (length < this.shortest) return false;
    for (const { detector } of this.active) {
      if (length < (detector.minLength ?? 0)) continue;
      if (detector.requires === undefined || record.holds(index, detector.requires.charCodeAt(0))) return true;
    }
    return false;
  }

  /**
   * Judges the value `passes` just offered, which `mayMatch` said no running detector matches
   * and is not blank: every running detector samples it and none matches, as `judge` finds.
   */
  addUnmatched(): void {
    this.pendingSampled++;
    this.afterJudging(this.offered - 1);
  }

  private afterJudging(offered: number): void {
    if (this.activeStale || --this.untilGiveUp <= 0) this.refreshActive();
    this.judged++;
    if (this.settledBy) this.checkStillSettled(offered);
    else if (this.judged % SETTLE_CHECK_EVERY === 0 && this.judged >= SETTLE_AFTER) this.checkSettled(offered);
  }

  /** Values judged so far and whether the verdict settled (for tests and the benchmark). */
  get progress(): { offered: number; judged: number; settled: boolean } {
    return { offered: this.offered, judged: this.judged, settled: this.settledBy !== undefined };
  }

  /** The counts as plain data: no detector objects, safe to post between worker threads. */
  exportState(): ValueTalliesState {
    return {
      offered: this.offered,
      judged: this.judged,
      tallies: this.tallies.map((t) => ({
        detectorId: t.detector.id,
        sampled: t.sampled,
        matched: [...t.matched],
        examples: [...t.examples].map(([category, list]): [CategoryId, string[]] => [category, [...list]]),
        failed: t.failed,
      })),
    };
  }

  /**
   * Adds another range's counts to these (tallies matched by detector id; unknown ids are
   * ignored): sampled and matched summed, examples appended in call order up to MAX_EXAMPLES
   * without duplicates, failed ORed. Meant for finished ranges: the settling state is kept as is.
   */
  mergeState(state: ValueTalliesState): void {
    const byId = new Map<string, ValueTally>(this.tallies.map((t) => [t.detector.id, t]));
    for (const other of state.tallies) {
      const t = byId.get(other.detectorId);
      if (t === undefined) continue;
      t.sampled += other.sampled;
      for (const [category, n] of other.matched) countHit(t, category, n);
      for (const [category, list] of other.examples) for (const shown of list) addExample(t, category, shown);
      t.failed ||= other.failed;
    }
    this.offered += state.offered;
    this.judged += state.judged;
    // Merged matches can revive a given-up detector, whose verdicts were never remembered.
    this.memo?.clear();
    this.refreshActive();
  }

  private checkSettled(offered: number): void {
    this.flush();
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
    this.flush();
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

  /** Adds the deferred counts, as the running detectors and failures stand now. */
  private flush(): void {
    // The judged values' hits first: each was counted before any replay pending with it (a
    // category's place in `matched` is that of its first hit).
    for (const t of this.pendingTallies) addPendingHits(t);
    this.pendingTallies.length = 0;
    if (this.pendingSampled > 0) {
      for (const t of this.active) t.sampled += this.pendingSampled;
      this.pendingSampled = 0;
    }
    for (const verdict of this.pendingVerdicts) {
      const n = verdict.repeats;
      verdict.repeats = 0;
      let wholeMatched = false;
      for (const { tally, category } of verdict.whole) {
        if (tally.failed) continue;
        countHit(tally, category, n);
        wholeMatched = true;
      }
      if (!wholeMatched) for (const { tally, category } of verdict.embedded) if (!tally.failed) countHit(tally, category, n);
    }
    this.pendingVerdicts.length = 0;
  }

  /**
   * Drops failed detectors and whole-value detectors that judged GIVE_UP_AFTER values without a
   * match, and counts down to the next such give-up: every running whole-value detector samples
   * every judged value, so the one closest to the limit reaches it first.
   */
  private refreshActive(): void {
    this.flush();
    this.activeStale = false;
    this.untilGiveUp = Infinity;
    const active: ValueTally[] = [];
    let whole = 0;
    for (const t of this.ordered) {
      if (t.failed) continue;
      if (t.detector.scope === 'whole') {
        if (t.matched.size === 0) {
          if (t.sampled >= GIVE_UP_AFTER) continue;
          this.untilGiveUp = Math.min(this.untilGiveUp, GIVE_UP_AFTER - t.sampled);
        }
        whole++;
      }
      active.push(t);
    }
    this.active = active;
    this.activeWhole = whole;
    let shortest = Infinity;
    let shortestAny = Infinity;
    for (const { detector } of active) {
      const min = detector.minLength ?? 0;
      shortest = Math.min(shortest, min);
      if (detector.requires === undefined) shortestAny = Math.min(shortestAny, min);
    }
    this.shortest = shortest;
    this.shortestAny = shortestAny;
  }

  /** Judges a short value through the memo: a replay when seen before, else a run remembered. */
  private judgeRemembering(memo: VerdictMemo, value: string): void {
    const remembered = memo.lookUp(value);
    if (remembered !== undefined) {
      this.replay(remembered, value);
    } else if (memo.hasRoom()) {
      const verdict: Verdict = { whole: [], embedded: [], embeddedJudged: false, repeats: 0 };
      this.judge(value, verdict);
      memo.remember(value, verdict);
    } else {
      this.judge(value, undefined);
    }
    if (!memo.worthKeeping(this.activeWhole === 0)) this.memo = undefined;
  }

  /** Runs every running detector on the value; records its hits in `verdict` when given. */
  private judge(value: string, verdict: Verdict | undefined): void {
    // Every running detector samples the value, embedded ones even when skipped for a whole match.
    this.pendingSampled++;
    const { active, activeWhole } = this;
    let wholeMatched = false;
    for (let i = 0; i < activeWhole; i++) {
      const t = active[i];
      const hit = this.run(t, value);
      if (hit === undefined) continue;
      wholeMatched = true;
      this.count(t, hit, value);
      verdict?.whole.push({ tally: t, category: hit.category });
    }
    if (!wholeMatched) this.judgeEmbedded(value, verdict);
  }

  private judgeEmbedded(value: string, verdict: Verdict | undefined): void {
    const { active } = this;
    for (let i = this.activeWhole; i < active.length; i++) {
      const t = active[i];
      if (t.failed) continue;
      const hit = this.run(t, value);
      if (hit === undefined || ((hit.start ?? 0) === 0 && (hit.end ?? value.length) === value.length)) continue;
      this.count(t, hit, value);
      verdict?.embedded.push({ tally: t, category: hit.category });
    }
    if (verdict) verdict.embeddedJudged = true;
  }

  /**
   * Counts a remembered value as `judge` would: the same detectors sample it, the same hits
   * count. No example is added: the value's example was offered when it was first judged, and
   * is either listed already or the list was full (lists never shrink).
   */
  private replay(verdict: Verdict, value: string): void {
    this.pendingSampled++;
    if (verdict === NO_HITS) return;
    if (!verdict.embeddedJudged && verdict.whole.every((hit) => hit.tally.failed)) {
      // The whole-value detector that matched when the verdict was made has failed since.
      return this.judgeEmbedded(value, verdict);
    }
    if (verdict.repeats++ === 0) this.pendingVerdicts.push(verdict);
  }

  private run(t: ValueTally, value: string): ValueHit | undefined {
    try {
      const { prefilter } = t;
      if (prefilter !== undefined && !prefilter.call(t.detector, value)) return undefined;
      return t.match.call(t.detector, value);
    } catch (error) {
      // Counts deferred while this detector ran still hold its hits.
      this.flush();
      t.failed = true;
      this.activeStale = true;
      this.options.onDetectorError?.(t.detector.id, error);
      return undefined;
    }
  }

  private count(t: ValueTally, hit: ValueHit, value: string): void {
    const category = hit.category;
    if (t.pendingHits === 0) this.pendingTallies.push(t);
    else if (t.pendingCategory !== category) addPendingHits(t);
    t.pendingCategory = category;
    t.pendingHits++;
    if (t.fullCategory === category) return;
    if ((t.examples.get(category)?.length ?? 0) >= MAX_EXAMPLES) {
      t.fullCategory = category;
      return;
    }
    const span = hit.start !== undefined && hit.end !== undefined ? value.slice(hit.start, hit.end) : value;
    addExample(t, hit.category, detachString(this.options.showValues ? span : redact(span, hit.category)));
  }
}
