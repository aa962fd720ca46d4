// Uniform fixed-size samples over a stream of unknown length: Li's Algorithm L (ACM TOMS 1994,
// "Reservoir-sampling algorithms of time complexity O(n(1+log(N/n)))"), so the cost after the
// reservoir fills is a skip counter, not a random number per item. Seeded for reproducible scans.

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
 * Concatenating forces a flat copy; slicing that copy references only the copy.
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

export class Reservoir<T> {
  readonly items: T[] = [];
  private seen = 0;
  private nextIndex = 0;
  private w = 1;

  constructor(
    readonly capacity: number,
    private readonly random: () => number = seededRandom(42),
  ) {}

  /** True when the next offered item will be kept: lets callers skip building it. */
  wantsNext(): boolean {
    return this.seen < this.capacity || this.seen === this.nextIndex;
  }

  /** Counts an item that `wantsNext()` said would not be kept. */
  skip(): void {
    this.seen++;
  }

  offer(item: T): void {
    const k = this.capacity;
    if (k <= 0) return;
    if (this.seen < k) {
      this.items.push(item);
      if (this.seen === k - 1) {
        this.w = Math.exp(Math.log(this.random()) / k);
        this.advance();
      }
      this.seen++;
      return;
    }
    if (this.seen === this.nextIndex) {
      this.items[Math.floor(this.random() * k)] = item;
      this.w *= Math.exp(Math.log(this.random()) / k);
      this.advance();
    }
    this.seen++;
  }

  /** Picks the 0-based index of the next item to keep, counted from the current item. */
  private advance(): void {
    this.nextIndex = this.seen + Math.floor(Math.log(this.random()) / Math.log(1 - this.w)) + 1;
  }
}
