// processing-after-withdrawal: rows a consent-based purpose keeps processing after the person
// withdrew (GDPR Art. 7(3)) or without any consent in its log (Art. 6(1)(a)). The join of each
// dataset with the purpose's consent log is counted over every row before the rules run (in
// the database, or streamed for files: src/scan/subject-counts/); this rule only words it. Only
// counts leave the join, never a subject key.
import type { FindingDraft, RuleEvaluator } from '../model/index.js';

const rule: RuleEvaluator = {
  id: 'processing-after-withdrawal',
  scope: 'scan',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map || !ctx.counts) return [];
    const findings: FindingDraft[] = [];
    for (const count of ctx.counts.consent) {
      const { afterWithdrawal: after, withoutConsent: without } = count;
      if (after.rows === 0 && without.rows === 0) continue;
      const log = map.purposes[count.purpose]?.consent?.dataset ?? '';
      findings.push({
        source: count.source,
        dataset: count.dataset,
        message: '',
        data: {
          purpose: count.purpose,
          log,
          rows: after.rows,
          subjects: after.subjects,
          rowsWithoutConsent: without.rows,
          subjectsWithoutConsent: without.subjects,
          unchecked: count.unchecked,
          countedBy: count.countedBy,
        },
      });
    }
    return findings;
  },
};

export default rule;
