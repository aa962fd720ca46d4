// retention-undeclared: a declared dataset holding personal data must say when each row's
// retention clock starts and how long each of its purposes keeps data (GDPR Art. 5(1)(e),
// Art. 30(1)(f)). Undeclared datasets are left to undeclared-personal-field. A retention a data
// contract of the scan declares for a purpose's fields counts where datamin.yaml gives none.
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { isDuration } from '../util/duration.js';
import { contractRetentions, datasetPurposes } from './shared/dataset-purposes.js';
import { mapSite } from './shared/purposes.js';

const rule: RuleEvaluator = {
  id: 'retention-undeclared',
  scope: 'scan',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map) return [];
    const findings: FindingDraft[] = [];
    const contracts = contractRetentions(ctx.datasets, ctx.today);
    for (const evidence of ctx.datasets) {
      const resolved = datasetPurposes(map, evidence, contracts, ctx.today);
      if (!resolved) continue;
      const problems: string[] = [];
      const hasField = resolved.declaration.declaration.retention_field !== undefined;
      if (!hasField) problems.push(`datasets.${resolved.declaration.key} sets no retention_field`);
      const lacking = resolved.purposes.filter(({ purpose }) => purpose.retention === undefined || !isDuration(purpose.retention)).map(({ id }) => id);
      if (resolved.purposes.length === 0) problems.push('its personal fields serve no declared purpose with a retention');
      else if (lacking.length > 0) problems.push(`purposes ${lacking.join(', ')} declare no retention`);
      if (problems.length === 0) continue;
      findings.push({
        ...mapSite(map, `datasets.${resolved.declaration.key}`),
        dataset: evidence.summary.name,
        message: '',
        data: { problem: problems.join(' and '), purposes: lacking, retentionField: hasField },
      });
    }
    return findings;
  },
};

export default rule;
