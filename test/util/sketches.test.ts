import { describe, expect, it } from 'vitest';
import { HyperLogLog } from '../../src/util/hyperloglog.js';
import { Reservoir, seededRandom } from '../../src/util/reservoir.js';
import { parseDay, isoDayFromNumber } from '../../src/util/dates.js';

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
