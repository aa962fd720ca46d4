// Runs the CLI in-process with a fake io, capturing stdout, stderr and the exit code.
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const FIXED_NOW = new Date('2026-11-30T12:00:00Z');

export async function runCli(args: string[], options: { cwd: string; tty?: boolean; env?: Record<string, string> }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const decode = (chunk: string | Uint8Array): string => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  const io: Io = {
    stdout: { write: (c) => (stdout += decode(c)), isTTY: options.tty ?? false },
    stderr: { write: (c) => (stderr += decode(c)), isTTY: false },
    cwd: options.cwd,
    env: { NO_COLOR: '1', ...options.env },
    now: () => FIXED_NOW,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
