// Reads one field's raw values out of a dataset's row sample. Rules that use this inspect the
// shape of values only and must never copy a value into a finding.
import type { Cell, DatasetEvidence } from '../../model/index.js';

function scalars(cell: Cell): string[] {
  if (cell === undefined || cell === null) return [];
  const list = Array.isArray(cell) ? cell : [cell];
  const out: string[] = [];
  for (const value of list) {
    if (value === null) continue;
    const text = String(value).trim();
    if (text !== '') out.push(text);
  }
  return out;
}

/** Non-empty sampled values of `field` (flattened arrays give one entry per element). */
export function sampledValues(evidence: DatasetEvidence, field: string): string[] {
  const index = evidence.rowFields.indexOf(field);
  if (index < 0) return [];
  return evidence.rowSample.flatMap((row) => scalars(row[index]));
}

/** One normalised key per sampled cell of `field` ('' when empty), aligned with the row sample. */
export function cellKeys(evidence: DatasetEvidence, field: string): string[] {
  const index = evidence.rowFields.indexOf(field);
  return evidence.rowSample.map((row) => (index < 0 ? '' : scalars(row[index]).join('|').toLowerCase()));
}
