// The purposes a scanned dataset's personal fields serve, resolved against its declaration:
// what the retention rules reason about.
import type { DatasetEvidence, Purpose, PurposeMap } from '../../model/index.js';
import { declarationFor, fieldCoverage, isPersonal, type DeclarationMatch } from './purposes.js';

export interface DatasetPurposes {
  declaration: DeclarationMatch;
  /** Declared purposes used by at least one personal field, sorted by id. */
  purposes: Array<{ id: string; purpose: Purpose }>;
}

/** Undefined when the dataset has no personal field or no declaration covers it. */
export function datasetPurposes(map: PurposeMap, evidence: DatasetEvidence): DatasetPurposes | undefined {
  const personal = evidence.fields.filter(isPersonal);
  if (personal.length === 0) return undefined;
  const declaration = declarationFor(map, evidence.summary.name);
  if (!declaration) return undefined;
  const ids = new Set(personal.flatMap((profile) => fieldCoverage(map, evidence.summary.name, profile.field).purposeIds));
  const purposes = [...ids]
    .filter((id) => Object.hasOwn(map.purposes, id))
    .sort()
    .map((id) => ({ id, purpose: map.purposes[id] }));
  return { declaration, purposes };
}
