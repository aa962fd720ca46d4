// kthSmallest against a full sort, on shapes that break naive quickselects: random, sorted,
// reversed, all equal, few distinct values, and every index of small arrays.
import { describe, expect, it } from 'vitest';
import { kthSmallest } from '../../src/util/kth-smallest.js';
import { seededRandom } from '../../src/util/reservoir.js';

const sortedCopy = (a: Float64Array): Float64Array => Float64Array.from(a).sort();

function shapes(n: number, random: () => number): Record<string, Float64Array> {
  const rand = Float64Array.from({ length: n }, () => random());
  return {
    random: rand,
    sorted: sortedCopy(rand),
    reversed: sortedCopy(rand).reverse(),
    equal: new Float64Array(n).fill(0.5),
    fewDistinct: Float64Array.from({ length: n }, () => Math.floor(random() * 3) / 3),
  };
}

describe('kthSmallest', () => {
  it('finds the value a sort puts at index k, for every k of small arrays of every shape', () => {
    const random = seededRandom(21);
    for (const n of [1, 2, 3, 5, 8, 17]) {
      for (const [shape, values] of Object.entries(shapes(n, random))) {
        const expected = sortedCopy(values);
        for (let k = 0; k < n; k++) expect(kthSmallest(Float64Array.from(values), k), `${shape} n=${n} k=${k}`).toBe(expected[k]);
      }
    }
  });

  it('agrees with a sort on large arrays at the reservoir cut points', () => {
    const random = seededRandom(27);
    for (const [shape, values] of Object.entries(shapes(20_000, random))) {
      const expected = sortedCopy(values);
      for (const k of [0, 1, 9_999, 10_000, 19_999]) expect(kthSmallest(Float64Array.from(values), k), `${shape} k=${k}`).toBe(expected[k]);
    }
  });

  it('rejects an index outside the array', () => {
    expect(() => kthSmallest(new Float64Array(3), 3)).toThrow(RangeError);
    expect(() => kthSmallest(new Float64Array(0), 0)).toThrow(RangeError);
  });
});
