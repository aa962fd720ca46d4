// Runs the inputs of one scan as tasks: plans the byte ranges of big files whose kind can be
// split (split-input.ts), runs every task on the worker pool, merges range profiles as they
// arrive, and hands back one outcome per input in input order.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { InputOutcome, InputTask } from './scan-input.js';
import type { ScanOptions } from './pipeline.js';
import { WorkerPool } from './worker-pool.js';
import { tuneGarbageCollection } from './gc-flags.js';
import { DEFAULT_RANGE_BYTES, SplitMerger, maySplit, planSplit } from './split-input.js';

/** Below this much input, starting workers (each loads every parser) costs more than it saves. */
const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;

/**
 * Scans every input, one outcome per input in input order. A big CSV or NDJSON file becomes several range
 * tasks (split-input.ts) whose profiles are merged as they arrive; a file whose split point
 * proved wrong is read again in one piece.
 */
export async function scanInputs(inputs: readonly InputTask[], options: ScanOptions): Promise<InputOutcome[]> {
  const rangeBytes = options.rangeBytes ?? DEFAULT_RANGE_BYTES;
  const sizes = await Promise.all(inputs.map(async (input) => (input.file === undefined ? 0 : stat(input.file).then((s) => s.size, () => 0))));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  const severalTasks = inputs.length > 1 || inputs.some((input, i) => maySplit(input, sizes[i], rangeBytes));
  const jobs = options.jobs ?? (severalTasks && totalBytes >= PARALLEL_MIN_BYTES ? availableParallelism() : 1);
  tuneGarbageCollection();
  // Started before planning, so the workers boot while the ranges are planned.
  const pool = new WorkerPool(jobs);
  try {
    return await scanPlanned(inputs, sizes, rangeBytes, pool, options);
  } finally {
    await pool.close();
  }
}

/** Plans the range tasks of the big files of splittable kinds, runs every task on the pool, merges and classifies. */
async function scanPlanned(inputs: readonly InputTask[], sizes: readonly number[], rangeBytes: number, pool: WorkerPool, options: ScanOptions): Promise<InputOutcome[]> {
  const tasks: InputTask[] = [];
  /** Per task: the merger of its file's ranges, if it is one. */
  const mergerOfTask: Array<SplitMerger | undefined> = [];
  /** Per input: its (first) task and, when split, the merger of its range tasks. */
  const plan: Array<{ first: number; merger?: SplitMerger }> = [];
  for (const [i, input] of inputs.entries()) {
    const size = sizes[i];
    const split = await planSplit(input, size, rangeBytes);
    const merger = split ? new SplitMerger(input, split.ranges.length, split.opened, split.split) : undefined;
    plan.push({ first: tasks.length, ...(merger ? { merger } : {}) });
    if (split && merger) {
      split.ranges.forEach((r, index) => {
        tasks.push({ ...input, range: { ...r, index, count: split.ranges.length, fileBytes: size } });
        mergerOfTask.push(merger);
      });
    } else {
      tasks.push(input);
      mergerOfTask.push(undefined);
    }
  }
  const progress = new SplitProgress(options.onProgress, new Map(plan.flatMap((p, i) => (p.merger ? [[inputs[i].label, sizes[i]] as const] : []))));
  // A split file is classified as soon as its last range is merged, while other tasks still run.
  const finished = new Map<SplitMerger, Promise<InputOutcome | 'whole'>>();
  const outcomes = await pool.run(tasks, progress.callback, (index, outcome) => {
    const merger = mergerOfTask[index];
    if (!merger) return outcome;
    const kept = merger.add(tasks[index].range!.index, outcome);
    if (merger.complete) {
      const outcome = merger.finish();
      // Awaited below; until then a rejection must not count as unhandled.
      outcome.catch(() => undefined);
      finished.set(merger, outcome);
    }
    return kept;
  });

  const results: InputOutcome[] = [];
  const whole: number[] = [];
  for (const [i, { first, merger }] of plan.entries()) {
    const merged = merger ? await (finished.get(merger) ?? merger.finish()) : outcomes[first];
    if (merged === 'whole') whole.push(i);
    results.push(merged === 'whole' ? { label: inputs[i].label, evidence: [], errors: [] } : merged);
  }
  if (whole.length > 0) {
    const again = await pool.run(whole.map((i) => inputs[i]), progress.callback);
    whole.forEach((input, k) => (results[input] = again[k]));
  }
  return results;
}

/** Sums the progress of a split file's ranges, so the progress line shows one input of its whole size. */
class SplitProgress {
  private readonly byTask = new Map<number, { label: string; rows: number; bytes: number }>();
  constructor(
    private readonly onProgress: ScanOptions['onProgress'],
    /** Split files by label, with their sizes. */
    private readonly splitSizes: ReadonlyMap<string, number>,
  ) {}

  readonly callback = (label: string, rows: number, bytes: number, totalBytes: number | undefined, task: number): void => {
    if (!this.onProgress) return;
    const size = this.splitSizes.get(label);
    if (size === undefined) return this.onProgress(label, rows, bytes, totalBytes);
    this.byTask.set(task, { label, rows, bytes });
    let sumRows = 0;
    let sumBytes = 0;
    for (const p of this.byTask.values()) {
      if (p.label !== label) continue;
      sumRows += p.rows;
      sumBytes += p.bytes;
    }
    this.onProgress(label, sumRows, sumBytes, size);
  };
}
