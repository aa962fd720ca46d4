// consent-not-recorded: a purpose resting on consent must be able to show it (GDPR Art. 7(1)).
// It fires when none of the purpose's datasets, nor its declared consent log, holds a field of
// `consent.record` in the scan. One finding per purpose, at the purpose in datamin.yaml.
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { datasetsByPurpose, datasetsWithConsentRecords } from './shared/purpose-datasets.js';
import { mapSite } from './shared/purposes.js';

const rule: RuleEvaluator = {
  id: 'consent-not-recorded',
  scope: 'scan',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map) return [];
    const recording = datasetsWithConsentRecords(ctx);
    const findings: FindingDraft[] = [];
    for (const [id, datasets] of datasetsByPurpose(ctx, map)) {
      const purpose = Object.hasOwn(map.purposes, id) ? map.purposes[id] : undefined;
      if (purpose?.legal_basis !== 'consent') continue;
      const log = purpose.consent?.dataset;
      if (datasets.some((name) => recording.has(name)) || (log !== undefined && recording.has(log))) continue;
      findings.push({ ...mapSite(map, `purposes.${id}`), message: '', data: { purpose: id, datasets } });
    }
    return findings.sort((a, b) => String(a.data?.purpose).localeCompare(String(b.data?.purpose)));
  },
};

export default rule;
