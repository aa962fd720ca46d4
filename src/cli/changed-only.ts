// `--changed-only --since REF`: narrows the scan to the discovered inputs git reports as changed,
// and keeps only the findings those inputs can decide. A declared dataset that was simply not
// scanned is not stale, and purpose-level findings belong to datamin.yaml, so they count only
// when datamin.yaml itself changed; the full scan on the main branch still sees everything.
import { realpath } from 'node:fs/promises';
import type { ScanResult } from '../model/result.js';
import { discoverInputs } from '../sources/discover.js';
import { isUrlInput } from '../sources/index.js';
import { changedFilesSince } from './git.js';

export interface ChangedSelection {
  /** Inputs to scan: changed files, database URLs as given, and inputs that matched nothing (reported as missing). */
  paths: string[];
  changed: ReadonlySet<string>;
  /** Each selected file → the folder discovery found it in, so its `$ref`s reach as far as in a full scan. */
  roots: Map<string, string>;
  /** Discovered files before narrowing, for the progress note. */
  discovered: number;
}

async function real(file: string): Promise<string> {
  return realpath(file).catch(() => file);
}

export async function selectChanged(
  paths: readonly string[],
  options: { cwd: string; since: string; include?: string[]; exclude?: string[] },
): Promise<ChangedSelection> {
  const changed = new Set(await Promise.all([...(await changedFilesSince(options.since, options.cwd))].map(real)));
  const urls = paths.filter(isUrlInput);
  const { files, missing, roots } = await discoverInputs(
    paths.filter((p) => !isUrlInput(p)),
    { cwd: options.cwd, ...(options.include ? { include: options.include } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) },
  );
  const selected: string[] = [];
  for (const file of files) if (changed.has(await real(file))) selected.push(file);
  return { paths: [...selected, ...missing, ...urls], changed, roots, discovered: files.length };
}

/** Whether a changed-only scan can vouch for findings about `dataset` (see the file comment). */
export async function decidableDatasets(result: ScanResult, changed: ReadonlySet<string>, configFile: string | undefined): Promise<(dataset: string | undefined) => boolean> {
  const scanned = new Set(result.datasets.map((d) => d.name));
  const configChanged = configFile !== undefined && changed.has(await real(configFile));
  return (dataset) => (dataset === undefined ? configChanged : scanned.has(dataset));
}
