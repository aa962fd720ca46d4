// Seeded randomness for tests that generate many candidates: the same seed gives the same ones every run.

/** Mulberry32 (Tommy Ettinger's 32-bit PRNG). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws on `random`: one item of a list, and a string of random decimal digits. */
export function randomDraws(random: () => number): { pick: <T>(items: readonly T[]) => T; digits: (length: number) => string } {
  return {
    pick: (items) => items[Math.floor(random() * items.length)],
    digits: (length) => {
      let out = '';
      for (let i = 0; i < length; i++) out += String(Math.floor(random() * 10));
      return out;
    },
  };
}
