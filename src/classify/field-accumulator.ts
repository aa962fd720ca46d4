// Per-field streaming statistics: counts, empties, a distinct sketch, a bounded value sample
// and a per-day date histogram. Memory is fixed per field whatever the input size.
import type { Cell, Scalar } from '../model/dataset.js';
import type { FieldStats } from '../model/result.js';
import { HyperLogLog } from '../util/hyperloglog.js';
import { Reservoir, detachString, seededRandom } from '../util/reservoir.js';
import { isoDayFromNumber, parseDay } from '../util/dates.js';
import type { ValueTallies } from './value-tallies.js';

/** Longer values are cut before sampling: enough for any detector, bounded memory. */
const MAX_SAMPLED_LENGTH = 2048;
/** After this many non-empty values, date tracking stops unless most values were dates. */
const DATE_PROBE = 200;

export class FieldAccumulator {
  count = 0;
  empty = 0;
  nonEmpty = 0;
  private readonly distinct = new HyperLogLog();
  readonly sample: Reservoir<string>;
  private dateState: 'probing' | 'tracking' | 'off' = 'probing';
  private dateHits = 0;
  private readonly days = new Map<number, number>();

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

  add(cell: Cell): void {
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

  /** Returns false for an empty value. */
  private addScalar(v: Scalar): boolean {
    if (v === null || v === '') return false;
    if (typeof v === 'boolean') {
      this.nonEmpty++;
      this.distinct.add(v ? 'true' : 'false');
      return true;
    }
    const s = typeof v === 'string' ? v : String(v);
    this.nonEmpty++;
    this.distinct.add(s);
    const { sample, tallies } = this;
    if (sample.wantsNext()) sample.offer(detachString(s.length > MAX_SAMPLED_LENGTH ? s.slice(0, MAX_SAMPLED_LENGTH) : s));
    else sample.skip();
    if (tallies) tallies.add(s.length > MAX_SAMPLED_LENGTH ? s.slice(0, MAX_SAMPLED_LENGTH) : s);
    if (this.dateState !== 'off' && typeof v === 'string') this.trackDate(s);
    return true;
  }

  private trackDate(s: string): void {
    const day = parseDay(s);
    if (!Number.isNaN(day)) {
      this.dateHits++;
      this.days.set(day, (this.days.get(day) ?? 0) + 1);
    }
    if (this.dateState === 'probing' && this.nonEmpty >= DATE_PROBE) {
      if (this.dateHits / this.nonEmpty >= 0.5) this.dateState = 'tracking';
      else {
        this.dateState = 'off';
        this.days.clear();
      }
    }
  }

  /** Rows per day over the whole stream, for fields that mostly hold dates; undefined otherwise. */
  dayHistogram(): ReadonlyMap<number, number> | undefined {
    return this.days.size > 0 ? this.days : undefined;
  }

  stats(): FieldStats {
    const stats: FieldStats = { count: this.count, empty: this.empty, distinct: Math.min(this.distinct.estimate(), this.nonEmpty) };
    if (this.days.size > 0 && this.dateHits > 0) {
      let min = Infinity;
      let max = -Infinity;
      for (const day of this.days.keys()) {
        if (day < min) min = day;
        if (day > max) max = day;
      }
      stats.minDate = isoDayFromNumber(min);
      stats.maxDate = isoDayFromNumber(max);
      stats.dates = this.dateHits;
    }
    return stats;
  }
}
