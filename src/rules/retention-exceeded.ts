// retention-exceeded: rows whose retention clock started before today minus the shortest
// retention of the purposes the dataset's personal fields serve (GDPR Art. 5(1)(e)). Counted
// over every row by DatasetEvidence.countBefore, not on the sample. A purpose without a retention
// in datamin.yaml takes the one a data contract of the scan declares for its fields, so the rule
// runs over the whole scan: the contract and the data may be different inputs.
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { parseDuration, subtractDuration } from '../util/duration.js';
import { contractRetentions, datasetPurposes } from './shared/dataset-purposes.js';

const rule: RuleEvaluator = {
  id: 'retention-exceeded',
  scope: 'scan',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map) return [];
    const findings: FindingDraft[] = [];
    const contracts = contractRetentions(ctx.datasets, ctx.today);
    for (const evidence of ctx.datasets) {
      const resolved = datasetPurposes(map, evidence, contracts, ctx.today);
      const retentionField = resolved?.declaration.declaration.retention_field;
      if (!resolved || retentionField === undefined) continue;
      // The shortest retention gives the latest cutoff: rows before it outlived that purpose.
      let strictest: { id: string; retention: string; cutoff: string; source?: string } | undefined;
      for (const { id, purpose, fromContract } of resolved.purposes) {
        const duration = purpose.retention === undefined ? undefined : parseDuration(purpose.retention);
        if (!duration) continue;
        const cutoff = subtractDuration(ctx.today, duration);
        const source = fromContract === undefined ? undefined : `${fromContract.source}${fromContract.line === undefined ? '' : `:${fromContract.line}`}`;
        if (!strictest || cutoff > strictest.cutoff) strictest = { id, retention: purpose.retention!, cutoff, ...(source === undefined ? {} : { source }) };
      }
      if (!strictest) continue;
      const counted = evidence.countBefore(retentionField, strictest.cutoff);
      if (!counted || counted.rows === 0) continue;
      findings.push({
        source: evidence.summary.source,
        dataset: evidence.summary.name,
        field: retentionField,
        message: '',
        data: {
          rows: counted.rows,
          oldest: counted.oldest,
          cutoff: strictest.cutoff,
          retention: strictest.retention,
          purpose: strictest.id,
          // Where the period comes from when datamin.yaml does not declare it (a data contract's line).
          ...(strictest.source === undefined ? {} : { retentionSource: strictest.source }),
        },
      });
    }
    return findings;
  },
};

export default rule;
