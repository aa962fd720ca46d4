import { describe, expect, it } from 'vitest';
import { HyperLogLog, hashString } from '../../src/util/hyperloglog.js';
import { Reservoir, mergeReservoirs, partCapacity, seededRandom } from '../../src/util/reservoir.js';
import { DayCounts, parseDay, isoDayFromNumber } from '../../src/util/dates.js';

function sketch(n: number, value: (i: number) => string): number {
  const h = new HyperLogLog();
  for (let i = 0; i < n; i++) h.add(value(i));
  return h.estimate();
}
const relativeError = (estimate: number, n: number): number => (estimate - n) / n;

/**
 * xorshift's first draws from a small seed are small too: tests seed through a hash, as the
 * profiler does (its seeds derive from hashString).
 */
const mixedRandom = (seed: number): (() => number) => seededRandom(hashString(`seed ${seed}`));

/** Streams 0…n-1 through a reservoir the way the profiler does (wantsNext, then offer or skip). */
function sampleOf(n: number, capacity: number, random: () => number, from = 0): Reservoir<number> {
  const r = new Reservoir<number>(capacity, random);
  for (let i = from; i < from + n; i++) {
    if (r.wantsNext()) r.offer(i);
    else r.skip();
  }
  return r;
}

describe('HyperLogLog', () => {
  it('counts small sets exactly enough', () => {
    const h = new HyperLogLog();
    for (let i = 0; i < 50; i++) h.add(`v${i % 10}`);
    expect(h.estimate()).toBe(10);
  });
  it('estimates 100k distinct values within 5%', () => {
    const h = new HyperLogLog();
    for (let i = 0; i < 100_000; i++) h.add(`user-${i}@example.com`);
    expect(Math.abs(h.estimate() - 100_000) / 100_000).toBeLessThan(0.05);
  });

  // With 2^10 registers the standard error is 1.04/32 = 3.25 %: each estimate must land within
  // 3 standard errors (10 %), and the root-mean-square error over all sets within 5 %.
  const keyShapes: Array<[string, (i: number) => string]> = [
    ['emails', (i) => `user-${i}@example.com`],
    ['order numbers', (i) => `ORD-${String(i).padStart(9, '0')}`],
    ['values differing only in their last character', (i) => `customer-record-${String.fromCodePoint(0x10000 + i)}`],
    ['integers', (i) => String(i)],
  ];
  const errors: number[] = [];
  for (const n of [1_000, 100_000, 1_000_000]) {
    it.each(keyShapes)(`estimates ${n} distinct %s within 10%%`, (_, value) => {
      const error = relativeError(sketch(n, value), n);
      errors.push(error);
      expect(Math.abs(error)).toBeLessThan(0.1);
    });
  }
  it('keeps the RMS error over those sets within 5%', () => {
    expect(errors).toHaveLength(12);
    expect(Math.sqrt(errors.reduce((sum, e) => sum + e * e, 0) / errors.length)).toBeLessThan(0.05);
  });

  it('tells apart 65 536 values that differ only in their last UTF-16 unit', () => {
    const n = 65_536;
    expect(Math.abs(relativeError(sketch(n, (i) => `customer-record-${String.fromCharCode(i)}`), n))).toBeLessThan(0.1);
  });

  it('does not count repeats', () => {
    expect(sketch(100_000, (i) => `ORD-${String(i % 500).padStart(9, '0')}`)).toBeGreaterThan(480);
    expect(sketch(100_000, (i) => `ORD-${String(i % 500).padStart(9, '0')}`)).toBeLessThan(520);
  });

  it('merges exactly: the union of two sketches is the sketch of both streams', () => {
    const whole = new HyperLogLog();
    const first = new HyperLogLog();
    const second = new HyperLogLog();
    for (let i = 0; i < 50_000; i++) {
      const value = `user-${i % 30_000}@example.com`;
      whole.add(value);
      (i < 25_000 ? first : second).add(value);
    }
    const merged = new HyperLogLog();
    merged.merge(second.registersCopy());
    merged.merge(first.registersCopy());
    expect(merged.registersCopy()).toEqual(whole.registersCopy());
    expect(merged.estimate()).toBe(whole.estimate());
    expect(first.estimate()).toBeLessThan(whole.estimate());
  });

  it('hands out a copy of its registers and rejects registers of another size', () => {
    const h = new HyperLogLog();
    h.add('a');
    const copy = h.registersCopy();
    copy.fill(30);
    expect(h.estimate()).toBe(1);
    expect(() => h.merge(new Uint8Array(16))).toThrow(RangeError);
  });
});

describe('Reservoir (Algorithm L)', () => {
  it('keeps everything while under capacity', () => {
    const r = new Reservoir<number>(10);
    for (let i = 0; i < 7; i++) r.offer(i);
    expect(r.items).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
  it('samples uniformly over the whole stream, not just its start', () => {
    const r = new Reservoir<number>(1000, seededRandom(7));
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      if (r.wantsNext()) r.offer(i);
      else r.skip();
    }
    expect(r.items).toHaveLength(1000);
    const lateShare = r.items.filter((i) => i >= n / 2).length / 1000;
    expect(lateShare).toBeGreaterThan(0.4);
    expect(lateShare).toBeLessThan(0.6);
    const mean = r.items.reduce((a, b) => a + b, 0) / 1000;
    expect(Math.abs(mean - n / 2) / n).toBeLessThan(0.05);
  });
  it('is reproducible with the same seed', () => {
    const run = (): number[] => {
      const r = new Reservoir<number>(5, seededRandom(3));
      for (let i = 0; i < 1000; i++) r.offer(i);
      return r.items;
    };
    expect(run()).toEqual(run());
  });
  it('keeps the samples it kept before wantsNext became one compare (pinned)', () => {
    const r = new Reservoir<number>(5, seededRandom(3));
    for (let i = 0; i < 1000; i++) r.offer(i);
    expect(r.items).toEqual([733, 131, 540, 853, 4]);
    expect(sampleOf(100_000, 8, seededRandom(1234)).items).toEqual([39286, 80723, 26379, 86760, 88798, 23375, 19216, 24348]);
  });
  it('counts every item seen, kept or skipped', () => {
    expect(sampleOf(12_345, 10, mixedRandom(5)).seen).toBe(12_345);
    expect(sampleOf(7, 10, mixedRandom(5)).seen).toBe(7);
  });
  it('keeps nothing and wants nothing with capacity 0', () => {
    const r = sampleOf(1000, 0, mixedRandom(5));
    expect(r.items).toEqual([]);
    expect(r.seen).toBe(1000);
    expect(r.wantsNext()).toBe(false);
  });
});

describe('Reservoir.restore', () => {
  it('reads back the items and count it was given', () => {
    const r = new Reservoir<number>(3, seededRandom(1));
    r.restore([7, 8, 9], 500);
    expect(r.items).toEqual([7, 8, 9]);
    expect(r.seen).toBe(500);
  });
  it('rejects more items than its capacity or its count', () => {
    const r = new Reservoir<number>(3, seededRandom(1));
    expect(() => r.restore([1, 2, 3, 4], 500)).toThrow(RangeError);
    expect(() => r.restore([1, 2], 1)).toThrow(RangeError);
  });
  it('keeps a thin merged sample (from parts sampled below capacity) as final', () => {
    const r = new Reservoir<number>(3, seededRandom(1));
    r.restore([1, 2], 500);
    for (let i = 0; i < 1000; i++) {
      if (r.wantsNext()) r.offer(i);
      else r.skip();
    }
    expect(r.items).toEqual([1, 2]);
    expect(r.seen).toBe(1500);
  });
  it('fills up as usual when restored under capacity', () => {
    const r = new Reservoir<number>(4, seededRandom(1));
    r.restore([0, 1], 2);
    for (let i = 2; i < 4; i++) r.offer(i);
    expect(r.items).toEqual([0, 1, 2, 3]);
  });
  it('keeps sampling uniformly after a restore past capacity (Algorithm X)', () => {
    // 1 000 items seen, 9 000 more offered: a uniform sample holds 90 % late items.
    let late = 0;
    let kept = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const first = sampleOf(1000, 50, mixedRandom(seed));
      const r = new Reservoir<number>(50, mixedRandom(-seed));
      r.restore(first.items, first.seen);
      for (let i = 1000; i < 10_000; i++) {
        if (r.wantsNext()) r.offer(i);
        else r.skip();
      }
      expect(r.seen).toBe(10_000);
      expect(r.items).toHaveLength(50);
      late += r.items.filter((i) => i >= 1000).length;
      kept += r.items.length;
    }
    expect(late / kept).toBeGreaterThan(0.88);
    expect(late / kept).toBeLessThan(0.92);
  });
});

describe('mergeReservoirs', () => {
  it('splits the capacity in proportion to what each part saw', () => {
    let fromSecond = 0;
    const runs = 200;
    for (let seed = 1; seed <= runs; seed++) {
      const first = sampleOf(1000, 100, mixedRandom(seed));
      const second = sampleOf(3000, 100, mixedRandom(seed + 10_000), 1000);
      const merged = mergeReservoirs([first, second].map((r) => ({ items: r.items, seen: r.seen })), 100, mixedRandom(-seed));
      expect(merged).toHaveLength(100);
      expect(new Set(merged).size).toBe(100);
      expect(merged.every((v) => first.items.includes(v) || second.items.includes(v))).toBe(true);
      fromSecond += merged.filter((v) => v >= 1000).length;
    }
    // 75 % expected; the hypergeometric spread over 20 000 draws is about ±0.3 %.
    expect(fromSecond / (runs * 100)).toBeGreaterThan(0.73);
    expect(fromSecond / (runs * 100)).toBeLessThan(0.77);
  });
  it('gives every item of the union the same chance', () => {
    // Parts 0…99 and 100…399, 20 kept: each tenth of the stream should hold a tenth of the sample.
    const perTenth = new Array<number>(10).fill(0);
    const runs = 2000;
    for (let seed = 1; seed <= runs; seed++) {
      const parts = [sampleOf(100, 20, mixedRandom(seed)), sampleOf(300, 20, mixedRandom(seed + 50_000), 100)];
      for (const v of mergeReservoirs(parts.map((r) => ({ items: r.items, seen: r.seen })), 20, mixedRandom(-seed))) perTenth[Math.floor(v / 40)]++;
    }
    for (const count of perTenth) expect(Math.abs(count / (runs * 20) - 0.1)).toBeLessThan(0.01);
  });
  it('is deterministic for a seed and differs across seeds', () => {
    const parts = [sampleOf(5000, 50, mixedRandom(1)), sampleOf(5000, 50, mixedRandom(2), 5000)].map((r) => ({ items: r.items, seen: r.seen }));
    const run = (seed: number): number[] => mergeReservoirs(parts, 50, seededRandom(seed));
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });
  it('keeps everything, in part order, when it all fits', () => {
    expect(mergeReservoirs([{ items: [1, 2], seen: 2 }, { items: [], seen: 0 }, { items: [3], seen: 1 }], 5, seededRandom(1))).toEqual([1, 2, 3]);
  });
  it('returns a lone part as it is', () => {
    const part = sampleOf(1000, 10, mixedRandom(3));
    expect(mergeReservoirs([{ items: [], seen: 0 }, { items: part.items, seen: part.seen }], 10, seededRandom(1))).toEqual(part.items);
  });
  it('rejects a part with more items than it saw or than the capacity, or none of what it saw', () => {
    expect(() => mergeReservoirs([{ items: [1, 2], seen: 1 }], 3, seededRandom(1))).toThrow(RangeError);
    expect(() => mergeReservoirs([{ items: [1, 2, 3, 4], seen: 9 }], 3, seededRandom(1))).toThrow(RangeError);
    expect(() => mergeReservoirs([{ items: [], seen: 9 }], 3, seededRandom(1))).toThrow(RangeError);
  });

  it('sizes a range\'s reservoir to its share with a margin, never above the capacity', () => {
    expect(partCapacity(10_000, 1)).toBe(10_000);
    expect(partCapacity(10_000, 0.5)).toBe(Math.ceil(7500 + 6 * Math.sqrt(5000) + 16));
    expect(partCapacity(10_000, 0.9)).toBe(10_000);
    expect(partCapacity(10_000, 1 / 16)).toBe(Math.ceil(1.5 * 625 + 6 * 25 + 16));
    expect(partCapacity(100, 0.01)).toBe(Math.ceil(1.5 + 6 + 16));
  });

  it('merges thin parts (sampled at partCapacity) into a full, uniform sample', () => {
    // Sixteen ranges of 1000 values each, each sampled at its share: the merged sample has the
    // capacity, and every range contributes in proportion to what it saw.
    const capacity = 400;
    const perRange = Array.from({ length: 16 }, () => 0);
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(hashString(`merge-${seed}`));
      let own = { items: [] as number[], seen: 0 };
      for (let range = 0; range < 16; range++) {
        const part = new Reservoir<number>(partCapacity(capacity, 1 / 16), seededRandom(hashString(`part-${seed}-${range}`)));
        for (let i = 0; i < 1000; i++) part.offer(range * 1000 + i);
        own = { items: mergeReservoirs([own, { items: part.items, seen: part.seen }], capacity, random), seen: own.seen + part.seen };
      }
      expect(own.items).toHaveLength(capacity);
      expect(new Set(own.items).size).toBe(capacity);
      for (const item of own.items) perRange[Math.floor(item / 1000)]++;
    }
    // 200 runs × 400 items over 16 ranges: 5000 expected per range (binomial sd ≈ 69).
    for (const n of perRange) expect(Math.abs(n - 5000)).toBeLessThan(400);
  });
});

describe('DayCounts', () => {
  it('counts days inside, below and above its first window', () => {
    const days = new DayCounts();
    days.add(20_000);
    days.add(20_000);
    days.add(19_000);
    days.add(21_500, 3);
    expect(days.entries()).toEqual([
      [19_000, 1],
      [20_000, 2],
      [21_500, 3],
    ]);
  });
  it('keeps days too far from the others aside and still counts them', () => {
    const days = new DayCounts();
    days.add(20_000);
    days.add(-25_567); // 1900-01-01, more than the widest window away
    days.add(-25_567);
    days.add(20_001);
    expect(days.entries()).toEqual([
      [20_000, 1],
      [20_001, 1],
      [-25_567, 2],
    ]);
  });
  it('forgets everything on clear', () => {
    const days = new DayCounts();
    days.add(1);
    days.clear();
    expect(days.entries()).toEqual([]);
    days.add(5);
    expect(days.entries()).toEqual([[5, 1]]);
  });
});

describe('parseDay', () => {
  const day = (s: string): string | undefined => {
    const n = parseDay(s);
    return Number.isNaN(n) ? undefined : isoDayFromNumber(n);
  };
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:00:00Z', '2024-03-05'],
    ['2024-03-05 10:00', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['05/03/2024', '2024-03-05'],
    ['12/31/2024', '2024-12-31'],
  ])('reads %s', (input, expected) => {
    expect(day(input)).toBe(expected);
  });
  it.each(['2024-02-30', 'ORD-2024-03', '1700000000', '2024-13-01', 'hello world', '20240305'])('rejects %s', (input) => {
    expect(day(input)).toBeUndefined();
  });
});

describe('detachString', () => {
  it('returns an equal string, short or long', async () => {
    const { detachString } = await import('../../src/util/reservoir.js');
    const chunk = 'x'.repeat(100_000) + 'the kept value, longer than thirteen characters' + 'y'.repeat(100_000);
    const cell = chunk.slice(100_000, 100_047);
    expect(detachString(cell)).toBe('the kept value, longer than thirteen characters');
    expect(detachString('short')).toBe('short');
    expect(detachString('')).toBe('');
  });
});
