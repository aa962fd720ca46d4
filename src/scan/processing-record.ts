// The report sections a scan result carries beyond its findings: the record of processing
// (GDPR Art. 30(1)) derived from the purpose map and the field profiles, and the method
// (detectors, sample size, thresholds) that lets a report defend what it found.
import type { CategoryId, FieldProfile, ProcessingPurpose, ProcessingRecord, PurposeMap, ScanMethod } from '../model/index.js';
import { allCategoryIds, categoryInfo, inTaxonomyOrder, listCustomCategories, type SampleSize } from '../model/index.js';
import { profileCoverage } from '../rules/shared/purposes.js';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One entry per purpose: each declared purpose (even one no scanned field serves, so the record
 * is complete), plus each undeclared id that a field names. A field serves the purposes its
 * most specific `datasets.<d>.fields` key lists — the same lookup the purpose rules use.
 * Only personal fields (at least one category) are listed: Art. 30(1)(c) asks for the
 * categories of personal data, not every column.
 */
export function buildProcessingRecord(map: PurposeMap, fields: readonly FieldProfile[], file?: string): ProcessingRecord {
  const served = new Map<string, Array<{ dataset: string; field: string; categories: CategoryId[] }>>();
  for (const profile of fields) {
    if (profile.categories.length === 0) continue;
    const { purposeIds } = profileCoverage(map, profile);
    for (const id of new Set(purposeIds)) {
      const list = served.get(id) ?? [];
      list.push({ dataset: profile.dataset, field: profile.field, categories: inTaxonomyOrder(profile.categories.map((c) => c.id)) });
      served.set(id, list);
    }
  }
  const ids = new Set([...Object.keys(map.purposes), ...served.keys()]);
  const purposes: ProcessingPurpose[] = [...ids].sort(cmp).map((id) => {
    const declared = Object.hasOwn(map.purposes, id);
    const purpose = declared ? map.purposes[id] : undefined;
    const list = (served.get(id) ?? []).sort((a, b) => cmp(a.dataset, b.dataset) || cmp(a.field, b.field));
    return {
      id,
      ...(purpose?.description === undefined ? {} : { description: purpose.description }),
      ...(purpose?.legal_basis === undefined ? {} : { legalBasis: purpose.legal_basis }),
      ...(purpose?.special_category_condition === undefined ? {} : { specialCategoryCondition: purpose.special_category_condition }),
      ...(purpose?.criminal_data_authority === undefined ? {} : { criminalDataAuthority: purpose.criminal_data_authority }),
      ...(purpose?.retention === undefined ? {} : { retention: purpose.retention }),
      ...(purpose?.profiling === undefined ? {} : { profiling: purpose.profiling }),
      ...(purpose?.direct_marketing === undefined ? {} : { directMarketing: purpose.direct_marketing }),
      ...(purpose?.consent === undefined ? {} : { consentLog: purpose.consent.dataset }),
      declared,
      datasets: [...new Set(list.map((f) => f.dataset))].sort(cmp),
      fields: list,
      categories: inTaxonomyOrder(list.flatMap((f) => f.categories)),
    };
  });
  return { ...(file === undefined ? {} : { file }), purposes };
}

/** The minimal detector shape the method needs (the registry's detectors satisfy it). */
export interface DetectorInfo {
  id: string;
  label?: string;
  kind: 'name' | 'value';
  categories: readonly CategoryId[];
  description: string;
}

export function buildMethod(detectors: readonly DetectorInfo[], sample: SampleSize): ScanMethod {
  return {
    detectors: [...detectors]
      .sort((a, b) => cmp(a.id, b.id))
      .map((d) => ({ id: d.id, ...(d.label === undefined ? {} : { label: d.label }), kind: d.kind, categories: inTaxonomyOrder(d.categories), description: d.description })),
    sample,
    thresholds: allCategoryIds().map((category) => ({ category, threshold: categoryInfo(category).threshold })),
    ...(listCustomCategories().length === 0 ? {} : { categories: listCustomCategories() }),
  };
}
