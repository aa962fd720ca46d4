// Which scanned datasets each purpose uses, and whether one of them holds a consent or opt-out
// record: what consent-not-recorded and no-opt-out reason about.
import type { FindingDraft, Purpose, PurposeMap, RuleContext } from '../../model/index.js';
import { declarationFor, fieldCoverage, isPersonal, mapSite } from './purposes.js';

/** Purpose id → names of the scanned datasets with a personal field mapped to it (sorted). */
export function datasetsByPurpose(ctx: RuleContext, map: PurposeMap): Map<string, string[]> {
  const used = new Map<string, Set<string>>();
  for (const evidence of ctx.datasets) {
    for (const profile of evidence.fields) {
      if (!isPersonal(profile)) continue;
      for (const id of fieldCoverage(map, profile.dataset, profile.field).purposeIds) {
        const names = used.get(id) ?? new Set<string>();
        names.add(profile.dataset);
        used.set(id, names);
      }
    }
  }
  return new Map([...used].map(([id, names]) => [id, [...names].sort()]));
}

/** Names of scanned datasets with at least one field holding `consent.record`. */
export function datasetsWithConsentRecords(ctx: RuleContext): Set<string> {
  return new Set(ctx.datasets.filter((e) => e.fields.some((f) => f.categories.some((c) => c.id === 'consent.record'))).map((e) => e.summary.name));
}

/**
 * One finding per purpose that `applies` to and whose datasets, and declared consent log, hold no
 * `consent.record` field; at the purpose in datamin.yaml, sorted by purpose id.
 */
export function purposesWithoutConsentRecord(ctx: RuleContext, applies: (purpose: Purpose) => boolean): FindingDraft[] {
  const map = ctx.purposeMap;
  if (!map) return [];
  const recording = datasetsWithConsentRecords(ctx);
  // A dataset the rule could not judge may hold the record: its purposes and its log are not judged either.
  const unjudged = ctx.unjudged ?? [];
  const unjudgedNames = new Set(unjudged.map((summary) => summary.name));
  const unjudgedPurposes = new Set(unjudged.flatMap((summary) => Object.values(declarationFor(map, summary.name)?.declaration.fields ?? {}).flat()));
  const findings: FindingDraft[] = [];
  for (const [id, datasets] of datasetsByPurpose(ctx, map)) {
    const purpose = Object.hasOwn(map.purposes, id) ? map.purposes[id] : undefined;
    if (purpose === undefined || !applies(purpose)) continue;
    const log = purpose.consent?.dataset;
    if (unjudgedPurposes.has(id) || (log !== undefined && unjudgedNames.has(log))) continue;
    if (datasets.some((name) => recording.has(name)) || (log !== undefined && recording.has(log))) continue;
    findings.push({ ...mapSite(map, `purposes.${id}`), message: '', data: { purpose: id, datasets } });
  }
  return findings.sort((a, b) => String(a.data?.purpose).localeCompare(String(b.data?.purpose)));
}
