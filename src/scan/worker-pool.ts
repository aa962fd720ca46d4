// Runs input tasks on up to `jobs` threads (the main thread and jobs − 1 workers) and returns the
// outcomes in task order, so the result is the same whatever order the inputs finish in.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { scanInput, type InputOutcome, type InputTask } from './scan-input.js';
import type { WorkerReply } from './scan-worker.js';

const WORKER_FILE = fileURLToPath(new URL('./scan-worker.js', import.meta.url));
/**
 * A worker's young generation, in MB (V8's default grows to 32+). A worker streams 64 KiB chunks
 * whose rows die young, so a small nursery costs little time and keeps the peak RSS of a
 * two-thread scan of 1 GB under 200 MB (measured: about 20 MB less; 48 MB made a worker's ranges
 * up to 14 % faster, but the main thread's no faster, for 20–35 MB more peak RSS).
 */
export const WORKER_YOUNG_GENERATION_MB = 12;
const newWorker = (): Worker => new Worker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });

/** Workers need the compiled script; running from TypeScript sources (tests) stays in-process. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

/** Progress of one task: its input's label, rows and bytes read, its size when known, and the task's index. */
export type TaskProgressCallback = (label: string, rows: number, bytes: number, totalBytes: number | undefined, task: number) => void;

/**
 * Called with each outcome as it arrives (in completion order); what it returns is kept as the
 * task's outcome, so a caller can fold a big outcome away (split-input.ts merges range profiles).
 */
export type OutcomeCallback = (index: number, outcome: InputOutcome) => InputOutcome;

/**
 * The main thread plus `jobs` − 1 worker threads. Workers start when the pool is made, so they
 * load their modules while the main thread still plans the tasks (about 0.2 s each).
 */
export class WorkerPool {
  private readonly workers: Worker[];

  constructor(jobs: number) {
    this.workers = jobs > 1 && workersAvailable() ? Array.from({ length: jobs - 1 }, newWorker) : [];
  }

  /** Runs `tasks` on the main thread and the workers; a worker that crashes is replaced. */
  async run(tasks: readonly InputTask[], onProgress?: TaskProgressCallback, onOutcome: OutcomeCallback = (_, o) => o): Promise<InputOutcome[]> {
    const outcomes: InputOutcome[] = new Array<InputOutcome>(tasks.length);
    const progressOf = (index: number, task: InputTask) => (rows: number, bytes: number, totalBytes: number | undefined) => onProgress?.(task.label, rows, bytes, totalBytes, index);
    let next = 0;
    // The main thread takes tasks too: one worker fewer to start (each holds its own heap), which
    // keeps peak memory down; it yields between chunks, so worker replies are handled promptly.
    const runHere = async (): Promise<void> => {
      while (next < tasks.length) {
        const index = next++;
        outcomes[index] = onOutcome(index, await scanInput(tasks[index], progressOf(index, tasks[index])));
      }
    };
    const runOn = async (slot: number): Promise<void> => {
      while (next < tasks.length) {
        const index = next++;
        const task = tasks[index];
        const outcome = await this.post(slot, task, progressOf(index, task)).catch(async (error: unknown) => {
          // A crashed worker is replaced so the remaining inputs still run.
          await this.workers[slot].terminate();
          this.workers[slot] = newWorker();
          return {
            label: task.label,
            evidence: [],
            errors: [{ code: 'source-error', level: 'error' as const, file: task.label, message: `worker failed: ${error instanceof Error ? error.message : String(error)}` }],
          };
        });
        outcomes[index] = onOutcome(index, outcome);
      }
    };
    const slots = this.workers.slice(0, Math.max(0, tasks.length - 1)).map((_, slot) => runOn(slot));
    await Promise.all([runHere(), ...slots]);
    return outcomes;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private post(slot: number, task: InputTask, progress: (rows: number, bytes: number, totalBytes: number | undefined) => void): Promise<InputOutcome> {
    const worker = this.workers[slot];
    return new Promise<InputOutcome>((resolve, reject) => {
      const onMessage = (reply: WorkerReply): void => {
        if (reply.type === 'progress') progress(reply.rows, reply.bytes, reply.totalBytes);
        else {
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve(reply.outcome);
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage(task);
    });
  }
}
