// profiling-without-basis: profiling (GDPR Art. 4(4)) needs consent or legitimate interests
// weighed against the person's rights (Art. 6(1)(a)/(f), Art. 21(1), Art. 22). Fires on a field
// holding `behavior.profile`, or browsing or purchase behaviour mapped to a purpose declared
// `profiling: true`, when a purpose it serves declares another basis. A purpose without any basis
// is left to missing-legal-basis.
import type { CategoryId, FindingDraft, Purpose, RuleEvaluator } from '../model/index.js';
import { fieldCoverage, fieldSite } from './shared/purposes.js';

const PROFILING_BASES = new Set(['consent', 'legitimate_interests']);
/** Behaviour that becomes profiling input when a purpose declares it profiles. */
const BEHAVIOUR: ReadonlySet<CategoryId> = new Set<CategoryId>(['behavior.browsing', 'behavior.purchase']);

function profilingCategories(categories: readonly CategoryId[], purpose: Purpose): CategoryId[] {
  return categories.filter((id) => id === 'behavior.profile' || (purpose.profiling === true && BEHAVIOUR.has(id)));
}

const rule: RuleEvaluator = {
  id: 'profiling-without-basis',
  scope: 'dataset',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map) return [];
    const findings: FindingDraft[] = [];
    for (const evidence of ctx.datasets) {
      for (const profile of evidence.fields) {
        const categories = profile.categories.map((c) => c.id);
        const flagged = new Set<CategoryId>();
        const purposes: string[] = [];
        for (const id of fieldCoverage(map, profile.dataset, profile.field).purposeIds) {
          const purpose = Object.hasOwn(map.purposes, id) ? map.purposes[id] : undefined;
          if (!purpose || purpose.legal_basis === undefined || PROFILING_BASES.has(purpose.legal_basis)) continue;
          const used = profilingCategories(categories, purpose);
          if (used.length === 0) continue;
          used.forEach((c) => flagged.add(c));
          purposes.push(`${id} (${purpose.legal_basis})`);
        }
        if (purposes.length === 0) continue;
        findings.push({ ...fieldSite(profile), message: '', categories: [...flagged].sort(), data: { purposes } });
      }
    }
    return findings;
  },
};

export default rule;
