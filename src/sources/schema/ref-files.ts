// The only way a `$ref` reaches the disk: a resolver for @apidevtools/json-schema-ref-parser that
// reads regular files inside the scanned root, up to a size cap, and refuses everything else with
// a reason. The parser's own file resolver reads any path it is given (a schema could pull
// /etc/passwd or another project's schemas into the report, hang on a FIFO, or read /dev/zero
// until memory runs out), so it is replaced, not configured.
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One referenced file may hold at most this much; a hand-written schema part is far smaller. */
export const MAX_REF_FILE_BYTES = 16 * 1024 * 1024;
/** All the files one schema references, together. */
export const MAX_REF_TOTAL_BYTES = 64 * 1024 * 1024;

/** O_NONBLOCK keeps open() of a FIFO swapped in after the check from waiting for a writer. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A reference that names a scheme (`https:`, `urn:`, `ftp:`), but not `file:` or a drive letter. */
export function isNonFileUri(ref: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(ref)?.[1];
  return scheme !== undefined && scheme.length > 1 && scheme.toLowerCase() !== 'file';
}

/** The file-system path a `$ref` (without its `#fragment`) points at, seen from the file holding it. */
export function refTargetPath(ref: string, fromFile: string): string | undefined {
  const target = ref.split('#')[0];
  if (target === '' || isNonFileUri(target)) return undefined;
  return uriToPath(target, path.dirname(fromFile));
}

function uriToPath(uri: string, base: string): string {
  const withoutHash = uri.split('#')[0];
  if (/^file:/i.test(withoutHash)) {
    try {
      return fileURLToPath(withoutHash);
    } catch {
      return withoutHash;
    }
  }
  let decoded = withoutHash;
  try {
    decoded = decodeURIComponent(withoutHash);
  } catch {
    // A stray % is part of the file name.
  }
  return path.resolve(base, decoded);
}

/** Refused references by the absolute path they pointed at, with the reason shown in the warning. */
export type RefusedRefs = Map<string, string>;

export interface ConfinedResolver {
  /** The resolver to pass as `resolve.file`. */
  resolver: { order: number; canRead: (file: { url: string }) => boolean; read: (file: { url: string }) => Promise<Buffer> };
  refused: RefusedRefs;
}

/**
 * A file resolver confined to `scanRoot` (compared after resolving symlinks with realpath on
 * both sides, so a link inside the root to a file outside it is refused too).
 */
export function confinedFileResolver(scanRoot: string): ConfinedResolver {
  const refused: RefusedRefs = new Map();
  let budget = MAX_REF_TOTAL_BYTES;
  const realRoot = realpath(scanRoot).catch(() => path.resolve(scanRoot));
  const refuse = (target: string, reason: string): never => {
    refused.set(target, reason);
    throw new Error(reason);
  };
  const read = async (file: { url: string }): Promise<Buffer> => {
    const target = uriToPath(file.url, process.cwd());
    const real = await realpath(target).catch(() => refuse(target, 'the referenced file does not exist'));
    if (!isInside(real, await realRoot)) refuse(target, 'it points outside the scanned folder');
    const info = await stat(real).catch(() => refuse(target, 'the referenced file could not be read'));
    if (!info.isFile()) refuse(target, 'it is not a regular file');
    if (info.size > MAX_REF_FILE_BYTES) refuse(target, `the referenced file is larger than ${MAX_REF_FILE_BYTES / 1024 / 1024} MiB`);
    if (info.size > budget) refuse(target, `the files this schema references exceed ${MAX_REF_TOTAL_BYTES / 1024 / 1024} MiB together`);
    const bytes = await readRegularFile(real, Math.min(MAX_REF_FILE_BYTES, budget)).catch((error: unknown) =>
      refuse(target, error instanceof RefusedFileError ? error.message : 'the referenced file could not be read'),
    );
    budget -= bytes.length;
    return bytes;
  };
  return { resolver: { order: 100, canRead: (file) => !isNonFileUri(file.url), read }, refused };
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

class RefusedFileError extends Error {}

/** Reads a file of at most `limit` bytes, checking again on the open handle that it is a regular file. */
async function readRegularFile(file: string, limit: number): Promise<Buffer> {
  const handle = await open(file, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new RefusedFileError('it is not a regular file');
    if (info.size > limit) throw new RefusedFileError(`the referenced file is larger than the ${Math.round(limit / 1024 / 1024)} MiB left to read`);
    // One byte more than the size, so a file that grows while it is read is noticed, not cut.
    const buffer = Buffer.alloc(info.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > info.size) throw new RefusedFileError('the referenced file changed while it was read');
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
