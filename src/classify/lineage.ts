// Lineage across one scan: a field that copies an upstream field under the same name (a dbt
// model selecting a column of the model or source it reads) holds what that field holds, so it
// inherits every category the upstream field was found to hold, down the whole chain.
import type { CategoryMatch, FieldProfile } from '../model/result.js';

const keyOf = (source: string, dataset: string, field: string): string => JSON.stringify([source, dataset, field]);

/**
 * Adds to each field with `upstream` the categories of its upstream fields it lacks, each with
 * the upstream's confidence and a reason naming the field it came from. Runs until nothing
 * changes, so a category travels source → staging → mart however the fields are ordered; a cycle
 * (impossible in dbt, which refuses one) cannot loop, as a category is added at most once.
 * Changes the profiles in place; returns how many categories were added.
 */
export function applyLineage(fields: readonly FieldProfile[]): number {
  const byKey = new Map(fields.map((f) => [keyOf(f.source, f.dataset, f.field), f]));
  const downstream = fields.filter((f) => f.upstream?.length);
  let added = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const field of downstream) {
      for (const ref of field.upstream ?? []) {
        const parent = byKey.get(keyOf(ref.source, ref.dataset, ref.field));
        if (!parent) continue;
        for (const category of parent.categories) {
          const own = field.categories.find((c) => c.id === category.id);
          const reason = `lineage: inherited from ${parent.dataset}.${parent.field} (selected under the same name)`;
          if (own) {
            if (!own.reasons.includes(reason)) own.reasons.push(reason);
            continue;
          }
          field.categories.push(inherited(category, reason));
          (field.evidence ??= []).push({
            category: category.id, kind: 'lineage', feature: 'lineage.same-name', detector: 'dbt-lineage', value: category.confidence,
            weight: 1, direction: 'for', channel: 'definition', reason,
          });
          added++;
          changed = true;
        }
      }
      // The classifier's order: most confident first.
      field.categories.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
    }
  }
  return added;
}

function inherited(category: CategoryMatch, reason: string): CategoryMatch {
  return { id: category.id, confidence: category.confidence, detectors: ['dbt-lineage'], matched: 0, sampled: 0, examples: [], reasons: [reason] };
}
