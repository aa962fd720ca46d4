// The reporter contract (STYLE.md guideline 7): a pure function of the finished result.
import type { ScanResult } from '../model/result.js';

export interface ReporterOptions {
  /** ANSI colours (terminal only); the CLI decides from TTY, NO_COLOR and FORCE_COLOR. */
  color: boolean;
  /** Terminal width for wrapping, when known. */
  width?: number;
  /** Show fields with no personal data too (table). */
  verbose?: boolean;
}

export type Reporter = (result: ScanResult, options: ReporterOptions) => string | Uint8Array | Promise<string | Uint8Array>;
