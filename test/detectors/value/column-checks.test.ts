// Performance guard for value detectors' column checks: quick on columns of 1 MB adversarial
// strings, and linear in the number of sampled values (two sizes compared, no absolute times
// beyond the adversarial limit).
import { describe, expect, it } from 'vitest';
import { valueDetectors } from '../../../src/detectors/value/index.js';

const ADVERSARIAL: Record<string, string> = {
  letters: 'a'.repeat(1e6),
  capitalised: 'Ab '.repeat(333_334),
  'at-signs': '@a'.repeat(5e5),
  'date-ish': '1985-03-14 '.repeat(90_000),
  'rs-ish': 'rs1 '.repeat(250_000) + 'A',
  'slashes': 'A/'.repeat(5e5),
};
const LIMIT_MS = 200;
const withColumn = valueDetectors.filter((d) => d.column !== undefined);

/** A realistic mixed column of `n` values: names, dates, terms, handles, codes. */
function column(n: number): string[] {
  const kinds = ['Maria García', '1985-03-14', 'Catholic', '@ada_l', 'A+', 'rs4680 A/G', 'ada@example.com', 'SPD', 'Paris'];
  return Array.from({ length: n }, (_, i) => `${kinds[i % kinds.length]}${i % 7 === 0 ? '' : ` ${i}`}`);
}

function timeOf(run: () => void): number {
  globalThis.gc?.();
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('column checks', () => {
  it('exist for the detectors that judge a column as a whole', () => {
    expect(withColumn.map((d) => d.id).sort()).toEqual(
      ['blood-group', 'date-of-birth', 'email', 'ethnicity', 'gender', 'genotype', 'hr-oib', 'name-dictionary', 'political-party', 'religion', 'sexual-orientation', 'social-handle', 'trade-union'],
    );
  });

  for (const detector of withColumn) {
    it(`${detector.id} stays under ${LIMIT_MS} ms on a column of 1 MB adversarial strings`, () => {
      for (const [name, value] of Object.entries(ADVERSARIAL)) {
        const elapsed = timeOf(() => detector.column!([value, value, value]));
        expect(elapsed, `${detector.id} on ${name}`).toBeLessThan(LIMIT_MS);
      }
    });

    it(`${detector.id} takes linear time in the number of values`, () => {
      // Twice the values: linear is 2x the time, quadratic 4x; 3x leaves room for noise.
      // Sizes large enough that a collection or a busy neighbour on CI's two shared cores (one
      // stalled 10,000-value run took 7 ms against 1.7 ms) is small next to the work itself.
      const small = column(20_000);
      const large = column(40_000);
      // Warm up on the larger column: the name dictionary decodes on first use, and the heap grows
      // to hold a column once, not during the timed runs.
      detector.column!(large);
      // The best of three runs, in up to five attempts: the shared machine's noise (a collection,
      // a busy neighbour) only ever adds time, and a quadratic check fails every attempt.
      const best = (values: string[]) => Math.min(...[0, 1, 2].map(() => timeOf(() => detector.column!(values))));
      const ratios: string[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        const [t1, t2] = [best(small), best(large)];
        if (t2 < 3 * t1 + 2) return;
        ratios.push(`${t2.toFixed(1)} ms vs ${t1.toFixed(1)} ms`);
      }
      expect.fail(`${detector.id}: twice the values took over three times as long in every attempt (${ratios.join('; ')})`);
    });
  }
});
