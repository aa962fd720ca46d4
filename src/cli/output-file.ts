// Writing a report, baseline or draft: atomically (a temporary file beside the target, then a
// rename), so a full disk or a crash leaves the previous file whole instead of a truncated one;
// and never onto an input of the same run.
import { randomBytes } from 'node:crypto';
import { mkdir, open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.js';

/** A report that could not be written; the file it would have replaced is unchanged. */
export class OutputError extends Error {
  readonly code = 'output-error';
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    const reason = (cause as NodeJS.ErrnoException | undefined)?.code ?? (cause instanceof Error ? cause.name : 'error');
    super(`cannot write this file (${reason}); any previous version of it is unchanged`);
    this.name = 'OutputError';
  }
}

/**
 * Writes `data` to `file` through a temporary file in the same folder (same file system, so the
 * rename is atomic) and keeps the mode of the file it replaces. A target that exists but is not
 * a regular file (/dev/stdout, a FIFO) cannot be replaced and is written in place. `shown` is
 * the name errors use.
 */
export async function writeOutputFile(file: string, data: string | Uint8Array, shown = file): Promise<void> {
  // Through a symlink the file it points at is replaced, not the link.
  const target = await realpath(file).catch(() => path.resolve(file));
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile()) {
    await writeFile(target, data).catch((error: unknown) => {
      throw new OutputError(shown, error);
    });
    return;
  }
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    const handle = await open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new OutputError(shown, error);
  }
}

/**
 * Refuses (usage error, exit 2) to write any of `outputs` onto one of `inputs`: the same file by
 * device and inode, so a symlink or hard link to an input counts too. Outputs that do not exist
 * yet cannot be inputs.
 */
export async function refuseOutputsOntoInputs(outputs: ReadonlyArray<{ file: string; shown: string }>, inputs: readonly string[]): Promise<void> {
  const existing: Array<{ shown: string; key: string }> = [];
  for (const output of outputs) {
    const info = await stat(output.file).catch(() => undefined);
    if (info?.isFile()) existing.push({ shown: output.shown, key: `${info.dev}:${info.ino}` });
  }
  if (existing.length === 0) return;
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    const hit = info && existing.find((output) => output.key === `${info.dev}:${info.ino}`);
    if (hit) throw new UsageError(`'${hit.shown}' is one of the scanned inputs; writing the report there would overwrite it (write it elsewhere, or --exclude it from the scan)`);
  }
}

/** The scan engine's `checkInputs` for a run that writes `outputs` (as given): none may be an input. */
export function outputsGuard(outputs: readonly string[], cwd: string): { checkInputs?: (files: readonly string[]) => Promise<void> } {
  if (outputs.length === 0) return {};
  return { checkInputs: (files) => refuseOutputsOntoInputs(outputs.map((file) => ({ file: path.resolve(cwd, file), shown: file })), files) };
}
