// Shared by the Art. 9 and Art. 10 rules: a mapped field of a given GDPR class whose purposes
// do not each name the required condition. Each purpose is a separate processing operation and
// needs its own condition, so one purpose without it is enough to report. Unmapped fields are
// left to undeclared-personal-field, which lists their categories.
import type { FindingDraft, GdprClass, Purpose, RuleContext } from '../../model/index.js';
import { categoriesOfClass, profileCoverage, fieldSite } from './purposes.js';

export function fieldsLackingCondition(ctx: RuleContext, gdprClass: GdprClass, has: (purpose: Purpose) => boolean): FindingDraft[] {
  const map = ctx.purposeMap;
  if (!map) return [];
  const findings: FindingDraft[] = [];
  for (const evidence of ctx.datasets) {
    for (const profile of evidence.fields) {
      const categories = categoriesOfClass(profile, gdprClass);
      if (categories.length === 0) continue;
      const { purposeIds } = profileCoverage(map, profile);
      // Undeclared purpose ids count as lacking: nothing shows they have the condition.
      const lacking = purposeIds.filter((id) => {
        const purpose = Object.hasOwn(map.purposes, id) ? map.purposes[id] : undefined;
        return purpose === undefined || !has(purpose);
      });
      if (lacking.length === 0) continue;
      findings.push({ ...fieldSite(profile), message: '', categories, data: { purposes: lacking } });
    }
  }
  return findings;
}
