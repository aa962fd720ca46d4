import { describe, expect, it } from 'vitest';
import { HyperLogLog, hashString, utf8ValueHash, valueHash } from '../../src/util/hyperloglog.js';
import { Reservoir, seededRandom } from '../../src/util/reservoir.js';
import { DayCounts, parseDay, parseDayBytes, isoDayFromNumber } from '../../src/util/dates.js';

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

/** How many of 10 equal slices of 0…n-1 the items fall in, summed over runs. */
function perTenth(samples: Iterable<readonly number[]>, n: number): number[] {
  const counts = new Array<number>(10).fill(0);
  for (const sample of samples) for (const v of sample) counts[Math.floor((v * 10) / n)]++;
  return counts;
}

/** Items kept (offered while wanted) by a reservoir told the stream's total up front. */
function sampleExpecting(n: number, capacity: number, total: number | undefined, random: () => number, from = 0): { reservoir: Reservoir<number>; kept: number } {
  const r = new Reservoir<number>(capacity, random);
  if (total !== undefined) r.expectTotal(total);
  let kept = 0;
  for (let i = from; i < from + n; i++) {
    if (r.wantsNext()) {
      kept++;
      r.offer(i);
    } else r.skip();
  }
  return { reservoir: r, kept };
}

describe('Reservoir (bottom-k)', () => {
  it('keeps everything, in order, while under capacity', () => {
    const r = new Reservoir<number>(10);
    for (let i = 0; i < 7; i++) r.offer(i);
    expect(r.items).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
  it('samples uniformly over the whole stream, not just its start', () => {
    const r = sampleOf(100_000, 1000, seededRandom(7));
    expect(r.items).toHaveLength(1000);
    expect(new Set(r.items).size).toBe(1000);
    const lateShare = r.items.filter((i) => i >= 50_000).length / 1000;
    expect(lateShare).toBeGreaterThan(0.4);
    expect(lateShare).toBeLessThan(0.6);
    const mean = r.items.reduce((a, b) => a + b, 0) / 1000;
    expect(Math.abs(mean - 50_000) / 100_000).toBeLessThan(0.05);
  });
  it('gives every tenth of the stream a tenth of the sample', () => {
    // 400 runs × 50 items: 2000 expected per tenth (binomial sd ≈ 42).
    const counts = perTenth(Array.from({ length: 400 }, (_, seed) => sampleOf(5000, 50, mixedRandom(seed)).items), 5000);
    for (const count of counts) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
  it('is reproducible with the same seed and differs across seeds', () => {
    const run = (seed: number): readonly number[] => sampleOf(10_000, 20, mixedRandom(seed)).items;
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
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
    r.expectTotal(1000);
    expect(r.wantsNext()).toBe(false);
  });
  it('never holds more than twice its capacity, and never more than its capacity once read', () => {
    const r = new Reservoir<number>(100, mixedRandom(9));
    let most = 0;
    for (let i = 0; i < 50_000; i++) {
      if (r.wantsNext()) r.offer(i);
      else r.skip();
      if (i % 97 === 0) most = Math.max(most, r.exportPart().keys.length);
    }
    expect(most).toBeLessThanOrEqual(100);
    expect(r.items).toHaveLength(100);
  });
});

describe('Reservoir.expectTotal', () => {
  it('keeps about twice the capacity instead of replacing kept items all along', () => {
    // Without the total, a sample of k from n keeps about k·(1 + log2(n/k)) items on the way.
    const told = sampleExpecting(200_000, 1000, 200_000, mixedRandom(1));
    const untold = sampleExpecting(200_000, 1000, undefined, mixedRandom(1));
    expect(told.reservoir.items).toHaveLength(1000);
    expect(told.kept).toBeLessThan(2300);
    expect(untold.kept).toBeGreaterThan(5000);
  });
  it('still samples uniformly', () => {
    const counts = perTenth(Array.from({ length: 400 }, (_, seed) => sampleExpecting(5000, 50, 5000, mixedRandom(seed)).reservoir.items), 5000);
    for (const count of counts) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
  it('fills short, but uniformly, when told a total far too high', () => {
    const samples = Array.from({ length: 200 }, (_, seed) => sampleExpecting(5000, 100, 50_000, mixedRandom(seed)).reservoir.items);
    // Told ten times too many: about 2 × 100 / 10 = 20 items each.
    const mean = samples.reduce((sum, s) => sum + s.length, 0) / samples.length;
    expect(mean).toBeGreaterThan(17);
    expect(mean).toBeLessThan(23);
    const counts = perTenth(samples, 5000);
    const total = counts.reduce((a, b) => a + b, 0);
    for (const count of counts) expect(Math.abs(count / total - 0.1)).toBeLessThan(0.02);
  });
  it('ignores a total that would not lower the threshold much', () => {
    const r = new Reservoir<number>(10, mixedRandom(2));
    r.expectTotal(5);
    r.expectTotal(Number.NaN);
    r.expectTotal(Infinity);
    r.expectTotal(0);
    for (let i = 0; i < 10; i++) r.offer(i);
    expect(r.items).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('Reservoir.merge', () => {
  /** A stream of `ranges` × `perRange` items sampled range by range, each told the whole's size, then merged in order. */
  function splitSample(seed: number, capacity: number, ranges: number, perRange: number, order = (i: number) => i): Reservoir<number> {
    const parts = Array.from({ length: ranges }, (_, range) =>
      sampleExpecting(perRange, capacity, ranges * perRange, seededRandom(hashString(`part-${seed}-${range}`)), range * perRange).reservoir.exportPart(),
    );
    const merged = new Reservoir<number>(capacity, mixedRandom(seed));
    for (let i = 0; i < ranges; i++) merged.merge(parts[order(i)]);
    return merged;
  }

  it('merges ranges into a full sample that counts everything seen', () => {
    const merged = splitSample(1, 400, 16, 1000);
    expect(merged.items).toHaveLength(400);
    expect(new Set(merged.items).size).toBe(400);
    expect(merged.seen).toBe(16_000);
  });
  it('gives every range a share of the sample in proportion to what it saw', () => {
    // 200 runs × 400 items over 16 ranges: 5000 expected per range (binomial sd ≈ 69).
    const perRange = new Array<number>(16).fill(0);
    for (let seed = 1; seed <= 200; seed++) for (const item of splitSample(seed, 400, 16, 1000).items) perRange[Math.floor(item / 1000)]++;
    for (const n of perRange) expect(Math.abs(n - 5000)).toBeLessThan(400);
  });
  it('gives every item the same chance when the parts differ in size', () => {
    const samples = Array.from({ length: 2000 }, (_, seed) => {
      const first = sampleOf(100, 20, mixedRandom(seed));
      const second = sampleOf(300, 20, mixedRandom(seed + 50_000), 100);
      first.merge(second.exportPart());
      return first.items;
    });
    for (const count of perTenth(samples, 400)) expect(Math.abs(count / (2000 * 20) - 0.1)).toBeLessThan(0.01);
  });
  it('takes the lower threshold of the two, so a part told a total far too high does not skew the sample', () => {
    // The second part keeps keys below 2 × 10 / 20 000 only; the first kept more of its own.
    let late = 0;
    let all = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const first = sampleOf(1000, 10, mixedRandom(seed));
      const second = sampleExpecting(1000, 10, 20_000, mixedRandom(-seed), 1000).reservoir.exportPart();
      first.merge(second);
      expect(first.exportPart().threshold).toBe(second.threshold);
      late += first.items.filter((v) => v >= 1000).length;
      all += first.items.length;
    }
    expect(late / all).toBeGreaterThan(0.38);
    expect(late / all).toBeLessThan(0.62);
  });
  it('picks the same items whatever order the parts merge in', () => {
    const inOrder = [...splitSample(7, 100, 8, 500).items].sort((a, b) => a - b);
    const reversed = [...splitSample(7, 100, 8, 500, (i) => 7 - i).items].sort((a, b) => a - b);
    expect(reversed).toEqual(inOrder);
  });
  it('keeps everything, in merge order, when it all fits', () => {
    const r = new Reservoir<number>(5, mixedRandom(1));
    r.merge(sampleOf(2, 5, mixedRandom(2)).exportPart());
    r.merge(sampleOf(0, 5, mixedRandom(3)).exportPart());
    r.merge(sampleOf(1, 5, mixedRandom(4), 2).exportPart());
    expect(r.items).toEqual([0, 1, 2]);
    expect(r.seen).toBe(3);
  });
  it('rejects a part whose items and keys do not match or that holds more than it saw', () => {
    const r = new Reservoir<number>(3, mixedRandom(1));
    expect(() => r.merge({ items: [1, 2], keys: [0.1], threshold: 1, seen: 2 })).toThrow(RangeError);
    expect(() => r.merge({ items: [1, 2], keys: [0.1, 0.2], threshold: 1, seen: 1 })).toThrow(RangeError);
    expect(() => r.merge({ items: [1], keys: [0.1], threshold: 2, seen: 1 })).toThrow(RangeError);
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

describe('parseDayBytes', () => {
  const fixed = ['2024-03-05', '2024-03-05T10:00:00Z', '2024-03-05 10:00', '2024/03/05', '05.03.2024', '05/03/2024', '12/31/2024', '2024-02-29', '2023-02-29', '2024-02-30', 'ORD-2024-03', '1700000000', '2024-13-01', 'hello world', '20240305', '2024-03-05X', '0999-01-01', '31.12.1999 23:59', '2024-03-05T10:00:00.000000000000+01:00', ''];
  it('reads bytes exactly as parseDay reads the text, at any offset in a buffer', () => {
    const random = seededRandom(2024);
    const alphabet = '0123456789-/.T :Z';
    const generated = Array.from({ length: 20_000 }, () => {
      const template = fixed[Math.floor(random() * 10)];
      // Mutate a date template a little, so most strings are near-dates.
      return [...template].map((c) => (random() < 0.1 ? alphabet[Math.floor(random() * alphabet.length)] : c)).join('');
    });
    let dates = 0;
    for (const s of [...fixed, ...generated]) {
      const bytes = Buffer.from(`xx${s}yy`, 'latin1');
      const expected = parseDay(s);
      expect(parseDayBytes(bytes, 2, 2 + s.length), s).toBe(expected);
      if (!Number.isNaN(expected)) dates++;
    }
    // Both ways through: enough dates and enough non-dates.
    expect(dates).toBeGreaterThan(2_000);
    expect(dates).toBeLessThan(18_000);
  });
  it('rejects a date with any non-digit byte in its numbers, as parseDay does', () => {
    const templates = ['2024-03-05', '2024/03/05T', '05.03.2024', '05/03/2024', '12/31/2024', '31/12/2024 10:00'];
    const intruders = ['/', ':', ' ', 'a', '-', '\x00', '\xff', '\x2f', '\x3a'];
    let checked = 0;
    for (const template of templates) {
      for (let at = 0; at < 10; at++) {
        for (const intruder of intruders) {
          const s = template.slice(0, at) + intruder + template.slice(at + 1);
          const bytes = Buffer.from(`xx${s}yy`, 'latin1');
          expect(parseDayBytes(bytes, 2, 2 + s.length), s).toBe(parseDay(s));
          checked++;
        }
      }
    }
    expect(checked).toBe(templates.length * 10 * intruders.length);
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

describe('utf8ValueHash', () => {
  const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(`xx${s}yy`);
  it('hashes UTF-8 bytes as valueHash hashes the text they decode to', () => {
    for (const s of ['', 'plain', 'Zoë Ångström', 'İstanbul çarşı', '北京市朝阳区', 'emoji 🙂 pair 𝄞', 'mixed ñ€𐍈']) {
      const bytes = bytesOf(s);
      expect(utf8ValueHash(bytes, 2, bytes.length - 2)).toBe(valueHash(s));
    }
  });
  it('gives up on bytes that are not well-formed UTF-8, so the caller hashes the decoded text', () => {
    for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc3], [0xe2, 0x82], [0x80]]) {
      expect(utf8ValueHash(Uint8Array.from([0x61, ...bad, 0x62]), 0, bad.length + 2)).toBeUndefined();
    }
  });
});
