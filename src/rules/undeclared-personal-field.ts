// undeclared-personal-field: a personal field no purpose covers is over-collection
// (GDPR Art. 5(1)(b)-(c)). Silent without a purpose map: detection is then reported alone.
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { categoryIds, profileCoverage, fieldSite, isPersonal } from './shared/purposes.js';

const rule: RuleEvaluator = {
  id: 'undeclared-personal-field',
  scope: 'dataset',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map) return [];
    const findings: FindingDraft[] = [];
    for (const evidence of ctx.datasets) {
      for (const profile of evidence.fields) {
        if (!isPersonal(profile)) continue;
        const coverage = profileCoverage(map, profile);
        if (coverage.purposeIds.length > 0) continue;
        const reason = !coverage.dataset
          ? 'its dataset is not declared in datamin.yaml'
          : coverage.fieldKey === undefined
            ? `no purpose declares it under datasets.${coverage.dataset.key}.fields`
            : `datasets.${coverage.dataset.key}.fields.${coverage.fieldKey} lists no purpose`;
        findings.push({ ...fieldSite(profile), message: '', categories: categoryIds(profile), data: { reason } });
      }
    }
    return findings;
  },
};

export default rule;
