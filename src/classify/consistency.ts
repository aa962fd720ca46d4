// Consistency across one scan: the same column definition (name, type, comment) gets the same
// verdict in every table, except where a difference is on purpose (the dataset's subject, the
// dataset's own context) or comes from the values themselves; either way the field's evidence
// says so, for datamin explain.
import type { CategoryMatch, EvidenceItem, FieldProfile } from '../model/result.js';
import { categoryInfo, type CategoryId } from '../model/taxonomy.js';
import { combineItems } from './combine.js';
import { WEIGHTS } from './weights.js';

function definitionKey(f: FieldProfile): string {
  return JSON.stringify([f.field.toLowerCase(), f.type?.trim().toLowerCase() ?? '', f.comment?.trim() ?? '']);
}

const hasValues = (f: FieldProfile): boolean => f.stats.count - f.stats.empty > 0;

/** Whether the field's verdict on the category rests on its values (not only on its definition). */
function restsOnValues(f: FieldProfile, id: CategoryId): boolean {
  return (f.evidence ?? []).some((e) => e.category === id && e.kind === 'value' && e.direction === 'for' && e.value > 0);
}

function note(id: CategoryId, value: number, reason: string): EvidenceItem {
  return {
    category: id, kind: 'consistency', feature: 'consistency.same-definition', detector: 'consistency', value,
    weight: WEIGHTS['consistency.same-definition'], direction: 'for', channel: 'definition', reason,
  };
}

/** The scan's classified fields grouped by column definition (definitionKey). */
function byDefinition(fields: readonly FieldProfile[]): Map<string, FieldProfile[]> {
  const groups = new Map<string, FieldProfile[]>();
  for (const f of fields) {
    if (f.evidence === undefined) continue;
    const key = definitionKey(f);
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return groups;
}

/**
 * Brings the fields of one scan to the same verdict per definition. A field without values
 * (a schema, an empty table) takes a category another table's values proved for the same
 * definition; every other difference is kept and explained in the field's evidence.
 * Changes the profiles in place; returns how many categories were added.
 */
export function applyConsistency(fields: readonly FieldProfile[]): number {
  const groups = byDefinition(fields);
  let added = 0;
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const reported = new Set(members.flatMap((m) => m.categories.map((c) => c.id)));
    for (const id of reported) {
      const supporters = members.filter((m) => m.categories.some((c) => c.id === id));
      if (supporters.length === members.length) continue;
      const where = (m: FieldProfile): string => `${m.dataset}.${m.field}`;
      const byValues = supporters.filter((s) => restsOnValues(s, id));
      for (const m of members) {
        if (supporters.includes(m)) continue;
        added += reconcile(m, id, supporters, byValues, where) ? 1 : 0;
      }
    }
  }
  return added;
}

function reconcile(m: FieldProfile, id: CategoryId, supporters: readonly FieldProfile[], byValues: readonly FieldProfile[], where: (f: FieldProfile) => string): boolean {
  const evidence = (m.evidence ??= []);
  const own = evidence.filter((e) => e.category === id);
  const first = supporters[0];
  const subject = own.find((e) => e.kind === 'subject' && e.direction === 'against' && e.value > 0);
  if (subject) {
    evidence.push(note(id, 0, `consistency: ${where(first)} has the same definition and is ${id}; differs on purpose (${subject.reason})`));
    return false;
  }
  if (hasValues(m) || byValues.length === 0) {
    const why = hasValues(m) ? 'its own values decide' : `the dataset's context reads the name differently there`;
    evidence.push(note(id, 0, `consistency: ${where(first)} has the same definition and is ${id}; differs because ${why}`));
    return false;
  }
  const best = byValues.reduce((a, b) => (confidenceOf(b, id) > confidenceOf(a, id) ? b : a));
  const lift = note(id, confidenceOf(best, id), `consistency: ${where(best)} has the same definition and its values are ${id}`);
  evidence.push(lift);
  const confidence = combineItems(id, [...own, lift]);
  if (confidence < categoryInfo(id).threshold) return false;
  const match: CategoryMatch = {
    id,
    confidence,
    detectors: [...new Set(own.filter((e) => e.kind === 'name' && e.direction === 'for').map((e) => e.detector))].sort(),
    matched: 0,
    sampled: 0,
    examples: [],
    reasons: [...own.filter((e) => e.direction === 'for' && e.value > 0).map((e) => e.reason), lift.reason],
  };
  m.categories = [...m.categories, match].sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
  return true;
}

function confidenceOf(f: FieldProfile, id: CategoryId): number {
  return f.categories.find((c) => c.id === id)?.confidence ?? 0;
}

/**
 * Categories a column defined alike in many tables of one scan cannot be: a secret authenticates
 * one holder, and a `token` that categories, tags, domains and comments carry as much as users do
 * is the key every row gets (Rails apps give each record a public token), not a credential.
 */
const NOT_IN_EVERY_TABLE: readonly CategoryId[] = ['credentials.secret'];
/** How many tables, and what share of the scan's tables, make a definition a per-row convention. */
const EVERY_TABLE_MIN = 6;
const EVERY_TABLE_SHARE = 0.25;

/** Whether the verdict comes from the field's table (`sessions.id`), which differs from table to table on purpose. */
function restsOnTable(f: FieldProfile, id: CategoryId): boolean {
  return (f.evidence ?? []).some((e) => e.category === id && e.kind === 'subject' && e.direction === 'for' && e.value > 0);
}

/**
 * Drops those categories from a definition that most tables of the scan share, where the verdict
 * rests on the definition alone (a column whose values prove a secret keeps it, and so does an
 * `id` that is a secret only in its sessions table). Changes the
 * profiles in place; returns how many categories were dropped.
 */
export function applyEveryTable(fields: readonly FieldProfile[]): number {
  const datasets = new Set(fields.map((f) => f.dataset));
  const groups = byDefinition(fields);
  let dropped = 0;
  for (const members of groups.values()) {
    const tables = new Set(members.map((m) => m.dataset)).size;
    if (tables < EVERY_TABLE_MIN || tables < EVERY_TABLE_SHARE * datasets.size) continue;
    for (const m of members) {
      for (const id of NOT_IN_EVERY_TABLE) {
        if (!m.categories.some((c) => c.id === id) || restsOnValues(m, id) || restsOnTable(m, id)) continue;
        m.categories = m.categories.filter((c) => c.id !== id);
        (m.evidence ??= []).push({
          category: id, kind: 'consistency', feature: 'consistency.every-table', detector: 'consistency', value: 1,
          weight: WEIGHTS['consistency.every-table'], direction: 'against', channel: 'definition',
          reason: `consistency: ${tables} of the scan's ${datasets.size} tables define ${m.field} alike: a key every row gets, not a ${id}`,
        });
        dropped++;
      }
    }
  }
  return dropped;
}
