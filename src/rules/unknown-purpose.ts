// unknown-purpose: a field mapped to a purpose id that `purposes:` does not declare, so its
// legal basis and retention cannot be known (GDPR Art. 5(1)(b), Art. 30(1)(b)). Checks the map
// itself, whether or not the scan saw the field, and the purposes a scanned field's own source
// names (a dbt column's `meta.datamin.purposes`), at the field's line there.
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { fieldSite, mapSite } from './shared/purposes.js';

const rule: RuleEvaluator = {
  id: 'unknown-purpose',
  scope: 'scan',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map) return [];
    const findings: FindingDraft[] = [];
    for (const [datasetKey, declaration] of Object.entries(map.datasets)) {
      for (const [fieldKey, purposeIds] of Object.entries(declaration.fields ?? {})) {
        const unknown = purposeIds.filter((id) => !Object.hasOwn(map.purposes, id));
        if (unknown.length === 0) continue;
        findings.push({
          ...mapSite(map, `datasets.${datasetKey}.fields.${fieldKey}`),
          dataset: datasetKey,
          field: fieldKey,
          message: '',
          data: { purposes: unknown, mapper: 'datamin.yaml' },
        });
      }
    }
    for (const evidence of ctx.datasets) {
      for (const profile of evidence.fields) {
        const unknown = (profile.declared?.purposes ?? []).filter((id) => !Object.hasOwn(map.purposes, id));
        if (unknown.length > 0) findings.push({ ...fieldSite(profile), message: '', data: { purposes: unknown, mapper: 'its dbt project (meta.datamin.purposes)' } });
      }
    }
    return findings;
  },
};

export default rule;
