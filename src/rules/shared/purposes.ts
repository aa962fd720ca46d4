// Shared lookups for the purpose rules: which declaration and which purposes cover a field,
// and which fields count as personal.
import type { CategoryId, DatasetDeclaration, FieldProfile, GdprClass, PurposeMap } from '../../model/index.js';
import { categoryInfo } from '../../model/index.js';
import { bestKeyMatch } from '../../util/glob-match.js';

export interface DeclarationMatch {
  /** The key under `datasets:` (a name or a glob). */
  key: string;
  declaration: DatasetDeclaration;
}

export interface FieldCoverage {
  /** The dataset declaration, if any key matches the dataset name. */
  dataset?: DeclarationMatch;
  /** The key under `fields:` that covers the field (a name or a glob). */
  fieldKey?: string;
  /** Purpose ids as listed (possibly undeclared ones); empty when nothing covers the field. */
  purposeIds: string[];
  /** The purposes come from the field's own source (dbt `meta.datamin.purposes`), not datamin.yaml. */
  fromSource?: boolean;
}

/** A field is personal when the profiler reported at least one category for it. */
export function isPersonal(profile: FieldProfile): boolean {
  return profile.categories.length > 0;
}

export function categoryIds(profile: FieldProfile): CategoryId[] {
  return profile.categories.map((c) => c.id);
}

export function categoriesOfClass(profile: FieldProfile, gdprClass: GdprClass): CategoryId[] {
  return profile.categories.filter((c) => categoryInfo(c.id).gdprClass === gdprClass).map((c) => c.id);
}

/** Dataset names are table names or file stems; `*` may span dots (`public.*`), so `/` separates. */
export function declarationFor(map: PurposeMap, datasetName: string): DeclarationMatch | undefined {
  const key = bestKeyMatch(map.datasets, datasetName, '/');
  const declaration = key === undefined ? undefined : map.datasets[key];
  return key === undefined || declaration === undefined ? undefined : { key, declaration };
}

/** The purposes a field serves: exact field key first, else the most specific glob (`shipping.*`). */
export function fieldCoverage(map: PurposeMap, datasetName: string, field: string): FieldCoverage {
  const dataset = declarationFor(map, datasetName);
  if (!dataset) return { purposeIds: [] };
  const fields = dataset.declaration.fields ?? {};
  const fieldKey = bestKeyMatch(fields, field, '.');
  if (fieldKey === undefined) return { dataset, purposeIds: [] };
  return { dataset, fieldKey, purposeIds: [...(fields[fieldKey] ?? [])] };
}

/**
 * The purposes a scanned field serves: datamin.yaml's mapping when it lists any, else the ones
 * the field's own source declares (a dbt column's `meta.datamin.purposes`).
 */
export function profileCoverage(map: PurposeMap, profile: FieldProfile): FieldCoverage {
  const coverage = fieldCoverage(map, profile.dataset, profile.field);
  const declared = profile.declared?.purposes ?? [];
  if (coverage.purposeIds.length > 0 || declared.length === 0) return coverage;
  return { ...coverage, purposeIds: [...declared], fromSource: true };
}

/** 1-based line of a key in datamin.yaml, when the map was loaded from a file. */
export function mapLine(map: PurposeMap, path: string): number | undefined {
  return map.locations?.[path]?.line;
}

/** Where findings about the map itself point: the map file and the line of `path`. */
export function mapSite(map: PurposeMap, path: string): { source?: string; line?: number } {
  const line = mapLine(map, path);
  return { ...(map.file === undefined ? {} : { source: map.file }), ...(line === undefined ? {} : { line }) };
}

/** Where findings about a scanned field point: its source and declared line. */
export function fieldSite(profile: FieldProfile): { source: string; dataset: string; field: string; line?: number } {
  return { source: profile.source, dataset: profile.dataset, field: profile.field, ...(profile.line === undefined ? {} : { line: profile.line }) };
}

/** Share as a percentage with one decimal, for messages (0.0512 → 5.1). */
export function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}
