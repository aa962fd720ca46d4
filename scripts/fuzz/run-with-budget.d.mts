export interface BudgetedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Why the process was killed (CPU or wall time), or undefined when it ended by itself. */
  timedOut: string | undefined;
  stdout: string;
  stderr: string;
}
export function runWithBudget(args: string[], cwd: string, cpuLimit: number, wallLimit: number): Promise<BudgetedRun>;
