// The memo of a field's value verdicts (ValueTallies): what the detectors said about a short
// value already judged, replayed when it comes again.
import type { CategoryId } from '../model/taxonomy.js';
import { detachString } from '../util/reservoir.js';
import type { ValueTally } from './value-tally.js';

/**
 * Detectors are pure functions of the trimmed value, so a repeated value (a status, a first
 * name, "ok" in a notes column) replays its remembered verdict instead of running them again.
 * Only short values are remembered, and only the first MEMO_MAX_ENTRIES distinct ones holding at
 * most MEMO_MAX_CHARS characters in all: a few hundred kB per field at worst. A full memo is
 * dropped when it answers under MEMO_MIN_HIT_SHARE of a window of MEMO_WINDOW look-ups (a
 * column of unique values: ids and timestamps pay no map cost after the first window or two),
 * or under MEMO_CHEAP_HIT_SHARE once no whole-value detector runs: the embedded detectors'
 * prefilters turn most short values away in about the time a look-up in a full map takes.
 */
export const MEMO_MAX_LENGTH = 64;
const MEMO_MAX_ENTRIES = 2048;
const MEMO_MAX_CHARS = 48 * 1024;
const MEMO_WINDOW = 4096;
const MEMO_MIN_HIT_SHARE = 0.1;
const MEMO_CHEAP_HIT_SHARE = 0.5;

export interface RememberedHit {
  tally: ValueTally;
  category: CategoryId;
}

/**
 * What the detectors said about one value. `whole` holds every hit of a whole-value detector
 * that was running then (the others stay off for good: failed, or given up with no match).
 * `embedded` is known only when no whole-value detector matched at the time; it is filled in
 * on replay if that whole-value detector has failed since. `repeats` counts replays whose hits
 * are not yet added to the tallies (see `flush`).
 */
export interface Verdict {
  whole: RememberedHit[];
  embedded: RememberedHit[];
  embeddedJudged: boolean;
  repeats: number;
}

/** The verdict of a value no detector matched: shared, never changed, never pending. */
export const NO_HITS: Verdict = Object.freeze({ whole: [], embedded: [], embeddedJudged: true, repeats: 0 });

/** Remembered verdicts of one field's short values, with the accounting that decides whether they pay. */
export class VerdictMemo {
  private readonly verdicts = new Map<string, Verdict>();
  private chars = 0;
  private lookUps = 0;
  private hits = 0;

  /** The value's remembered verdict, if any; every call counts as a look-up of the window. */
  lookUp(value: string): Verdict | undefined {
    this.lookUps++;
    const remembered = this.verdicts.get(value);
    if (remembered !== undefined) this.hits++;
    return remembered;
  }

  /** Whether another verdict may be remembered (MEMO_MAX_ENTRIES, MEMO_MAX_CHARS). */
  hasRoom(): boolean {
    return this.verdicts.size < MEMO_MAX_ENTRIES && this.chars < MEMO_MAX_CHARS;
  }

  /** Remembers the verdict of a value just judged (a verdict with no hit as the shared NO_HITS). */
  remember(value: string, verdict: Verdict): void {
    const empty = verdict.whole.length === 0 && verdict.embedded.length === 0 && verdict.embeddedJudged;
    this.verdicts.set(detachString(value), empty ? NO_HITS : verdict);
    this.chars += value.length;
  }

  /**
   * After a look-up: false when a window of MEMO_WINDOW look-ups has just ended with the memo full
   * and answering too few of them (fewer still are needed once `cheap`: no whole-value detector runs).
   */
  worthKeeping(cheap: boolean): boolean {
    if (this.lookUps % MEMO_WINDOW !== 0) return true;
    const full = this.verdicts.size >= MEMO_MAX_ENTRIES || this.chars >= MEMO_MAX_CHARS;
    const share = this.hits / MEMO_WINDOW;
    this.hits = 0;
    return !(full && (share < MEMO_MIN_HIT_SHARE || (cheap && share < MEMO_CHEAP_HIT_SHARE)));
  }

  /** Forgets every verdict (merged matches can revive a detector whose verdicts were never kept). */
  clear(): void {
    this.verdicts.clear();
    this.chars = 0;
  }
}
