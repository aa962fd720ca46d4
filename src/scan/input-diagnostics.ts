// One input's errors and warnings as result entries: shared by whole-file scans (scan-input.ts)
// and by the range tasks of a split file and their merge (split-input.ts).
import type { ScanError } from '../model/result.js';

const MAX_WARNINGS_PER_INPUT = 20;

/** The entry for a detector that threw on this input. */
export function detectorFailure(file: string, id: string, error: unknown): ScanError {
  // The message of a detector's exception could quote the value: keep only its type.
  const kind = error instanceof Error ? error.name : typeof error;
  return { code: 'detector-error', level: 'error', file, message: `detector ${id} failed (${kind}) and was skipped for this input` };
}

export function describe(error: unknown): { message: string; line?: number } {
  if (error instanceof Error) {
    const line = (error as { line?: unknown }).line;
    return typeof line === 'number' ? { message: error.message, line } : { message: error.message };
  }
  return { message: String(error) };
}

/** Collects one input's errors and warnings, capping warnings so a ragged file cannot flood the report. */
export class InputDiagnostics {
  readonly errors: ScanError[] = [];
  private warnings = 0;
  private readonly detectorFailures = new Set<string>();
  constructor(readonly file: string) {}

  /** A warning, or with level `error` a problem that lost rows while reading went on (exit 2, never capped). */
  warn(message: string, line?: number, level?: 'error'): void {
    if (level === 'error') {
      this.errors.push({ code: 'source-error', level: 'error', file: this.file, message, ...(line ? { line } : {}) });
      return;
    }
    this.warnings++;
    if (this.warnings <= MAX_WARNINGS_PER_INPUT) this.errors.push({ code: 'source-warning', level: 'warning', file: this.file, message, ...(line ? { line } : {}) });
  }

  error(error: unknown, suffix = ''): void {
    const d = describe(error);
    this.errors.push({ code: 'source-error', level: 'error', file: this.file, ...d, message: d.message + suffix });
  }

  detectorFailed(id: string, error: unknown): void {
    if (this.detectorFailures.has(id)) return;
    this.detectorFailures.add(id);
    this.errors.push(detectorFailure(this.file, id, error));
  }

  done(): ScanError[] {
    if (this.warnings > MAX_WARNINGS_PER_INPUT) {
      this.errors.push({ code: 'source-warning', level: 'warning', file: this.file, message: `${this.warnings - MAX_WARNINGS_PER_INPUT} more warnings not shown` });
    }
    return this.errors;
  }
}
