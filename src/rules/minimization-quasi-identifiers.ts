// minimization-quasi-identifiers: quasi-identifiers (postal code, date of birth, gender, age...)
// that together single people out. Groups the row sample by the tuple of their values and
// reports k (smallest group, k-anonymity per Sweeney 2002) and the share of unique rows. Only
// counts leave this file, never a value (GDPR Art. 5(1)(c), Recital 26).
import type { DatasetEvidence, FindingDraft, RuleEvaluator } from '../model/index.js';
import { categoryInfo } from '../model/index.js';
import { percent } from './shared/purposes.js';
import { cellKeys } from './shared/values.js';

/** Groups smaller than this are reported; 5 is the common k-anonymity floor. */
export const MIN_GROUP = 5;

export interface Anonymity {
  k: number;
  uniqueShare: number;
  rows: number;
}

/** k and unique share over sampled rows where at least one of `fields` is filled. */
export function measureAnonymity(evidence: DatasetEvidence, fields: readonly string[]): Anonymity | undefined {
  const columns = fields.map((field) => cellKeys(evidence, field));
  const groups = new Map<string, number>();
  let rows = 0;
  for (let r = 0; r < evidence.rowSample.length; r++) {
    const tuple = columns.map((column) => column[r] ?? '');
    if (tuple.every((v) => v === '')) continue;
    rows++;
    const key = JSON.stringify(tuple);
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  if (rows === 0) return undefined;
  let k = Infinity;
  let unique = 0;
  for (const size of groups.values()) {
    k = Math.min(k, size);
    if (size === 1) unique++;
  }
  return { k, uniqueShare: unique / rows, rows };
}

const rule: RuleEvaluator = {
  id: 'minimization-quasi-identifiers',
  scope: 'dataset',
  evaluate(ctx) {
    const findings: FindingDraft[] = [];
    for (const evidence of ctx.datasets) {
      const quasi = evidence.fields.filter((p) => p.categories.some((c) => categoryInfo(c.id).identifier === 'quasi'));
      const fields = quasi.map((p) => p.field).filter((f) => evidence.rowFields.includes(f));
      if (fields.length < 2) continue;
      const measured = measureAnonymity(evidence, fields);
      if (!measured || measured.k >= MIN_GROUP) continue;
      findings.push({
        source: evidence.summary.source,
        dataset: evidence.summary.name,
        message: '',
        categories: [...new Set(quasi.flatMap((p) => p.categories.filter((c) => categoryInfo(c.id).identifier === 'quasi').map((c) => c.id)))],
        data: { fields, k: measured.k, uniqueShare: percent(measured.uniqueShare), sampledRows: measured.rows },
      });
    }
    return findings;
  },
};

export default rule;
