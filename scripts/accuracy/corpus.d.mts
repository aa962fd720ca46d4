// Types for corpus.mjs, so the TypeScript regression test can import the generator.
import type { CategoryId } from '../../src/model/taxonomy.js';

export interface ColumnLabel {
  dataset: string;
  field: string;
  categories: CategoryId[];
  acceptable: CategoryId[];
  lookalike: boolean;
  obscure: boolean;
  locale: string;
  format: 'csv' | 'json' | 'ndjson';
}
export const SMALL: { rows: number; seed: number };
export function generateCorpus(options: { dir: string; rows?: number; seed?: number }): ColumnLabel[];
