// minimization-sparse-field: a personal field empty in at least 80% of rows is rarely needed
// (GDPR Art. 5(1)(c)). Advice only; runs with or without a purpose map.
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { categoryIds, fieldSite, isPersonal, percent } from './shared/purposes.js';

export const SPARSE_SHARE = 0.8;

const rule: RuleEvaluator = {
  id: 'minimization-sparse-field',
  scope: 'dataset',
  evaluate(ctx) {
    const findings: FindingDraft[] = [];
    for (const evidence of ctx.datasets) {
      for (const profile of evidence.fields) {
        const { count, empty } = profile.stats;
        if (!isPersonal(profile) || count <= 0 || empty / count < SPARSE_SHARE) continue;
        findings.push({
          ...fieldSite(profile),
          message: '',
          categories: categoryIds(profile),
          data: { emptyShare: percent(empty / count), empty, count },
        });
      }
    }
    return findings;
  },
};

export default rule;
