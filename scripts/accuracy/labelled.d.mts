// Types for labelled.mjs, so the TypeScript regression test can score the labelled corpus.
import type { Score } from './score.mjs';
export const CORPUS: string;
export const SCHEMA_FORMATS: ReadonlySet<string>;
export interface LabelledPart {
  sources: Array<{ id: string; format: string; domain: string }>;
  missing: string[];
  unlabelled: string[];
  notScanned: string[];
}
export type Part = 'dev' | 'test' | 'calibration' | 'tuning';
export function partSources(part: Part): string[];
export function scorePart(part: Part): { data: LabelledPart; all: Score; schemaOnly: Score };
