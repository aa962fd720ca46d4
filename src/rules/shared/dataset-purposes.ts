// The purposes a scanned dataset's personal fields serve, resolved against its declaration:
// what the retention rules reason about. A purpose datamin.yaml gives no retention takes the
// retention a data contract of the same scan declares for those fields (ODCS `slaProperties`),
// matched by dataset and field name, so a contract for `customers` covers `customers.csv` too.
import type { DatasetEvidence, DeclaredRetention, Purpose, PurposeMap } from '../../model/index.js';
import { parseDuration, subtractDuration } from '../../util/duration.js';
import { declarationFor, fieldCoverage, isPersonal, type DeclarationMatch } from './purposes.js';

export interface DatasetPurposes {
  declaration: DeclarationMatch;
  /**
   * Declared purposes used by at least one personal field, sorted by id. `purpose.retention` is
   * the map's, else the shortest contract retention of the fields serving it (`fromContract`).
   */
  purposes: Array<{ id: string; purpose: Purpose; fromContract?: DeclaredRetention }>;
}

/** Contract retentions by dataset name, then field name. */
export type ContractRetentions = ReadonlyMap<string, ReadonlyMap<string, DeclaredRetention>>;

/** Every retention a source of the scan declared for a field, by dataset and field name. */
export function contractRetentions(datasets: readonly DatasetEvidence[], today: string): ContractRetentions {
  const byDataset = new Map<string, Map<string, DeclaredRetention>>();
  for (const evidence of datasets) {
    for (const profile of evidence.fields) {
      if (profile.retention === undefined) continue;
      let fields = byDataset.get(profile.dataset);
      if (!fields) byDataset.set(profile.dataset, (fields = new Map<string, DeclaredRetention>()));
      const known = fields.get(profile.field);
      if (!known || isShorter(profile.retention.duration, known.duration, today)) fields.set(profile.field, profile.retention);
    }
  }
  return byDataset;
}

/** Whether `a` ends later (is shorter) than `b` counted back from today; unparsable periods lose. */
function isShorter(a: string, b: string, today: string): boolean {
  const da = parseDuration(a);
  const db = parseDuration(b);
  if (!da) return false;
  if (!db) return true;
  return subtractDuration(today, da) > subtractDuration(today, db);
}

/** Undefined when the dataset has no personal field or no declaration covers it. */
export function datasetPurposes(map: PurposeMap, evidence: DatasetEvidence, contracts?: ContractRetentions, today?: string): DatasetPurposes | undefined {
  const personal = evidence.fields.filter(isPersonal);
  if (personal.length === 0) return undefined;
  const declaration = declarationFor(map, evidence.summary.name);
  if (!declaration) return undefined;
  const servedBy = new Map<string, string[]>();
  for (const profile of personal) {
    for (const id of fieldCoverage(map, evidence.summary.name, profile.field).purposeIds) servedBy.set(id, [...(servedBy.get(id) ?? []), profile.field]);
  }
  const contract = contracts?.get(evidence.summary.name);
  const purposes = [...servedBy.keys()]
    .filter((id) => Object.hasOwn(map.purposes, id))
    .sort()
    .map((id) => {
      const purpose = map.purposes[id];
      if (purpose.retention !== undefined || !contract) return { id, purpose };
      // datamin.yaml is silent: the shortest period a contract declares for the fields serving it.
      let chosen: DeclaredRetention | undefined;
      for (const field of servedBy.get(id) ?? []) {
        const declared = contract.get(field);
        if (declared && (!chosen || (today !== undefined && isShorter(declared.duration, chosen.duration, today)))) chosen = declared;
      }
      return chosen ? { id, purpose: { ...purpose, retention: chosen.duration }, fromContract: chosen } : { id, purpose };
    });
  return { declaration, purposes };
}
