// The reporter registry: format id → reporter. `--format` choices come from its keys.
import { json } from './json.js';
import { table } from './table.js';
import type { Reporter } from './types.js';

export const reporters = {
  json,
  table,
} satisfies Record<string, Reporter>;

export type FormatId = keyof typeof reporters;
export const FORMAT_IDS = Object.keys(reporters) as FormatId[];
export type { Reporter, ReporterOptions } from './types.js';
