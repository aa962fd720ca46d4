// Runs input tasks on up to `jobs` worker threads and returns the outcomes in task order, so the
// result is the same whatever order the inputs finish in.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { scanInput, type InputOutcome, type InputTask } from './scan-input.js';
import type { WorkerReply } from './scan-worker.js';

const WORKER_FILE = fileURLToPath(new URL('./scan-worker.js', import.meta.url));

/** Workers need the compiled script; running from TypeScript sources (tests) stays in-process. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

/** Progress of one input: its label, rows and bytes read, and its size when known. */
export type TaskProgressCallback = (label: string, rows: number, bytes: number, totalBytes: number | undefined) => void;

export async function runTasks(tasks: readonly InputTask[], jobs: number, onProgress?: TaskProgressCallback): Promise<InputOutcome[]> {
  const outcomes: InputOutcome[] = new Array<InputOutcome>(tasks.length);
  const threads = Math.min(jobs, tasks.length);
  if (threads <= 1 || !workersAvailable()) {
    for (const [i, task] of tasks.entries()) outcomes[i] = await scanInput(task, (rows, bytes, totalBytes) => onProgress?.(task.label, rows, bytes, totalBytes));
    return outcomes;
  }
  let next = 0;
  const runWorker = async (): Promise<void> => {
    let worker = new Worker(WORKER_FILE);
    try {
      while (next < tasks.length) {
        const index = next++;
        const task = tasks[index];
        outcomes[index] = await new Promise<InputOutcome>((resolve, reject) => {
          const onMessage = (reply: WorkerReply): void => {
            if (reply.type === 'progress') onProgress?.(task.label, reply.rows, reply.bytes, reply.totalBytes);
            else {
              worker.off('message', onMessage);
              worker.off('error', reject);
              resolve(reply.outcome);
            }
          };
          worker.on('message', onMessage);
          worker.once('error', reject);
          worker.postMessage(task);
        }).catch(async (error: unknown) => {
          // A crashed worker is replaced so the remaining inputs still run.
          await worker.terminate();
          worker = new Worker(WORKER_FILE);
          return {
            label: task.label,
            evidence: [],
            errors: [{ code: 'source-error', level: 'error' as const, file: task.label, message: `worker failed: ${error instanceof Error ? error.message : String(error)}` }],
          };
        });
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, runWorker));
  return outcomes;
}
