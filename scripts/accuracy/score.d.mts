// Types for score.mjs, so the TypeScript regression test can score a scan.
export interface Figures {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}
export interface Score {
  fields: number;
  notScanned: number;
  field: Figures & { tn: number };
  categories: Record<string, Figures>;
  lookalikeHits: Array<{ dataset: string; field: string; got: string[] }>;
  calibration: Array<{ band: string; reported: number; confidence: number | null; precision: number | null }>;
  errors: Array<Record<string, unknown>>;
}
export const VALUE_DETECTABLE: ReadonlySet<string>;
export function score(
  labels: ReadonlyArray<{ dataset: string; field: string; categories: readonly string[]; acceptable?: readonly string[]; lookalike?: boolean }>,
  result: { fields: ReadonlyArray<{ dataset: string; field: string; categories: ReadonlyArray<{ id: string; confidence: number }> }> },
): Score;
export function markdownTable(categories: Record<string, Figures>, title?: string): string;
export function calibrationTable(calibration: Score['calibration']): string;
export function summary(s: Score): Omit<Score, 'errors'>;
