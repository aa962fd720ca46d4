// Worker-thread entry: scans the inputs the pool sends, one at a time, and posts back plain data.
import { parentPort } from 'node:worker_threads';
import { scanInput, type InputTask } from './scan-input.js';

export type WorkerReply =
  | { type: 'progress'; rows: number; bytes: number; totalBytes: number | undefined }
  | { type: 'done'; outcome: Awaited<ReturnType<typeof scanInput>> };

const port = parentPort;
if (port) {
  port.on('message', (task: InputTask) => {
    void scanInput(task, (rows, bytes, totalBytes) => port.postMessage({ type: 'progress', rows, bytes, totalBytes } satisfies WorkerReply)).then((outcome) =>
      port.postMessage({ type: 'done', outcome } satisfies WorkerReply),
    );
  });
}
