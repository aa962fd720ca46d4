// The files a pull request touched, from git: `git diff --name-only REF...HEAD` (committed on the
// branch since it left REF) plus uncommitted and untracked files, so `--changed-only` scans what
// the change touched. Only src/cli runs child processes.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from './errors.js';

const run = promisify(execFile);

async function git(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/** NUL-separated output (`-z`): file names may contain newlines and are not quoted. */
function namesOf(output: string): string[] {
  return output.split('\0').filter((name) => name !== '');
}

/** Absolute paths of files changed since `since` (deleted files included; callers intersect). */
export async function changedFilesSince(since: string, cwd: string): Promise<Set<string>> {
  let top: string;
  try {
    top = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch {
    throw new UsageError(`--changed-only needs a git repository, and ${cwd} is not inside one (or git is not installed)`);
  }
  if (since.startsWith('-')) throw new UsageError(`--since expects a git ref, got '${since}'`);
  try {
    await git(['rev-parse', '--verify', '--quiet', `${since}^{commit}`], cwd);
  } catch {
    throw new UsageError(`--since: '${since}' is not a commit in this repository (in CI, fetch it first: git fetch origin ${since})`);
  }
  const [committed, uncommitted, untracked] = await Promise.all([
    git(['diff', '--name-only', '-z', `${since}...HEAD`, '--'], top),
    git(['diff', '--name-only', '-z', 'HEAD', '--'], top),
    git(['ls-files', '--others', '--exclude-standard', '-z'], top),
  ]);
  return new Set([...namesOf(committed), ...namesOf(uncommitted), ...namesOf(untracked)].map((name) => path.resolve(top, name)));
}
