// Uniform fixed-size samples over a stream of unknown length, as bottom-k sampling: every item
// gets a random key, and the sample is the `capacity` items with the smallest keys. Only keys
// below a threshold are ever drawn: the number of items to pass over before the next one below
// it is geometric, so the cost of an item not kept is a counter, not a random number.
//
// Why not Algorithm L (Li, ACM TOMS 1994), which this replaced: it keeps k·(1 + ln(n/k)) items
// for a sample of k, each new one replacing an old one. Every replaced value had been copied out
// of its chunk and promoted to the old generation, and the profile showed that churn costing a
// fifth of a scan's CPU in garbage collection (7.6 → 6.0 s on 500 MB when nothing was replaced).
// Here a reader that knows roughly how many items are coming (a file of known size, `expectTotal`)
// sets the threshold once so that about 2k items fall below it, and nothing is replaced.
//
// Keys also make samples of separately read parts of a stream merge exactly: the union of the
// parts' items below the lowest threshold holds the k smallest keys of the whole. Seeded for
// reproducible scans.
import { kthSmallest } from './kth-smallest.js';

/** xorshift32: deterministic, fast, good enough for sampling. */
export function seededRandom(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return (x + 0.5) / 4294967296;
  };
}

/**
 * A copy of `s` that does not keep alive the string it was cut from. V8 represents a substring
 * of 13+ characters as a slice that references its parent, so one sampled cell of a parsed chunk
 * would pin the whole 64 KiB chunk: a 10 000-value sample spread over a file then holds on to
 * most of the file (the profile showed RSS growing with input size, and GC time with it).
 * A JSON round trip makes one flat string, one-byte when its characters allow (a cell cut from a
 * chunk holding one non-Latin-1 character is two-byte): about 40 bytes for a 20-character value,
 * where the concatenate-and-slice copy used before kept a slice and a two-byte copy, about 70.
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** A part of a stream's sample: its items, their keys, and how many items the part saw. */
export interface ReservoirPart<T> {
  items: T[];
  /** Each item's key, in [0, threshold). */
  keys: number[];
  /** Every item the part saw with a key below this is in `items`. */
  threshold: number;
  seen: number;
}

/**
 * How many times the capacity `expectTotal` aims to hold at the end. The margin covers a total
 * guessed too high: up to about 1.8 times too high, the sample still fills with high probability.
 */
const MARGIN = 2;
/** `expectTotal` lowers the threshold only to below this share of its current value (each lowering filters the buffer). */
const LOWER_BY = 0.75;

export class Reservoir<T> {
  private readonly buffer: T[] = [];
  private readonly keys: number[] = [];
  /** Items offered or skipped so far. */
  private count = 0;
  /** The 0-based index of the next item to keep: `wantsNext` is one compare. */
  private nextIndex = 0;
  /** The buffer holds every item seen whose key is below this. */
  private threshold = 1;
  /** At this many buffered items, the buffer is cut back to the capacity. */
  private readonly limit: number;

  constructor(
    readonly capacity: number,
    private readonly random: () => number = seededRandom(42),
  ) {
    this.limit = 2 * Math.max(capacity, 0);
    if (capacity <= 0) {
      this.threshold = 0;
      this.nextIndex = Infinity;
    }
  }

  /** Items seen so far, kept or not. */
  get seen(): number {
    return this.count;
  }

  /** The sample: the kept items with the `capacity` smallest keys, in the order they came. */
  get items(): readonly T[] {
    if (this.buffer.length > this.capacity) this.cutTo(this.capacity);
    return this.buffer;
  }

  /** True when the next offered item will be kept: lets callers skip building it. */
  wantsNext(): boolean {
    return this.count === this.nextIndex;
  }

  /** Counts an item that `wantsNext()` said would not be kept. */
  skip(): void {
    this.count++;
  }

  offer(item: T): void {
    const index = this.count++;
    if (index !== this.nextIndex) return;
    this.buffer.push(item);
    this.keys.push(this.threshold * this.fineRandom());
    if (this.buffer.length >= this.limit) this.cutTo(this.capacity);
    else this.nextIndex = this.count + this.gap();
  }

  /**
   * Says the whole stream (every part of it, for a split one) holds about `total` items. Keys
   * are then drawn only below MARGIN × capacity / total: the sample fills with about MARGIN
   * times its capacity and nothing kept is replaced. A total guessed far too high leaves a
   * smaller sample, still uniform (items below a threshold fixed without looking at keys are a
   * uniform subset of their number).
   */
  expectTotal(total: number): void {
    if (!(total > 0 && Number.isFinite(total))) return;
    const threshold = (MARGIN * this.capacity) / total;
    if (threshold < this.threshold * LOWER_BY) this.lowerThreshold(threshold);
  }

  /** This reservoir's state as plain data (copies), for `merge` elsewhere. */
  exportPart(): ReservoirPart<T> {
    // `items` first: reading it cuts the buffer to the capacity, which `keys` must match.
    const items = this.items.slice();
    return { items, keys: this.keys.slice(), threshold: this.threshold, seen: this.count };
  }

  /**
   * Adds a part read separately (another byte range of the same stream): the union keeps the
   * items below both thresholds, which holds the smallest keys of everything both saw. The
   * result does not depend on the order parts are merged in, except for the order of `items`.
   */
  merge(part: ReservoirPart<T>): void {
    if (part.items.length !== part.keys.length || part.items.length > part.seen || !(part.threshold >= 0 && part.threshold <= 1)) {
      throw new RangeError(`a reservoir part of ${part.items.length} items, ${part.keys.length} keys and ${part.seen} seen is not a sample`);
    }
    this.count += part.seen;
    for (let i = 0; i < part.items.length; i++) {
      this.buffer.push(part.items[i]);
      this.keys.push(part.keys[i]);
    }
    this.lowerThreshold(Math.min(this.threshold, part.threshold));
    if (this.buffer.length >= this.limit) this.cutTo(this.capacity);
  }

  /** How many items to pass over before the next whose key falls below the threshold. */
  private gap(): number {
    const threshold = this.threshold;
    if (threshold >= 1) return 0;
    if (threshold <= 0) return Infinity;
    return Math.floor(Math.log(this.random()) / Math.log1p(-threshold));
  }

  /** A uniform draw in (0, 1) from two 32-bit draws, so keys of millions of items do not tie. */
  private fineRandom(): number {
    return this.random() + (this.random() - 0.5) / 4294967296;
  }

  /** Keeps the `size` smallest keys: the threshold becomes the smallest key dropped. */
  private cutTo(size: number): void {
    if (this.keys.length <= size) return;
    this.lowerThreshold(kthSmallest(Float64Array.from(this.keys), size));
  }

  /**
   * Drops the items whose key is not below `threshold` and draws the next gap afresh: the keys
   * of items still to come are independent of everything so far, so a new draw is as good as
   * the old one.
   */
  private lowerThreshold(threshold: number): void {
    const { buffer, keys } = this;
    let kept = 0;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] >= threshold) continue;
      buffer[kept] = buffer[i];
      keys[kept] = keys[i];
      kept++;
    }
    buffer.length = kept;
    keys.length = kept;
    this.threshold = threshold;
    this.nextIndex = this.count + this.gap();
  }
}
