// Preloaded into every benchmarked process (`node --import`): on exit, writes the process's peak
// resident set (getrusage ru_maxrss, all threads included) and its CPU seconds as JSON to the
// file named by BENCH_RSS_FILE. Exact, unlike polling /proc, which misses a peak reached between
// polls or right before exit; CPU time is less disturbed than wall time on a shared machine.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ peak: usage.maxRSS * 1024, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
  });
}
