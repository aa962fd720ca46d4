// scripts/fuzz/run-with-budget.mjs: a fuzzed scan is a hang when it spends its CPU budget, or
// when it sits blocked past the wall bound; a scan that only waits for a busy machine is neither.
import { describe, expect, it } from 'vitest';
import { runWithBudget } from '../../scripts/fuzz/run-with-budget.mjs';

describe('runWithBudget', () => {
  it('stops a process that spins past its CPU budget and says it was CPU time', async () => {
    const run = await runWithBudget(['-e', 'for(;;){}'], process.cwd(), 1, 60);
    expect(run.timedOut).toMatch(/1 s of CPU time/);
  });

  it('stops a process blocked without using CPU at the wall bound', async () => {
    const started = Date.now();
    const run = await runWithBudget(['-e', 'setTimeout(() => {}, 1e6)'], process.cwd(), 60, 2);
    expect(run.timedOut).toMatch(/2 s of wall time/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('lets a process that ends in time give its exit code and output', async () => {
    const run = await runWithBudget(['-e', 'console.log("done"); process.exit(3)'], process.cwd(), 30, 60);
    expect(run).toMatchObject({ code: 3, timedOut: undefined, stdout: 'done\n' });
  });
});
