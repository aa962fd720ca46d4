// Runs one fuzzed scan under a CPU-time budget and a wall-time bound (see scripts/fuzz.mjs).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux that Node supports

/** CPU seconds (user + system, all threads) that process `pid` has used, or undefined without /proc. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * Runs `node ...args`; kills it when it has used `cpuLimit` seconds of CPU time or `wallLimit` seconds of
 * wall time (`cpuLimit` of wall time where /proc cannot be read). Resolves with its exit, output
 * and why it was killed, if it was.
 */
export function runWithBudget(args, cwd, cpuLimit, wallLimit) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    const started = Date.now();
    const measurable = cpuSeconds(child.pid) !== undefined;
    let timedOut;
    const poll = setInterval(() => {
      const wall = (Date.now() - started) / 1000;
      const cpu = measurable ? cpuSeconds(child.pid) : undefined;
      if (cpu !== undefined && cpu >= cpuLimit) timedOut = `no answer after ${cpuLimit} s of CPU time`;
      else if (!measurable && wall >= cpuLimit) timedOut = `no answer in ${cpuLimit} s`;
      else if (wall >= wallLimit) timedOut = `no answer in ${wallLimit} s of wall time (${cpu?.toFixed(1) ?? '?'} s of CPU)`;
      if (timedOut) {
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 500);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal: timedOut ? null : signal, timedOut, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}
