// retention-exceeded: rows whose retention clock started before today minus the shortest
// retention of the purposes the dataset's personal fields serve (GDPR Art. 5(1)(e)). Counted
// over every row by DatasetEvidence.countBefore, not on the sample.
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { parseDuration, subtractDuration } from '../util/duration.js';
import { datasetPurposes } from './shared/dataset-purposes.js';

const rule: RuleEvaluator = {
  id: 'retention-exceeded',
  scope: 'dataset',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map) return [];
    const findings: FindingDraft[] = [];
    for (const evidence of ctx.datasets) {
      const resolved = datasetPurposes(map, evidence);
      const retentionField = resolved?.declaration.declaration.retention_field;
      if (!resolved || retentionField === undefined) continue;
      // The shortest retention gives the latest cutoff: rows before it outlived that purpose.
      let strictest: { id: string; retention: string; cutoff: string } | undefined;
      for (const { id, purpose } of resolved.purposes) {
        const duration = purpose.retention === undefined ? undefined : parseDuration(purpose.retention);
        if (!duration) continue;
        const cutoff = subtractDuration(ctx.today, duration);
        if (!strictest || cutoff > strictest.cutoff) strictest = { id, retention: purpose.retention!, cutoff };
      }
      if (!strictest) continue;
      const counted = evidence.countBefore(retentionField, strictest.cutoff);
      if (!counted || counted.rows === 0) continue;
      findings.push({
        source: evidence.summary.source,
        dataset: evidence.summary.name,
        field: retentionField,
        message: '',
        data: { rows: counted.rows, oldest: counted.oldest, cutoff: strictest.cutoff, retention: strictest.retention, purpose: strictest.id },
      });
    }
    return findings;
  },
};

export default rule;
