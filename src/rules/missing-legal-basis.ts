// missing-legal-basis: a declared purpose that personal fields use but that names no
// Art. 6(1) basis. One finding per purpose, pointing at the purpose in datamin.yaml.
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { profileCoverage, isPersonal, mapSite } from './shared/purposes.js';

const rule: RuleEvaluator = {
  id: 'missing-legal-basis',
  scope: 'scan',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map) return [];
    const usedBy = new Map<string, string[]>();
    for (const evidence of ctx.datasets) {
      for (const profile of evidence.fields) {
        if (!isPersonal(profile)) continue;
        for (const id of profileCoverage(map, profile).purposeIds) {
          const purpose = Object.hasOwn(map.purposes, id) ? map.purposes[id] : undefined;
          if (!purpose || purpose.legal_basis !== undefined) continue;
          // Pushed, not copied per field: a purpose drafted for thousands of fields (`todo`) was quadratic.
          const fields = usedBy.get(id);
          if (fields) fields.push(`${profile.dataset}.${profile.field}`);
          else usedBy.set(id, [`${profile.dataset}.${profile.field}`]);
        }
      }
    }
    const findings: FindingDraft[] = [];
    for (const [purpose, fields] of [...usedBy].sort(([a], [b]) => (a < b ? -1 : 1))) {
      findings.push({ ...mapSite(map, `purposes.${purpose}`), message: '', data: { purpose, fields, fieldCount: fields.length } });
    }
    return findings;
  },
};

export default rule;
