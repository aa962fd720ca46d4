// aggregate-release: a dataset declared `release: aggregate` (segments, reports, partner
// shares) must not single people out (GDPR Recital 26, Art. 89(1)): no direct identifier in it,
// and every group covering at least k distinct people (k-anonymity per Sweeney 2002, counted per
// subject, not per row). The groups are counted over every row before the rules run (in the
// database, or streamed for files); this rule words the counts. No value leaves it.
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { categoryInfo } from '../model/index.js';
import { declarationFor, fieldSite } from './shared/purposes.js';

/** Distinct subjects a released group must cover unless the dataset declares `k`. */
export const DEFAULT_K = 10;

const ADVICE = 'Generalise the grouping fields (wider regions, coarser segments), merge or suppress the small groups, or add calibrated noise to their counts before release.';

const rule: RuleEvaluator = {
  id: 'aggregate-release',
  scope: 'dataset',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map) return [];
    const findings: FindingDraft[] = [];
    for (const evidence of ctx.datasets) {
      const declaration = declarationFor(map, evidence.summary.name)?.declaration;
      if (declaration?.release !== 'aggregate') continue;
      for (const profile of evidence.fields) {
        const direct = profile.categories.filter((c) => categoryInfo(c.id).identifier === 'direct').map((c) => c.id);
        if (direct.length === 0) continue;
        findings.push({ ...fieldSite(profile), message: '', categories: direct, data: { problem: `holds direct identifiers (${direct.join(', ')}) in ${profile.field}`, advice: 'Drop the column from the release; keep only the group fields and counts.' } });
      }
      const k = declaration.k ?? DEFAULT_K;
      const count = ctx.counts?.groups.find((g) => g.dataset === evidence.summary.name && g.source === evidence.summary.source);
      if (!count || count.smallGroups === 0) continue;
      findings.push({
        source: evidence.summary.source,
        dataset: evidence.summary.name,
        message: '',
        data: {
          problem: `${count.smallGroups} of its ${count.groups} groups by ${(declaration.group_by ?? []).join(', ')} cover fewer than k = ${k} distinct subjects (the smallest covers ${count.smallest})`,
          advice: ADVICE,
          k,
          groups: count.groups,
          smallGroups: count.smallGroups,
          smallest: count.smallest,
          countedBy: count.countedBy,
        },
      });
    }
    return findings;
  },
};

export default rule;
