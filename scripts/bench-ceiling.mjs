// Reference for case (f) of the benchmark: what two threads can give datamin's own reader on
// this machine. Reads every CSV of a folder with the CLI's record scanner and profiler (the same
// GC settings, sample size and worker heap limits as `datamin scan`), either all on this thread
// (`--threads 1`) or one file per worker thread (`--threads 2`), and nothing else: no start-up of
// the CLI, no planning, classification, rules or report. The ratio of the two is the most
// `--jobs 2` could reach here if the CLI around the reader took no time.
// Usage: node scripts/bench-ceiling.mjs FOLDER --threads 1|2   (prints rows=N)
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const dist = (module) => new URL(`../dist/${module}`, import.meta.url).href;
const { tuneGarbageCollection } = await import(dist('scan/gc-flags.js'));
const { WORKER_YOUNG_GENERATION_MB } = await import(dist('scan/worker-pool.js'));
const { openSource } = await import(dist('sources/index.js'));
const { DatasetProfiler, extrapolatingProgress } = await import(dist('classify/profile-dataset.js'));
/** `datamin scan`'s default --sample. */
const SAMPLE = 10_000;

async function profileFile(file) {
  const opened = await openSource(file, process.cwd());
  const dataset = opened.datasets[0];
  // No detectors: a range of a split file is profiled without them too (classification comes after).
  const profiler = new DatasetProfiler(dataset, { sample: SAMPLE, detectors: { name: [], value: [] } });
  await profiler.read(dataset, { warn() {}, progress: extrapolatingProgress(profiler, opened.sizeBytes) });
  return profiler.rows;
}

tuneGarbageCollection();
if (!isMainThread) parentPort.postMessage(await profileFile(workerData));
else {
  const folder = process.argv[2];
  const threads = Number(process.argv[process.argv.indexOf('--threads') + 1]);
  const files = readdirSync(folder).filter((f) => f.endsWith('.csv')).sort().map((f) => path.resolve(folder, f));
  let rows = 0;
  if (threads === 1) for (const file of files) rows += await profileFile(file);
  else {
    const counts = await Promise.all(
      files.map(
        (file) =>
          new Promise((resolve, reject) => {
            const worker = new Worker(fileURLToPath(import.meta.url), { workerData: file, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    );
    rows = counts.reduce((a, b) => a + b, 0);
  }
  console.log(`rows=${rows}`);
}
