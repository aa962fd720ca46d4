// Uniform fixed-size samples over a stream of unknown length: Li's Algorithm L (ACM TOMS 1994,
// "Reservoir-sampling algorithms of time complexity O(n(1+log(N/n)))"), so the cost after the
// reservoir fills is a skip counter, not a random number per item. Seeded for reproducible scans.
// Samples of separately read parts of a stream merge into a uniform sample of the whole.

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

/** A part of a stream's sample: its kept items and how many items the part saw. */
export interface ReservoirPart<T> {
  items: T[];
  seen: number;
}

export class Reservoir<T> {
  readonly items: T[] = [];
  /** Items offered or skipped so far. */
  private count = 0;
  /** The 0-based index of the next item to keep: `wantsNext` is one compare. */
  private nextIndex = 0;
  /** Algorithm L's running weight; NaN once `restore` switched to Algorithm X. */
  private w = 1;

  constructor(
    readonly capacity: number,
    private readonly random: () => number = seededRandom(42),
  ) {
    if (capacity <= 0) this.nextIndex = Infinity;
  }

  /** Items seen so far, kept or not. */
  get seen(): number {
    return this.count;
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
    const k = this.capacity;
    if (index < k) {
      this.items.push(item);
      this.nextIndex = index + 1;
      if (index === k - 1) {
        this.w = Math.exp(Math.log(this.random()) / k);
        this.advance(index);
      }
      return;
    }
    this.items[Math.floor(this.random() * k)] = item;
    if (Number.isNaN(this.w)) {
      this.advanceByAlgorithmX();
      return;
    }
    this.w *= Math.exp(Math.log(this.random()) / k);
    this.advance(index);
  }

  /**
   * Replaces the state with a merged sample (`mergeReservoirs`) of `seen` items, so `items` and
   * `seen` read as if this reservoir had seen them all. Offering more stays uniform: while under
   * capacity by filling as usual, past it by Vitter's Algorithm X (ACM TOMS 1985, "Random
   * sampling with a reservoir", section 4), which needs only the count seen, where Algorithm L's
   * weight would have to be drawn from its distribution at that count.
   */
  restore(items: readonly T[], seen: number): void {
    const full = Math.min(seen, Math.max(this.capacity, 0));
    if (items.length > full) {
      throw new RangeError(`cannot restore ${items.length} items of ${seen} seen into a reservoir of ${this.capacity}`);
    }
    if (items.length < full) {
      // Merged from parts sampled below capacity (partCapacity): a final sample, not one to
      // keep offering to, since uniform replacement needs a full reservoir.
      this.items.length = 0;
      for (const item of items) this.items.push(item);
      this.count = seen;
      this.nextIndex = Infinity;
      return;
    }
    this.items.length = 0;
    for (const item of items) this.items.push(item);
    this.count = seen;
    this.w = 1;
    if (this.capacity <= 0) this.nextIndex = Infinity;
    else if (seen < this.capacity) this.nextIndex = seen;
    else {
      this.w = NaN;
      this.advanceByAlgorithmX();
    }
  }

  /** Algorithm L: the 0-based index of the next item to keep, after the item at `index`. */
  private advance(index: number): void {
    this.nextIndex = index + Math.floor(Math.log(this.random()) / Math.log(1 - this.w)) + 1;
  }

  /**
   * Algorithm X: item j (0-based) is kept with probability k/(j+1), so the chance of skipping
   * items count…j is the product of (t+1-k)/(t+1); the next kept index is the first j where
   * that product falls to a uniform draw (inversion of the skip's distribution).
   */
  private advanceByAlgorithmX(): void {
    const k = this.capacity;
    const v = this.random();
    let j = this.count;
    let quotient = (j + 1 - k) / (j + 1);
    while (quotient > v) {
      j++;
      quotient *= (j + 1 - k) / (j + 1);
    }
    this.nextIndex = j;
  }
}

/**
 * How many items the reservoir of one part of a split stream needs, when the part holds about
 * `share` of the stream: a merge draws a hypergeometric number of items from each part, whose
 * mean is capacity × share; the margin (half the mean plus six standard deviations) makes
 * running short vanishingly rare, and mergeReservoirs copes if it happens. Filling a full-size
 * reservoir in every part instead costs a copy per kept value, per part.
 */
export function partCapacity(capacity: number, share: number): number {
  if (!(share > 0 && share < 1)) return capacity;
  const mean = capacity * share;
  return Math.min(capacity, Math.ceil(1.5 * mean + 6 * Math.sqrt(mean) + 16));
}

/**
 * A uniform sample of `capacity` items from the union of parts, each part a uniform sample of
 * the items it saw (a reservoir's `items` and `seen`). How many items each part contributes is a
 * multivariate hypergeometric draw of `capacity` from the parts' seen counts (one item at a
 * time, without replacement), then each part gives a random subset of that size of its items;
 * both steps are uniform, so the result is a uniform sample of everything seen. A part sampled
 * with a smaller reservoir (partCapacity) that is drawn for more items than it holds gives all
 * it has and the rest comes from the other parts. When everything fits, it is every item, in
 * part order. Deterministic for a given `random`.
 */
export function mergeReservoirs<T>(parts: readonly ReservoirPart<T>[], capacity: number, random: () => number): T[] {
  const total = parts.reduce((sum, part) => sum + part.seen, 0);
  for (const part of parts) {
    if (part.items.length > Math.min(part.seen, Math.max(capacity, 0)) || (part.seen > 0 && part.items.length === 0 && capacity > 0)) {
      throw new RangeError(`a reservoir part of ${part.items.length} items of ${part.seen} seen does not fit a capacity of ${capacity}`);
    }
  }
  const held = parts.reduce((sum, part) => sum + part.items.length, 0);
  if (total <= capacity || held <= capacity) return parts.flatMap((part) => part.items);
  const nonEmpty = parts.filter((part) => part.seen > 0);
  if (nonEmpty.length === 1) return nonEmpty[0].items.slice(0, capacity);
  const remaining = parts.map((part) => part.seen);
  const shares = parts.map(() => 0);
  /** Draws `count` items one at a time, weighted by what each eligible part has not yet given. */
  const draw = (count: number, eligible: (i: number) => boolean): void => {
    for (let drawn = 0; drawn < count; drawn++) {
      let left = 0;
      for (let i = 0; i < parts.length; i++) if (eligible(i)) left += remaining[i];
      let r = Math.floor(random() * left);
      let i = 0;
      while (!eligible(i) || r >= remaining[i]) {
        if (eligible(i)) r -= remaining[i];
        i++;
      }
      remaining[i]--;
      shares[i]++;
    }
  };
  draw(capacity, () => true);
  let short = 0;
  parts.forEach((part, i) => {
    if (shares[i] <= part.items.length) return;
    short += shares[i] - part.items.length;
    shares[i] = part.items.length;
  });
  // held > capacity, so the parts with items to spare can always cover what was short.
  if (short > 0) draw(short, (i) => shares[i] < parts[i].items.length && remaining[i] > 0);
  const merged: T[] = [];
  parts.forEach((part, i) => {
    const share = shares[i];
    if (share === part.items.length) {
      for (const item of part.items) merged.push(item);
      return;
    }
    // A partial Fisher-Yates shuffle: the first `share` slots become a uniform subset.
    const pool = part.items.slice();
    for (let j = 0; j < share; j++) {
      const pick = j + Math.floor(random() * (pool.length - j));
      const chosen = pool[pick];
      pool[pick] = pool[j];
      pool[j] = chosen;
      merged.push(chosen);
    }
  });
  return merged;
}
