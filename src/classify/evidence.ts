// A dataset's evidence as plain data, so it can cross a worker-thread boundary, and the
// DatasetEvidence view rules read. Raw values in it (row sample, day counts) never reach a result.
import type { Row } from '../model/dataset.js';
import type { DatasetEvidence } from '../model/rule.js';
import type { DatasetSummary, FieldProfile } from '../model/result.js';
import { countInHistogram, dayNumberFromIso } from '../util/dates.js';

export interface EvidenceData {
  summary: DatasetSummary;
  fields: FieldProfile[];
  rowSample: readonly Row[];
  rowFields: string[];
  /** Field name → rows per day (days since epoch), for fields holding dates. */
  dayHistograms: Map<string, ReadonlyMap<number, number>>;
}

export function toEvidence(data: EvidenceData): DatasetEvidence {
  return {
    summary: data.summary,
    fields: data.fields,
    rowSample: data.rowSample,
    rowFields: data.rowFields,
    countBefore(field, isoDay) {
      return countInHistogram(data.dayHistograms.get(field), dayNumberFromIso(isoDay));
    },
  };
}
