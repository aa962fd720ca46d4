// ConfigError: one problem in datamin.yaml or rules.default.yaml, with the file, line and
// column the CLI prints as a single line (`datamin.yaml:12:5: purposes.x.legal_basis: ...`).
import { relative, isAbsolute } from 'node:path';
import type { ScanError } from '../model/index.js';

/** What kind of problem it is, so tests and the CLI can tell them apart without parsing text. */
export type ConfigErrorReason =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'yaml-syntax'
  | 'unknown-key'
  | 'missing-key'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-duration'
  | 'unknown-rule'
  | 'duplicate-rule'
  | 'unknown-category'
  | 'invalid-detector'
  | 'invalid-category';

export class ConfigError extends Error {
  /** The ScanError code every config problem shares. */
  readonly code = 'config-error';

  constructor(
    readonly reason: ConfigErrorReason,
    message: string,
    /** Path of the file, as found or as given with --config. */
    readonly file: string,
    /** 1-based; absent when the problem is the file itself (not found, unreadable). */
    readonly line?: number,
    readonly column?: number,
    /** Dotted key path inside the file (`purposes.marketing.legal_basis`); '' for the root. */
    readonly path = '',
  ) {
    super(message);
    this.name = 'ConfigError';
  }

  /** `file:line:column: message`, with `file` relative to `cwd` when given. */
  format(cwd?: string): string {
    const shown = cwd !== undefined && isAbsolute(this.file) ? relative(cwd, this.file) || this.file : this.file;
    const where = this.line === undefined ? shown : `${shown}:${this.line}:${this.column ?? 1}`;
    return `${where}: ${this.message}`;
  }

  toScanError(): ScanError {
    return {
      code: this.code,
      message: this.message,
      file: this.file,
      ...(this.line === undefined ? {} : { line: this.line, column: this.column ?? 1 }),
      level: 'error',
    };
  }
}

export function isConfigError(error: unknown): error is ConfigError {
  return error instanceof ConfigError;
}
