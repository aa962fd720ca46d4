// Linear-time guard: runs a workload at a small size and at four times that size and checks that
// the time grows like the size, not like its square. No absolute time limit, so a slow machine
// passes and a quadratic algorithm fails (16× the time where linear work takes 4×).
import { expect } from 'vitest';

/** Best of `runs` timings of `work`, in milliseconds: the minimum filters scheduler noise. */
async function bestTime(work: () => unknown, runs: number): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export interface LinearTimeOptions {
  /** Timings per size; the best counts. */
  runs?: number;
  /** Allowed ratio of time(4n) to time(n): 4 is linear, 16 quadratic. */
  maxRatio?: number;
  /**
   * Milliseconds added to time(n) before the ratio is applied, so that a workload too fast to
   * time (a few ms) does not fail on noise. Keep it small next to time(n) at the sizes chosen.
   */
  noiseMs?: number;
}

/**
 * Asserts that `makeWork(size)` does work linear in `size`: `prepare` builds the input outside
 * the timing, `run` is timed at `size` and `4 * size`.
 */
export async function expectLinearTime<Input>(
  label: string,
  size: number,
  prepare: (size: number) => Input,
  run: (input: Input) => unknown,
  options: LinearTimeOptions = {},
): Promise<void> {
  const { runs = 3, maxRatio = 8, noiseMs = 5 } = options;
  const small = prepare(size);
  const large = prepare(size * 4);
  await run(small); // warm up: compile the code paths before timing
  await run(large);
  // A loaded CI machine (other test files run on the same two cores) can stall one timing for a
  // GC or a descheduled thread; quadratic work fails every attempt, noise does not. Up to three
  // measurements, interleaved so that a slow spell hits both sizes alike.
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    smallMs = Math.min(smallMs, await bestTime(() => run(small), runs));
    largeMs = Math.min(largeMs, await bestTime(() => run(large), runs));
    if (largeMs < maxRatio * (smallMs + noiseMs)) break;
  }
  expect(largeMs, `${label}: ${size} → ${smallMs.toFixed(1)} ms, ${size * 4} → ${largeMs.toFixed(1)} ms`).toBeLessThan(
    maxRatio * (smallMs + noiseMs),
  );
}
