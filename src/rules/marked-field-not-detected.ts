// marked-field-not-detected: a field its source marks as personal data (dbt `meta.contains_pii`,
// a pii tag, `meta.datamin.purposes`) in which datamin detected no category: either the mark is
// stale or datamin needs a custom detector or override to see what the project knows.
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { fieldSite, isPersonal } from './shared/purposes.js';

const rule: RuleEvaluator = {
  id: 'marked-field-not-detected',
  scope: 'dataset',
  evaluate(ctx) {
    const findings: FindingDraft[] = [];
    for (const evidence of ctx.datasets) {
      for (const profile of evidence.fields) {
        if (!profile.declared?.personal || isPersonal(profile)) continue;
        findings.push({ ...fieldSite(profile), message: '', data: { marks: profile.declared.marks.join(', ') } });
      }
    }
    return findings;
  },
};

export default rule;
