// stale-declaration: a dataset, field or retention_field named in datamin.yaml that the scan did
// not see (GDPR Art. 30(1), Art. 5(2): the record must match the processing). Glob keys are not
// checked on their own; fields under a glob dataset are stale when no dataset it covers has them.
import type { DatasetEvidence, FindingDraft, PurposeMap, RuleEvaluator } from '../model/index.js';
import { bestKeyMatch, isGlob } from '../util/glob-match.js';
import { mapSite } from './shared/purposes.js';

function fieldNames(evidence: DatasetEvidence): string[] {
  return [...evidence.fields.map((f) => f.field), ...evidence.rowFields];
}

/** Scanned datasets grouped by the declaration key that governs them (exact key first). */
function datasetsByKey(map: PurposeMap, datasets: readonly DatasetEvidence[]): Map<string, DatasetEvidence[]> {
  const byKey = new Map<string, DatasetEvidence[]>();
  for (const evidence of datasets) {
    const key = bestKeyMatch(map.datasets, evidence.summary.name, '/');
    if (key === undefined) continue;
    const group = byKey.get(key);
    if (group) group.push(evidence);
    else byKey.set(key, [evidence]);
  }
  return byKey;
}

const rule: RuleEvaluator = {
  id: 'stale-declaration',
  scope: 'scan',
  evaluate(ctx) {
    const map = ctx.purposeMap;
    if (!map) return [];
    const findings: FindingDraft[] = [];
    const byKey = datasetsByKey(map, ctx.datasets);
    // A declaration governing a dataset the rule could not judge may name exactly its fields.
    const unjudgedKeys = new Set((ctx.unjudged ?? []).map((summary) => bestKeyMatch(map.datasets, summary.name, '/')));
    for (const [datasetKey, declaration] of Object.entries(map.datasets)) {
      if (unjudgedKeys.has(datasetKey)) continue;
      const scanned = byKey.get(datasetKey) ?? [];
      if (scanned.length === 0) {
        if (isGlob(datasetKey)) continue;
        findings.push({ ...mapSite(map, `datasets.${datasetKey}`), dataset: datasetKey, message: '', data: { what: `dataset '${datasetKey}'`, kind: 'dataset' } });
        continue;
      }
      const seen = new Set(scanned.flatMap(fieldNames));
      const retentionField = declaration.retention_field;
      if (retentionField !== undefined && !seen.has(retentionField)) {
        findings.push({
          ...mapSite(map, `datasets.${datasetKey}.retention_field`),
          dataset: datasetKey,
          field: retentionField,
          message: '',
          data: { what: `retention_field '${retentionField}' of dataset '${datasetKey}'`, kind: 'retention-field' },
        });
      }
      for (const fieldKey of Object.keys(declaration.fields ?? {})) {
        if (isGlob(fieldKey) || seen.has(fieldKey)) continue;
        findings.push({
          ...mapSite(map, `datasets.${datasetKey}.fields.${fieldKey}`),
          dataset: datasetKey,
          field: fieldKey,
          message: '',
          data: { what: `field '${fieldKey}' of dataset '${datasetKey}'`, kind: 'field' },
        });
      }
    }
    return findings;
  },
};

export default rule;
