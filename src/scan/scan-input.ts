// Scans one input (a file or a database URL) to plain data: the unit of work that runs either
// in-process or in a worker thread. Every failure becomes an error entry; nothing throws.
import type { DeclaredField, OpenedSource, ReadContext } from '../model/dataset.js';
import type { ScanError, SourceSummary } from '../model/result.js';
import type { CustomDetectorSpec } from '../model/detector.js';
import { fileCapabilities, openSource, openUrl, urlCapabilities } from '../sources/index.js';
import { rowLimitFor, type SampleSize } from '../model/sample.js';
import { headerCellsAreValues } from './header-check.js';
import { DatasetProfiler, profileDataset, type ProfileOptions } from '../classify/profile-dataset.js';
import type { EvidenceData } from '../classify/evidence.js';
import { scanRange, type RangePart, type TaskRange } from './split-input.js';
import { InputDiagnostics } from './input-diagnostics.js';

export interface InputTask {
  /** Tables declared by the scanned .sql files, so a data-only dump gets its column names. */
  sqlCatalog?: Map<string, DeclaredField[]>;
  /** How the input is named in messages: a relative path, or a URL without its password. */
  label: string;
  file?: string;
  /** The folder the file was found in (discover.ts `roots`): schema `$ref`s stay inside it. */
  scanRoot?: string;
  url?: string;
  cwd: string;
  sample: SampleSize;
  /** --max-bytes: what a warehouse billed by bytes may process for this input. */
  maxBytes?: number;
  showValues: boolean;
  /** Detectors declared in datamin.yaml, as data: each thread compiles them beside the built-in ones. */
  customDetectors?: readonly CustomDetectorSpec[];
  /** One byte range of a big file split across threads (split-input.ts). */
  range?: TaskRange;
}

export interface InputOutcome {
  label: string;
  evidence: EvidenceData[];
  errors: ScanError[];
  source?: SourceSummary;
  /** A range task's profile, merged by SplitMerger on the main thread. */
  range?: RangePart;
}

async function profileOpened(opened: OpenedSource, diag: InputDiagnostics, ctx: ReadContext, options: ProfileOptions): Promise<EvidenceData[]> {
  for (const w of opened.warnings ?? []) diag.warn(w.message, w.line, w.level);
  if (opened.interleaved) {
    // Datasets may be appended while streaming (a dump declares tables as it goes).
    const profilers: DatasetProfiler[] = [];
    const profilerFor = (i: number): DatasetProfiler => (profilers[i] ??= new DatasetProfiler(opened.datasets[i], options));
    try {
      for await (const { dataset, rows } of opened.interleaved(ctx)) profilerFor(dataset).add(rows);
    } catch (error) {
      const rows = profilers.reduce((n, p) => n + p.rows, 0);
      diag.error(error, ` (the ${rows} rows before it were scanned)`);
    }
    opened.datasets.forEach((_, i) => profilerFor(i));
    return Promise.all(profilers.map((p) => p.finish()));
  }
  const evidence: EvidenceData[] = [];
  for (const dataset of opened.datasets) {
    // A file of one dataset: its bytes read tell how much of it is still to come.
    const outcome = await profileDataset(dataset, ctx, options, opened.datasets.length === 1 ? opened.sizeBytes : undefined);
    if (outcome.readError !== undefined) {
      diag.error(outcome.readError, dataset.rows || dataset.batches ? ` (the ${outcome.rowsRead} rows before it were scanned)` : '');
    }
    if (outcome.aggregateError !== undefined) diag.error(outcome.aggregateError, ` (its sampled values were scanned; ${outcome.aggregateMissing ?? 'its row count and date counts are missing'})`);
    evidence.push(outcome.evidence);
  }
  return evidence;
}

/** Rows and bytes read so far, and the input's size in bytes when known (for an ETA). */
export type InputProgressCallback = (rows: number, bytes: number, totalBytes: number | undefined) => void;

export async function scanInput(task: InputTask, onProgress?: InputProgressCallback): Promise<InputOutcome> {
  if (task.range) return scanRange({ ...task, range: task.range }, onProgress);
  const diag = new InputDiagnostics(task.label);
  let opened: OpenedSource;
  try {
    // Sources that sample inside their engine (databases) get a row limit; 'all' reads every row.
    const rowLimit = rowLimitFor(task.sample);
    if (task.url !== undefined) opened = await openUrl(task.url, { cwd: task.cwd, ...(urlCapabilities(task.url).pushdown ? { rowLimit } : {}), ...(task.maxBytes === undefined ? {} : { maxBytes: task.maxBytes }) });
    else opened = await openSource(task.file ?? task.label, task.cwd, {
        ...(fileCapabilities(task.file ?? task.label).pushdown ? { rowLimit } : {}),
        headerCellsAreValues,
        ...(task.sqlCatalog ? { sqlCatalog: task.sqlCatalog } : {}),
        ...(task.scanRoot ? { scanRoot: task.scanRoot } : {}),
      });
  } catch (error) {
    diag.error(error);
    return { label: task.label, evidence: [], errors: diag.done() };
  }
  const totalBytes = opened.sizeBytes;
  const ctx: ReadContext = { warn: (w) => diag.warn(w.message, w.line, w.level), progress: (bytes, rows) => onProgress?.(rows, bytes, totalBytes) };
  const options: ProfileOptions = {
    sample: task.sample,
    showValues: task.showValues,
    detectors: (await import('../detectors/index.js')).detectorSet(task.customDetectors),
    onDetectorError: (id, error) => diag.detectorFailed(id, error),
  };
  let evidence: EvidenceData[] = [];
  try {
    evidence = await profileOpened(opened, diag, ctx, options);
  } catch (error) {
    diag.error(error);
  } finally {
    await opened.close?.().catch((error: unknown) => diag.error(error));
  }
  const source: SourceSummary = {
    path: opened.location,
    kind: opened.kind,
    datasets: opened.datasets.map((d) => d.name),
    ...(opened.sizeBytes === undefined ? {} : { bytes: opened.sizeBytes }),
  };
  return { label: task.label, evidence, errors: diag.done(), source };
}

