// Linkability (issue 24): behaviour keyed by a pseudonymous id (a cookie, advertising or device
// id, a customer key) is data about an identified person as soon as the same key sits beside
// direct identifiers (email, name, phone...) in another dataset of the scan. Decided on the
// finished profiles of every dataset, so it runs once after all inputs are scanned.
import type { DatasetLinkability, DatasetSummary, FieldProfile, LinkingDataset } from '../model/result.js';
import { categoryInfo, inTaxonomyOrder, type CategoryId } from '../model/taxonomy.js';
import { personKeyColumn } from '../detectors/lexicon/person-key.js';
import { tokenizeIdentifier } from '../util/tokenize.js';
import { splitPath } from '../util/tokenize.js';

/** Categories that make a dataset personalization data. */
const PERSONALIZATION: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'behavior.browsing', 'behavior.purchase', 'behavior.preference', 'behavior.profile', 'consent.record',
  'online.cookie_id', 'online.advertising_id',
]);
/** Pseudonymous keys: direct identifiers of a device or browser, not of a named person. */
const PSEUDONYMOUS_KEYS: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'online.cookie_id', 'online.advertising_id', 'online.device_id', 'online.mac_address',
]);

/** Direct identifiers that name or reach a person (email, name, phone, national id...). */
function identifiers(profile: FieldProfile): CategoryId[] {
  return profile.categories.map((c) => c.id).filter((id) => categoryInfo(id).identifier === 'direct' && !PSEUDONYMOUS_KEYS.has(id));
}

/** A field name compared across datasets: its last path segment's tokens (`customerId` = `customer_id`). */
function keyName(field: string): string {
  const leaf = splitPath(field).filter((s) => s !== '').at(-1) ?? field;
  return tokenizeIdentifier(leaf).join('_');
}

function isKey(profile: FieldProfile): boolean {
  return profile.categories.some((c) => PSEUDONYMOUS_KEYS.has(c.id)) || personKeyColumn([profile.field]) !== undefined;
}

const datasetKey = (source: string, name: string): string => `${source}\u0000${name}`;

/**
 * The linkability of each dataset that holds personalization data keyed by a pseudonymous id
 * and no direct identifier of its own, by `source\0name`. Same key name counts as the same key.
 */
export function linkability(fields: readonly FieldProfile[]): Map<string, DatasetLinkability> {
  const byDataset = new Map<string, FieldProfile[]>();
  for (const f of fields) {
    const key = datasetKey(f.source, f.dataset);
    const list = byDataset.get(key);
    if (list) list.push(f);
    else byDataset.set(key, [f]);
  }
  // Every key name that sits beside direct identifiers, with where.
  const identifying = new Map<string, LinkingDataset[]>();
  for (const list of byDataset.values()) {
    const found = new Set(list.flatMap(identifiers));
    if (found.size === 0) continue;
    const ids = inTaxonomyOrder(found);
    for (const f of list) {
      if (!isKey(f)) continue;
      const name = keyName(f.field);
      const entry: LinkingDataset = { source: f.source, dataset: f.dataset, field: f.field, identifiers: ids };
      identifying.set(name, [...(identifying.get(name) ?? []), entry]);
    }
  }
  const out = new Map<string, DatasetLinkability>();
  for (const [key, list] of byDataset) {
    if (!list.some((f) => f.categories.some((c) => PERSONALIZATION.has(c.id)))) continue;
    if (list.some((f) => identifiers(f).length > 0)) continue;
    const keys = list.filter(isKey);
    if (keys.length === 0) continue;
    const linkedBy = keys.flatMap((k) => identifying.get(keyName(k.field)) ?? []).filter((l) => datasetKey(l.source, l.dataset) !== key);
    linkedBy.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.dataset < b.dataset ? -1 : a.dataset > b.dataset ? 1 : 0));
    out.set(key, {
      status: linkedBy.length > 0 ? 'linked' : 'pseudonymous',
      keys: keys.map((k) => k.field),
      ...(linkedBy.length > 0 ? { linkedBy } : {}),
    });
  }
  return out;
}

/** Sets `linkability` on the summaries of the datasets it applies to. */
export function annotateLinkability(datasets: DatasetSummary[], fields: readonly FieldProfile[]): void {
  const found = linkability(fields);
  for (const d of datasets) {
    const l = found.get(datasetKey(d.source, d.name));
    if (l) d.linkability = l;
  }
}
