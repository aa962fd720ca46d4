// Per-field streaming statistics: counts, empties, a distinct sketch, a bounded value sample
// and a per-day date histogram. Memory is fixed per field whatever the input size, and the
// state exports as plain data that merges with other byte ranges' states of the same field.
import type { Cell, LazyRecord, Scalar } from '../model/dataset.js';
import type { FieldStats } from '../model/result.js';
import { HyperLogLog } from '../util/hyperloglog.js';
import { Reservoir, detachString, seededRandom, type ReservoirPart } from '../util/reservoir.js';
import { DayCounts, isoDayFromNumber, parseDay } from '../util/dates.js';
import type { ValueTallies, ValueTalliesState } from './value-tallies.js';
import { sampledText } from './long-values.js';

/** After this many non-empty values, date tracking stops unless most values were dates. */
const DATE_PROBE = 200;

/** Date tracking: deciding over the first DATE_PROBE values, then counting every value, or off. */
type DateState = 'probing' | 'tracking' | 'off';
const PROBING = 0;
const TRACKING = 1;
const OFF = 2;
const DATE_STATES: readonly DateState[] = ['probing', 'tracking', 'off'];

/** One field's statistics over one byte range, as structured-clone-able plain data. */
export interface FieldAccumulatorState {
  count: number;
  empty: number;
  nonEmpty: number;
  /** The HyperLogLog registers. */
  registers: Uint8Array;
  sample: ReservoirPart<string>;
  dateState: DateState;
  dateHits: number;
  /** [days since the epoch, values on that day] */
  days: [number, number][];
  /** Value-detector counts over every value (`--sample all` only). */
  tallies?: ValueTalliesState;
}

export class FieldAccumulator {
  count = 0;
  empty = 0;
  nonEmpty = 0;
  private readonly distinct = new HyperLogLog();
  readonly sample: Reservoir<string>;
  /** One of PROBING, TRACKING, OFF: a small integer compare on the hot path. */
  private dateState = PROBING;
  private dateHits = 0;
  private readonly days = new DayCounts();

  /**
   * @param tallies given with `--sample all`: every value goes through the value detectors as it
   * streams past, and the reservoir only feeds examples and shape checks.
   */
  constructor(
    sampleSize: number,
    seed: number,
    private readonly tallies?: ValueTallies,
  ) {
    this.sample = new Reservoir<string>(sampleSize, seededRandom(seed));
  }

  /** Value-detector counts over every value, in `--sample all` mode. */
  get everyValue(): ValueTallies | undefined {
    return this.tallies;
  }

  /**
   * The hot path, run on every cell: a non-empty string costs counters, the sketch, one compare
   * for the sample and one for date tracking, with no allocation. Everything rarer is out of line
   * to keep this function small.
   */
  add(cell: Cell): void {
    if (typeof cell !== 'string') {
      this.addOther(cell);
      return;
    }
    this.count++;
    if (cell === '') {
      this.empty++;
      return;
    }
    this.nonEmpty++;
    this.distinct.add(cell);
    const sample = this.sample;
    if (sample.wantsNext()) this.keep(cell);
    else sample.skip();
    if (this.tallies !== undefined) this.tallies.add(sampledText(cell));
    if (this.dateState !== OFF) this.trackDate(cell);
  }

  /**
   * `add` for cell `index` of a record read lazily: the same statistics, with the text built
   * only when the sample keeps the value, `--sample all` runs it, or date tracking reads it.
   */
  addLazy(record: LazyRecord, index: number): void {
    this.count++;
    if (record.isEmpty(index)) {
      this.empty++;
      return;
    }
    this.nonEmpty++;
    this.distinct.addHash(record.hash(index));
    const sample = this.sample;
    const tallies = this.tallies;
    if (sample.wantsNext()) {
      // A lazy record's text is a string of its own (not a slice of a chunk): nothing to detach
      // unless cut from a long value.
      const text = record.text(index);
      const kept = sampledText(text);
      sample.offer(kept === text ? text : detachString(kept));
      if (tallies !== undefined && !tallies.passes()) tallies.addOffered(kept);
    } else {
      sample.skip();
      // The text is built only for a value the detectors judge (a settled column judges a few)
      // and that one of them may match (a short value often cannot).
      if (tallies !== undefined && !tallies.passes()) {
        // Judged and dropped: the detectors keep no value (ValueTallies copies what it remembers).
        if (tallies.mayMatch(record, index)) tallies.addOffered(sampledText(record.transientText(index)));
        else if (!record.isBlank(index)) tallies.addUnmatched();
      }
    }
    if (this.dateState !== OFF) this.trackDay(record.day(index));
  }

  /** Cells that are not strings: absent, null, numbers, booleans and lists of them. */
  private addOther(cell: Cell): void {
    if (cell === undefined) return;
    this.count++;
    if (Array.isArray(cell)) {
      if (cell.length === 0) this.empty++;
      let any = false;
      for (const v of cell) any = this.addScalar(v) || any;
      if (!any && cell.length > 0) this.empty++;
      return;
    }
    if (!this.addScalar(cell)) this.empty++;
  }

  /** One value of a list or a non-string cell; returns false for an empty value. */
  private addScalar(v: Scalar): boolean {
    if (v === null || v === '') return false;
    if (typeof v === 'boolean') {
      // Counted and sketched like their text, never sampled.
      this.nonEmpty++;
      this.distinct.add(v ? 'true' : 'false');
      return true;
    }
    const s = typeof v === 'string' ? v : String(v);
    this.nonEmpty++;
    this.distinct.add(s);
    if (this.sample.wantsNext()) this.keep(s);
    else this.sample.skip();
    if (this.tallies !== undefined) this.tallies.add(sampledText(s));
    if (this.dateState !== OFF && typeof v === 'string') this.trackDate(s);
    return true;
  }

  /**
   * A value the sample keeps, detached from the chunk it was parsed from; a long one bounded to
   * what detectors can find in all of it (long-values.ts).
   */
  private keep(s: string): void {
    this.sample.offer(detachString(sampledText(s)));
  }

  private trackDate(s: string): void {
    this.trackDay(parseDay(s));
  }

  /** A value's day (NaN for a value that is not a date). */
  private trackDay(day: number): void {
    if (!Number.isNaN(day)) {
      this.dateHits++;
      this.days.add(day);
    }
    if (this.dateState === PROBING && this.nonEmpty >= DATE_PROBE) this.decideDates();
  }

  /** Past the probe: keep counting days when at least half the values were dates. */
  private decideDates(): void {
    if (this.dateHits / this.nonEmpty >= 0.5) this.dateState = TRACKING;
    else {
      this.dateState = OFF;
      this.days.clear();
    }
  }

  /** Rows per day over the whole stream, for fields that mostly hold dates; undefined otherwise. */
  dayHistogram(): ReadonlyMap<number, number> | undefined {
    const entries = this.days.entries();
    return entries.length > 0 ? new Map(entries) : undefined;
  }

  stats(): FieldStats {
    const stats: FieldStats = { count: this.count, empty: this.empty, distinct: Math.min(this.distinct.estimate(), this.nonEmpty) };
    const entries = this.days.entries();
    if (entries.length > 0 && this.dateHits > 0) {
      let min = Infinity;
      let max = -Infinity;
      for (const [day] of entries) {
        if (day < min) min = day;
        if (day > max) max = day;
      }
      stats.minDate = isoDayFromNumber(min);
      stats.maxDate = isoDayFromNumber(max);
      stats.dates = this.dateHits;
    }
    return stats;
  }

  /** This range's statistics as plain data (copies: later adds do not change it). */
  exportState(): FieldAccumulatorState {
    const state: FieldAccumulatorState = {
      count: this.count,
      empty: this.empty,
      nonEmpty: this.nonEmpty,
      registers: this.distinct.registersCopy(),
      sample: this.sample.exportPart(),
      dateState: DATE_STATES[this.dateState],
      dateHits: this.dateHits,
      days: this.days.entries(),
    };
    const tallies = this.tallies?.exportState();
    if (tallies) state.tallies = tallies;
    return state;
  }

  /**
   * Adds the state of the next byte range of the same field, as if its values had streamed
   * through here after the ones already seen: counts and day counts summed, the sketches'
   * registers merged (exact), the samples merged into a uniform sample of both (by their keys,
   * so the same ranges give the same sample).
   * Date tracking follows the first range that probed enough values: merged into a field still
   * probing, the summed counts decide once they reach the probe size, as one stream would
   * have; a field whose tracking is off ignores later ranges' days.
   */
  mergeState(state: FieldAccumulatorState): void {
    const wasEmpty = this.nonEmpty === 0;
    this.count += state.count;
    this.empty += state.empty;
    this.nonEmpty += state.nonEmpty;
    this.distinct.merge(state.registers);

    this.sample.merge(state.sample);

    this.dateHits += state.dateHits;
    const incoming = DATE_STATES.indexOf(state.dateState);
    if (wasEmpty) this.dateState = incoming;
    if (this.dateState !== OFF && incoming !== OFF) for (const [day, n] of state.days) this.days.add(day, n);
    if (this.dateState === PROBING && this.nonEmpty >= DATE_PROBE) this.decideDates();

    if (state.tallies && this.tallies) this.tallies.mergeState(state.tallies);
  }
}
