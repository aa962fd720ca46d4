// The detector contract (STYLE.md guideline 1): small pure objects, one per file, listed in
// src/detectors/index.ts.
import type { CategoryId } from './taxonomy.js';

/** A field name as name detectors see it. */
export interface FieldName {
  /** The full field name or path as declared (`customer.billingAddress.zip`). */
  raw: string;
  /** The last path segment split into lower-case tokens (`billing`, `address`, `zip`). */
  tokens: string[];
  /** Tokens of the enclosing path segments, outermost first (`customer`). */
  parentTokens: string[];
  /** Declared type, lower-cased, if any. */
  type?: string;
  /** Comment or description, if any. */
  comment?: string;
  /** Dataset (file stem or table) name, for context. */
  dataset?: string;
  /**
   * Raw names of the fields of the same dataset, for context: a `CODE` column in a
   * `conditions` table that also has a `PATIENT` column holds a patient's diagnoses. One array
   * shared by all the dataset's fields, so it may hold this field's own name: skip it (`raw`).
   */
  siblings?: readonly string[];
}

export interface NameHit {
  category: CategoryId;
  /** 0..1: how strongly the name alone says this category. */
  confidence: number;
  /** What matched, for the "why" line (e.g. the token `email`). */
  reason: string;
}

export interface NameDetector {
  id: string;
  kind: 'name';
  categories: readonly CategoryId[];
  description: string;
  match(name: FieldName): NameHit | NameHit[] | undefined;
}

export interface ValueHit {
  category: CategoryId;
  /** Where in the value the match is (for redacting embedded matches); whole value if absent. */
  start?: number;
  end?: number;
}

export interface ValueDetector {
  id: string;
  kind: 'value';
  categories: readonly CategoryId[];
  description: string;
  /**
   * 'whole': the entire (trimmed) value must be the item (a column of IBANs).
   * 'embedded': finds the item inside free text (emails in a comment column).
   */
  scope: 'whole' | 'embedded';
  /**
   * 0..1: how much a full column of matches proves the category on its own. A Luhn-valid
   * 16-digit column is strong (0.95); a column of 5-digit numbers as postal codes is weak.
   */
  strength: number;
  /** Cheap check before any regular expression; false means "cannot match". */
  prefilter?(value: string): boolean;
  match(value: string): ValueHit | undefined;
}

export type Detector = NameDetector | ValueDetector;
