// no-opt-out: direct marketing on legitimate interests must stop when the person objects
// (GDPR Art. 21(2)-(3)), so its data needs an opt-out record. Fires for a purpose with
// `direct_marketing: true` and `legal_basis: legitimate_interests` when none of its datasets,
// nor a declared consent log, holds a `consent.record` field (opt-out flag, unsubscribe date).
import type { FindingDraft, RuleEvaluator } from '../model/index.js';
import { datasetsByPurpose, datasetsWithConsentRecords } from './shared/purpose-datasets.js';
import { mapSite } from './shared/purposes.js';

const rule: RuleEvaluator = {
  id: 'no-opt-out',
  scope: 'scan',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map) return [];
    const recording = datasetsWithConsentRecords(ctx);
    const findings: FindingDraft[] = [];
    for (const [id, datasets] of datasetsByPurpose(ctx, map)) {
      const purpose = Object.hasOwn(map.purposes, id) ? map.purposes[id] : undefined;
      if (purpose?.direct_marketing !== true || purpose.legal_basis !== 'legitimate_interests') continue;
      const log = purpose.consent?.dataset;
      if (datasets.some((name) => recording.has(name)) || (log !== undefined && recording.has(log))) continue;
      findings.push({ ...mapSite(map, `purposes.${id}`), message: '', data: { purpose: id, datasets } });
    }
    return findings.sort((a, b) => String(a.data?.purpose).localeCompare(String(b.data?.purpose)));
  },
};

export default rule;
