// Wires one scan: discover inputs → open sources → profile → rules → one ScanResult. Failures of
// one input become entries in `errors`; every other input is still scanned.
import path from 'node:path';
import type { DatasetEvidence, PurposeMap } from '../model/rule.js';
import type { ScanError, ScanResult, Severity, SourceSummary, RuleMeta, Finding } from '../model/result.js';
import { RESULT_SCHEMA_VERSION } from '../model/result.js';
import { discoverInputs } from '../sources/discover.js';
import { openSource } from '../sources/index.js';
import { profileDataset } from '../classify/profile-dataset.js';
import { detectorSet } from '../detectors/index.js';
import { formatLocation } from './errors.js';

export interface ScanOptions {
  paths: string[];
  cwd: string;
  include?: string[];
  exclude?: string[];
  sample: number;
  showValues: boolean;
  failOn: Severity;
  now: Date;
  version: string;
  /** Progress callback for the spinner: file being read, rows so far. */
  onProgress?(file: string, rows: number): void;
}

export interface RuleStage {
  purposeMap?: PurposeMap;
  rules: RuleMeta[];
  run(datasets: DatasetEvidence[], today: string): { findings: Finding[]; errors: ScanError[] };
}

const MAX_WARNINGS_PER_FILE = 20;

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function describe(error: unknown): { message: string; line?: number } {
  if (error instanceof Error) {
    const line = (error as { line?: unknown }).line;
    return typeof line === 'number' ? { message: error.message, line } : { message: error.message };
  }
  return { message: String(error) };
}

export async function runScan(options: ScanOptions, ruleStage?: RuleStage): Promise<{ result: ScanResult; evidence: DatasetEvidence[] }> {
  const started = Date.now();
  const errors: ScanError[] = [];
  const sources: SourceSummary[] = [];
  const evidence: DatasetEvidence[] = [];
  const detectors = detectorSet();

  const { files, missing } = await discoverInputs(options.paths, {
    cwd: options.cwd,
    ...(options.include ? { include: options.include } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });
  for (const m of missing) errors.push({ code: 'source-error', level: 'error', file: m, message: 'no such file, folder or matching glob' });

  for (const file of files) {
    const rel = toPosix(path.relative(options.cwd, file)) || path.basename(file);
    let dataset;
    try {
      dataset = await openSource(file, options.cwd);
    } catch (error) {
      errors.push({ code: 'source-error', level: 'error', file: rel, ...describe(error) });
      continue;
    }
    let warnings = 0;
    const detectorErrors = new Set<string>();
    const outcome = await profileDataset(
      dataset,
      {
        warn(w) {
          warnings++;
          if (warnings <= MAX_WARNINGS_PER_FILE) errors.push({ code: 'source-warning', level: 'warning', file: rel, message: w.message, ...(w.line ? { line: w.line } : {}) });
        },
        progress(_bytes, rows) {
          options.onProgress?.(rel, rows);
        },
      },
      {
        sample: options.sample,
        showValues: options.showValues,
        detectors,
        onDetectorError(id, error) {
          if (detectorErrors.has(id)) return;
          detectorErrors.add(id);
          // The message of a detector's exception could quote the value: keep only its type.
          const kind = error instanceof Error ? error.name : typeof error;
          errors.push({ code: 'detector-error', level: 'error', file: rel, message: `detector ${id} failed (${kind}) and was skipped for this dataset` });
        },
      },
    );
    if (warnings > MAX_WARNINGS_PER_FILE) {
      errors.push({ code: 'source-warning', level: 'warning', file: rel, message: `${warnings - MAX_WARNINGS_PER_FILE} more warnings not shown` });
    }
    if (outcome.readError !== undefined) {
      const d = describe(outcome.readError);
      const rows = outcome.evidence.summary.rows ?? 0;
      errors.push({ code: 'source-error', level: 'error', file: rel, ...d, message: `${d.message} (the ${rows} rows before it were scanned)` });
    }
    evidence.push(outcome.evidence);
    sources.push({ path: dataset.location, kind: dataset.kind, datasets: [dataset.name], ...(dataset.sizeBytes === undefined ? {} : { bytes: dataset.sizeBytes }) });
  }

  const today = options.now.toISOString().slice(0, 10);
  const ruled = ruleStage ? ruleStage.run(evidence, today) : { findings: [], errors: [] };
  errors.push(...ruled.errors);

  const fields = evidence.flatMap((e) => e.fields);
  fields.sort((a, b) => cmp(a.source, b.source) || cmp(a.dataset, b.dataset));
  const result: ScanResult = {
    version: RESULT_SCHEMA_VERSION,
    tool: { name: 'datamin', version: options.version },
    startedAt: options.now.toISOString(),
    durationMs: Date.now() - started,
    settings: { sample: options.sample, redact: !options.showValues, failOn: options.failOn },
    sources: sources.sort((a, b) => cmp(a.path, b.path)),
    datasets: evidence.map((e) => e.summary).sort((a, b) => cmp(a.source, b.source) || cmp(a.name, b.name)),
    fields,
    findings: ruled.findings,
    rules: ruleStage?.rules ?? [],
    errors: errors.sort((a, b) => cmp(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0)),
  };
  return { result, evidence };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatError(e: ScanError): string {
  return `${formatLocation(e)}${e.message}`;
}
