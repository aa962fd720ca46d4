// Classifies one made-up field (name, type, comment, dataset, siblings, values) with the shipped
// detectors, returning the categories reported and the evidence items they rest on.
import { classifyField } from '../../src/classify/classify-field.js';
import { detectorSet } from '../../src/detectors/index.js';
import type { CategoryId } from '../../src/model/taxonomy.js';
import type { EvidenceItem } from '../../src/model/result.js';
import { toFieldName } from '../../src/util/tokenize.js';

export interface FieldCase {
  type?: string;
  comment?: string;
  dataset?: string;
  siblings?: string[];
  values?: string[];
}

export function classify(raw: string, c: FieldCase = {}): { categories: CategoryId[]; confidence: Map<CategoryId, number>; evidence: EvidenceItem[] } {
  const evidence: EvidenceItem[] = [];
  const name = toFieldName(raw, {
    ...(c.type === undefined ? {} : { type: c.type }),
    ...(c.comment === undefined ? {} : { comment: c.comment }),
    ...(c.dataset === undefined ? {} : { dataset: c.dataset }),
    ...(c.siblings === undefined ? {} : { siblings: c.siblings }),
  });
  const matches = classifyField(name, c.values ?? [], { detectors: detectorSet(), showValues: false }, undefined, evidence);
  return { categories: matches.map((m) => m.id), confidence: new Map(matches.map((m) => [m.id, m.confidence])), evidence };
}

export const categoriesOf = (raw: string, c: FieldCase = {}): CategoryId[] => classify(raw, c).categories;
