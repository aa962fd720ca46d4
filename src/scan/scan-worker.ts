// Worker-thread entry: scans the inputs the pool sends, one at a time, and posts back plain data.
import { parentPort } from 'node:worker_threads';
import { scanInput, type InputTask } from './scan-input.js';
import { keepNurseryAtStartSize } from './gc-flags.js';

// This worker's isolate reset the process-wide growth factor when it was created (gc-flags.ts).
keepNurseryAtStartSize();

export type WorkerReply =
  | { type: 'progress'; rows: number; bytes: number; totalBytes: number | undefined }
  | { type: 'done'; outcome: Awaited<ReturnType<typeof scanInput>> };

/** Progress is posted at most this often: a message per 64 KiB chunk cost the main thread ~1 %. */
const PROGRESS_EVERY_MS = 100;

const port = parentPort;
if (port) {
  port.on('message', (task: InputTask) => {
    let last = 0;
    void scanInput(task, (rows, bytes, totalBytes) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      port.postMessage({ type: 'progress', rows, bytes, totalBytes } satisfies WorkerReply);
    }).then((outcome) => port.postMessage({ type: 'done', outcome } satisfies WorkerReply));
  });
}
