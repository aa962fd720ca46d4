// The reporter registry: format id → reporter. `--format` choices come from its keys.
import { gitlab } from './gitlab.js';
import { htmlReport } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { pdfReport } from './pdf.js';
import { sarif } from './sarif.js';
import { table } from './table.js';
import type { Reporter } from './types.js';
import type { FormatId } from './formats.js';

export const reporters = {
  gitlab,
  html: htmlReport,
  json,
  junit,
  markdown,
  pdf: pdfReport,
  sarif,
  table,
} satisfies Record<FormatId, Reporter>;

export { FORMAT_IDS, type FormatId } from './formats.js';
export type { Reporter, ReporterOptions } from './types.js';
