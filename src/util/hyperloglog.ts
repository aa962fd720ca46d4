// Distinct-count estimate in fixed memory (Flajolet et al. 2007, "HyperLogLog: the analysis of
// a near-optimal cardinality estimation algorithm"), with linear counting for small sets.

const P = 10;
const M = 1 << P;
const ALPHA = 0.7213 / (1 + 1.079 / M);

/** FNV-1a 32-bit over UTF-16 code units, then a murmur3 finalizer for avalanche. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class HyperLogLog {
  private readonly registers = new Uint8Array(M);

  add(value: string): void {
    const h = hashString(value);
    const index = h >>> (32 - P);
    const rest = (h << P) | (1 << (P - 1));
    const rank = Math.clz32(rest) + 1;
    if (rank > this.registers[index]) this.registers[index] = rank;
  }

  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < M; i++) {
      const r = this.registers[i];
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const raw = (ALPHA * M * M) / sum;
    if (raw <= 2.5 * M && zeros > 0) return Math.round(M * Math.log(M / zeros));
    return Math.round(raw);
  }
}
