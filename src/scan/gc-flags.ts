// V8 garbage-collector settings for a scan, set once per process before the scan allocates much
// (worker threads share them: V8 flags are per process).
//
// Heap growth: a scan promotes a steady stream of short-lived data to the old generation (values
// a sample keeps, range samples merged and dropped). V8's default growing factor (up to 4× the
// live size) let that garbage pile up to 60–70 MB per thread before a full GC. Growing by 20 %
// instead keeps peak RSS down without measurable cost (measured on 1 GB: default scan 187 →
// 168 MB, `--sample all` 233 → 184 MB, two files on two threads 220 → 185 MB).
//
// No parallel scavenges: a scan thread's young generation is small (12 MB in workers) and its
// scavenges short, so handing each one to helper threads costs more in synchronisation than it
// saves, and when every core runs a scan thread the helpers only steal time from another scan.
// Measured on the 2-core benchmark machine, two 500 MB files: `--jobs 2` 7.00 → 6.26 s (best of
// three, interleaved), `--jobs 1` unchanged (9.94 → 9.87 s). V8 reads this flag at every
// scavenge, so setting it at run time takes effect. Not every GC flag can be flipped this way:
// `--single-threaded-gc` (which also turns concurrent marking off) made V8 abort mid-scan.
//
// Nursery growth: V8 doubles a thread's young generation whenever many objects survive it, and a
// scan's survivors are long-lived (lexicons loaded once, kept samples, tallies), so the main
// thread's nursery grew to 2 × 16 MB and stayed there, mostly empty (workers have a cap of their
// own: resourceLimits in worker-pool.ts). A growth factor of 1 keeps it at its start-up size;
// V8 reads the factor at each growth, so it can be set at run time (the size flags cannot), but
// every new isolate resets a factor below 2 to 2 (Heap::ConfigureHeap), so each worker sets it
// again when it starts. bin/datamin.js sets it before the bundle loads, whose loading alone grew
// the nursery. Measured on the 1 GB bench export, interleaved runs: `--sample all` peak RSS
// 200–208 → 162–167 MB for 2–8 % more wall time (more scavenges); the default scan 178 → 148 MB.
import v8 from 'node:v8';

const NURSERY_FLAG = '--semi-space-growth-factor=1';
const GC_FLAGS = ['--heap-growing-percent=20', '--no-parallel-scavenge', NURSERY_FLAG];
/** Node majors whose V8 is known to have these flags (an unknown flag prints an error on stderr). */
const CHECKED_NODE_MAJORS = new Set([20, 22, 24]);

let applied = false;

/** Sets `flags` where this Node's V8 is known to have them. */
function setKnownFlags(flags: readonly string[]): void {
  if (!CHECKED_NODE_MAJORS.has(Number(process.versions.node.split('.')[0]))) return;
  for (const flag of flags) v8.setFlagsFromString(flag);
}

/** Sets the scan's GC flags once per process. */
export function tuneGarbageCollection(): void {
  if (applied) return;
  applied = true;
  setKnownFlags(GC_FLAGS);
}

/** Sets the nursery's growth factor again: a worker calls it once its isolate exists (see above). */
export function keepNurseryAtStartSize(): void {
  setKnownFlags([NURSERY_FLAG]);
}
