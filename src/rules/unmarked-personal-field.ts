// unmarked-personal-field: a field holds personal data that its own source's declarations do not
// mark (a dbt column without `meta.contains_pii`, a pii tag or `meta.datamin.purposes`). Access
// policies, masking and deletion jobs built on those marks then miss it (GDPR Art. 25, 32).
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { categoryIds, fieldSite, isPersonal } from './shared/purposes.js';

const rule: RuleEvaluator = {
  id: 'unmarked-personal-field',
  scope: 'dataset',
  evaluate(ctx) {
    const findings: FindingDraft[] = [];
    for (const evidence of ctx.datasets) {
      for (const profile of evidence.fields) {
        const declared = profile.declared;
        // Only sources that declare fields at all (dbt) say anything by leaving one unmarked.
        if (!declared || declared.personal || !isPersonal(profile)) continue;
        const denied = declared.marks.find((m) => m.endsWith(': false'));
        const said = denied ? `its project declares ${denied}` : 'its project does not mark it as personal (meta.contains_pii, a pii tag or meta.datamin.purposes)';
        const inheritedFrom = [...new Set(profile.categories.flatMap((c) => c.reasons.flatMap((r) => /^lineage: inherited from (\S+)/.exec(r)?.[1] ?? [])))];
        const reason = inheritedFrom.length > 0 ? `${said}; inherited from ${inheritedFrom.join(', ')}` : said;
        findings.push({ ...fieldSite(profile), message: '', categories: categoryIds(profile), data: { reason } });
      }
    }
    return findings;
  },
};

export default rule;
