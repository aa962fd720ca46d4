// What a source kind can do besides opening: the scan engine (src/scan/) reads only these
// declarations, never a file name or a source's internals. A registry entry is an opener alone
// (read whole, in one task) or a `SourceKind` that adds capabilities:
// - `split`: the file can be cut into byte ranges read on separate threads, whose profiles
//   merge; the source plans the ranges itself (it alone knows where records end).
// - `pushdown`: the engine holding the data samples rows and counts inside itself (databases,
//   warehouses, database files); the scan engine hands it a row limit instead of reading all.
import type { OpenedSource } from '../model/dataset.js';

/** Part of a file, in bytes. */
export interface ByteRange {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface SplitCapability {
  /**
   * The ranges to read the file in (about `rangeBytes` each, none for a file under
   * `minSplitBytes`), planned from the file as opened; undefined or one range when it cannot be
   * cut (compressed, UTF-16, too irregular) and is read whole.
   */
  planRanges(file: string, sizeBytes: number, opened: OpenedSource, rangeBytes: number, minSplitBytes: number): Promise<ByteRange[] | undefined>;
  /** What its capped warnings are called in the summary line ("12 CSV problems in total …"). */
  warningsName: string;
  /** Ranges may meet fields in different orders (NDJSON keys): their profiles merge fields by name. */
  fieldsByName?: boolean;
}

export interface SourceCapabilities {
  split?: SplitCapability;
  /** Samples (to a row limit) and counts inside the engine that holds the data. */
  pushdown?: boolean;
}

/** A registry entry with capabilities: its opener and what the engine may do with it. */
export interface SourceKind<Opener> extends SourceCapabilities {
  open: Opener;
}

/** A registry entry as written: an opener alone, or one with capabilities. */
export type RegistryEntry<Opener> = Opener | SourceKind<Opener>;

export function openerOf<Opener>(entry: RegistryEntry<Opener>): Opener {
  return typeof entry === 'function' ? entry : (entry as SourceKind<Opener>).open;
}

export function capabilitiesOf<Opener>(entry: RegistryEntry<Opener> | undefined): SourceCapabilities {
  if (entry === undefined || typeof entry === 'function') return {};
  const { split, pushdown } = entry as SourceKind<Opener>;
  return { ...(split ? { split } : {}), ...(pushdown ? { pushdown } : {}) };
}

/** Every entry of a registry with the same capabilities (each database samples inside itself). */
export function withCapabilities<Opener>(entries: Record<string, Opener>, capabilities: SourceCapabilities): Record<string, SourceKind<Opener>> {
  return Object.fromEntries(Object.entries(entries).map(([key, open]) => [key, { open, ...capabilities }]));
}
