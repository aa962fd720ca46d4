// The detector contract (STYLE.md guideline 1): small pure objects, one per file, listed in
// src/detectors/index.ts.
import type { Category, CategoryId } from './taxonomy.js';
import type { DetectorId } from './detector-ids.js';

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
  /**
   * Whether the declared type is a string type. Name detectors get this instead of `type`, which
   * the classifier weighs as evidence of its own; a role noun (`doctor`) names a person only as text.
   */
  declaredText?: boolean;
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
  /**
   * Where the confidence came from, when the detector can tell: the leaf name, the enclosing path
   * or the comment, each on its own. The classifier weighs them as separate evidence.
   */
  parts?: NameHitPart[];
}

export interface NameHitPart {
  kind: 'name' | 'parent' | 'comment';
  confidence: number;
  reason: string;
  /** The matched phrase. */
  phrase: string;
  /** Number of words of the matched phrase (a single short word in prose decides nothing). */
  words: number;
  /** A comment's match inside its short title (`Surname — …`): a label of the field, not a word of prose. */
  title?: boolean;
  /** For a leaf-name match: index of its last token among the name's tokens without stopwords. */
  end?: number;
}

export interface NameDetector {
  id: DetectorId;
  /** What reports call a detector declared in datamin.yaml (`Brazilian CPF`); built-ins have none. */
  label?: string;
  kind: 'name';
  categories: readonly CategoryId[];
  description: string;
  /**
   * Whether the detector reads the dataset around the field (its name, its other columns) rather
   * than the field's own name: its hits are evidence of the subject, not of the name.
   */
  readsContext?: boolean;
  match(name: FieldName): NameHit | NameHit[] | undefined;
}

export interface ValueHit {
  category: CategoryId;
  /** Where in the value the match is (for redacting embedded matches); whole value if absent. */
  start?: number;
  end?: number;
}

export interface ValueDetector {
  id: DetectorId;
  /** What reports call a detector declared in datamin.yaml (`Brazilian CPF`); built-ins have none. */
  label?: string;
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
  /**
   * The detector checks the one format its categories are written in (an email address, an IBAN),
   * so a named column of twenty or more values none of which passes contradicts its name.
   */
  canonicalFormat?: boolean;
  /**
   * The check digit is weak: a number of the right length passes it by chance (one in ten or
   * eleven) or by construction, so a detector that `contradicts` weak checks overrules it.
   */
  weakCheck?: boolean;
  /**
   * What a column mostly of this detector's matches rules out: once at least `minShare` of the
   * sampled values match, the matches of weak-check detectors (`weakCheck`) in the same column
   * are chance, and their categories lose the values' evidence (SNOMED CT concept ids pass the
   * Aadhaar Verhoeff digit by construction and the BSN 11-test one time in eleven).
   */
  contradicts?: { weakChecks: true; minShare: number; reason: string };
  /**
   * A column shape that passes this detector but is something else (dotted quads that are
   * version numbers, not IPv4 addresses): when `test` holds for the sample, the detector's
   * categories lose the values' evidence, with `reason` in the explanation.
   */
  lookalike?: { test(values: readonly string[]): boolean; reason: string };
  /** Cheap check before any regular expression; false means "cannot match". */
  prefilter?(value: string): boolean;
  /**
   * A (trimmed) value shorter than this never matches (its prefilter says false): a reader may
   * count it unmatched without building its text. Absent: any value may match.
   */
  minLength?: number;
  /**
   * An ASCII character every value it matches holds ('@' for an e-mail address): a reader may
   * count a value without it unmatched without building its text. With `minLength`, a value
   * passes the prefilter only when it holds the character and is long enough.
   */
  requires?: string;
  match(value: string): ValueHit | undefined;
  /**
   * Optional check of the column as a whole, run on the field's sample once the detector matched
   * some of it: why the matches do not make the column this category (two distinct values are
   * not a list of names; dates packed into two recent years are events, not births), or
   * undefined when they do. Share, spread and cardinality are facts of a column, not of a value.
   */
  column?(values: readonly string[]): string | undefined;
}

export type Detector = NameDetector | ValueDetector;

/**
 * A detector declared under `detectors:` in datamin.yaml, as plain data: it travels to worker
 * threads as is and is compiled there (src/detectors/custom.ts) into a name and/or value detector.
 */
export interface CustomDetectorSpec {
  id: string;
  label: string;
  category: CategoryId;
  description?: string;
  /** Field-name tokens or phrases (each split like a field name) that say the category. */
  names?: string[];
  /** Tokens that cancel a name match. */
  notNames?: string[];
  /** Regular expression (JavaScript syntax) a whole trimmed value must match. */
  pattern?: string;
  /** A validator of src/detectors/validators/named.ts (`luhn`, `stdnum:br.cpf`). */
  validator?: string;
  /** How much a column of matches proves the category; see ValueDetector.strength. */
  strength?: number;
  /** See ValueDetector.weakCheck. */
  weakCheck?: boolean;
  /** See ValueDetector.canonicalFormat. */
  canonicalFormat?: boolean;
  /** The facts of `category` when it is a custom one (`x-…`): a worker thread learns them from here. */
  customCategory?: Category;
}
