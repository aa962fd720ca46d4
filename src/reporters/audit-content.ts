// The content of the audit report, shared by the HTML and PDF reporters: section titles, the
// executive-summary counts, findings grouped by severity then dataset, the per-dataset
// inventory and the minimization advice. Both formats render exactly this, so they agree.
import type { CategoryId, FieldProfile, Finding, RuleMeta, ScanResult, Severity } from '../model/index.js';
import { SEVERITIES, categoryInfo, inTaxonomyOrder, type Sensitivity } from '../model/index.js';
import { isAccepted } from './audit-labels.js';
import { linkabilityNote } from './linkability-note.js';

/** Section titles in order; tests look for each of them in both formats. */
export const SECTION_TITLES = {
  summary: 'Executive summary',
  findings: 'Findings',
  processing: 'Record of processing',
  transparency: 'Transparency: personalization',
  inventory: 'Inventory by dataset',
  minimization: 'Minimization advice',
  method: 'Appendix: method',
} as const;
export type SectionId = keyof typeof SECTION_TITLES;
export const SECTION_IDS = Object.keys(SECTION_TITLES) as SectionId[];

export const SENSITIVITIES: readonly Sensitivity[] = ['critical', 'high', 'medium', 'low'];

/** Findings about the purpose map itself (no dataset) are grouped under this label. */
export const MAP_GROUP = 'purpose map';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isSpecial(id: CategoryId): boolean {
  return categoryInfo(id).gdprClass !== 'personal';
}

export interface Cover {
  title: string;
  organization?: string;
  /** The scan's start, as `YYYY-MM-DD HH:MM UTC`. */
  date: string;
  scope: string[];
  version: string;
  findings: OpenAccepted;
}

export function cover(result: ScanResult): Cover {
  const iso = result.startedAt;
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
  return {
    title: result.project ?? 'Personal data audit report',
    ...(result.organization === undefined ? {} : { organization: result.organization }),
    date,
    scope: result.sources.map((s) => `${s.path} (${s.kind})`),
    version: result.tool.version,
    findings: tally(result.findings),
  };
}

/** Findings that can still fail a scan (open) and those a baseline or `accept:` entry covers. */
export interface OpenAccepted {
  open: number;
  accepted: number;
}

export interface DatasetCategories {
  dataset: string;
  source: string;
  /** Distinct categories found in the dataset, counted by sensitivity. */
  counts: Record<Sensitivity, number>;
  total: number;
  findings: OpenAccepted;
}

export interface Summary {
  datasets: number;
  fields: number;
  personalFields: number;
  /** Fields holding Art. 9 special-category or Art. 10 criminal-offence data. */
  specialFields: number;
  findings: OpenAccepted & { total: number };
  bySeverity: Record<Severity, OpenAccepted>;
  /**
   * The datasets with personal data only, most sensitive first (critical categories, then high,
   * medium, low, then name): the chart draws the first CHART_DATASETS, a table lists them all.
   */
  categoriesByDataset: DatasetCategories[];
}

/** Bars in the categories-by-dataset chart; a chart taller than a page ran over the PDF footer. */
export const CHART_DATASETS = 25;

function tally(findings: readonly Finding[]): OpenAccepted {
  let accepted = 0;
  for (const f of findings) if (isAccepted(f)) accepted += 1;
  return { open: findings.length - accepted, accepted };
}

function bySensitivity(a: DatasetCategories, b: DatasetCategories): number {
  for (const level of SENSITIVITIES) if (a.counts[level] !== b.counts[level]) return b.counts[level] - a.counts[level];
  return cmp(a.dataset, b.dataset) || cmp(a.source, b.source);
}

export function summary(result: ScanResult): Summary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, tally(result.findings.filter((f) => f.severity === s))])) as Record<Severity, OpenAccepted>;
  const personal = result.fields.filter((f) => f.categories.length > 0);
  const key = (source: string | undefined, dataset: string | undefined): string => `${source ?? ''}\u0000${dataset ?? ''}`;
  const categoriesOf = new Map<string, Set<CategoryId>>();
  for (const f of personal) {
    const k = key(f.source, f.dataset);
    const ids = categoriesOf.get(k) ?? new Set<CategoryId>();
    for (const c of f.categories) ids.add(c.id);
    categoriesOf.set(k, ids);
  }
  const findingsOf = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (f.dataset === undefined) continue;
    const list = findingsOf.get(f.dataset) ?? [];
    list.push(f);
    findingsOf.set(f.dataset, list);
  }
  const categoriesByDataset = result.datasets
    .filter((d) => categoriesOf.has(key(d.source, d.name)))
    .map((d): DatasetCategories => {
      const ids = categoriesOf.get(key(d.source, d.name)) ?? new Set<CategoryId>();
      const counts: Record<Sensitivity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
      for (const id of ids) counts[categoryInfo(id).sensitivity] += 1;
      return { dataset: d.name, source: d.source, counts, total: ids.size, findings: tally(findingsOf.get(d.name) ?? []) };
    })
    .sort(bySensitivity);
  return {
    datasets: result.datasets.length,
    fields: result.fields.length,
    personalFields: personal.length,
    specialFields: personal.filter((f) => f.categories.some((c) => isSpecial(c.id))).length,
    findings: { ...tally(result.findings), total: result.findings.length },
    bySeverity,
    categoriesByDataset,
  };
}

export interface FindingGroup {
  severity: Severity;
  datasets: Array<{ dataset: string; findings: Finding[] }>;
}

/** Severity (most severe first), then dataset (map findings first), then field and rule. */
export function findingGroups(result: ScanResult): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = result.findings.filter((f) => f.severity === severity);
    if (ofSeverity.length === 0) continue;
    const names = [...new Set(ofSeverity.map((f) => f.dataset ?? MAP_GROUP))].sort((a, b) =>
      a === MAP_GROUP ? -1 : b === MAP_GROUP ? 1 : cmp(a, b),
    );
    groups.push({
      severity,
      datasets: names.map((dataset) => ({
        dataset,
        findings: ofSeverity
          .filter((f) => (f.dataset ?? MAP_GROUP) === dataset)
          .sort((a, b) => cmp(a.field ?? '', b.field ?? '') || cmp(a.ruleId, b.ruleId)),
      })),
    });
  }
  return groups;
}

export function ruleFor(result: ScanResult, id: string): RuleMeta | undefined {
  return result.rules.find((r) => r.id === id);
}

/** Where a finding points, for a table cell: `field`, `(dataset)` or the map file and line. */
export function findingLocation(f: Finding): string {
  if (f.field !== undefined) return f.field;
  if (f.dataset !== undefined) return '(whole dataset)';
  return f.source === undefined ? '' : `${f.source}${f.line === undefined ? '' : `:${f.line}`}`;
}

export interface InventoryField {
  profile: FieldProfile;
  purposes: string[];
}

export interface InventoryDataset {
  name: string;
  source: string;
  kind: string;
  rows?: number;
  fields: number;
  personal: InventoryField[];
  /** The linkability sentence, for a dataset of personalization data keyed by a pseudonymous id. */
  linkability?: string;
}

/** Personal fields per dataset with the purposes the record of processing lists for them. */
export function inventory(result: ScanResult): InventoryDataset[] {
  const purposesOf = new Map<string, string[]>();
  for (const p of result.processing?.purposes ?? []) {
    for (const f of p.fields) {
      const key = `${f.dataset}\u0000${f.field}`;
      const ids = purposesOf.get(key);
      if (ids) ids.push(p.id);
      else purposesOf.set(key, [p.id]);
    }
  }
  return result.datasets.map((d) => ({
    name: d.name,
    source: d.source,
    kind: d.kind,
    ...(d.rows === undefined ? {} : { rows: d.rows }),
    fields: d.fields,
    ...(d.linkability === undefined ? {} : { linkability: linkabilityNote(d.linkability) }),
    personal: result.fields
      .filter((f) => f.dataset === d.name && f.source === d.source && f.categories.length > 0)
      .map((profile) => ({ profile, purposes: purposesOf.get(`${profile.dataset}\u0000${profile.field}`) ?? [] })),
  }));
}

export interface CategoryAdvice {
  category: CategoryId;
  title: string;
  sensitivity: Sensitivity;
  hint: string;
  /** `dataset.field` of every field holding it. */
  fields: string[];
}

export interface MinimizationAdvice {
  /** The minimization-* findings, in the finding order. */
  findings: Finding[];
  /** The taxonomy's hint for every category found, most sensitive first. */
  categories: CategoryAdvice[];
}

export function minimizationAdvice(result: ScanResult): MinimizationAdvice {
  const fieldsOf = new Map<CategoryId, string[]>();
  for (const f of result.fields) {
    // Pushed, not copied per field: a category held by thousands of fields was quadratic.
    for (const c of f.categories) {
      const names = fieldsOf.get(c.id);
      if (names) names.push(`${f.dataset}.${f.field}`);
      else fieldsOf.set(c.id, [`${f.dataset}.${f.field}`]);
    }
  }
  const categories = inTaxonomyOrder(fieldsOf.keys())
    .map((id) => ({ category: id, title: categoryInfo(id).title, sensitivity: categoryInfo(id).sensitivity, hint: categoryInfo(id).hint, fields: fieldsOf.get(id) ?? [] }))
    .sort((a, b) => SENSITIVITIES.indexOf(a.sensitivity) - SENSITIVITIES.indexOf(b.sensitivity));
  return { findings: result.findings.filter((f) => f.ruleId.startsWith('minimization-')), categories };
}

/** "12/40 values match" style evidence line for a category match. */
export function evidenceLine(m: FieldProfile['categories'][number]): string {
  const parts: string[] = [];
  // The user's verdict, not a detection: say so first (HTML and PDF share this line).
  const setBy = m.setBy === 'purpose-map' ? m.reasons.find((r) => r.startsWith('set by the purpose map')) : undefined;
  if (setBy) parts.push(setBy);
  if (m.labels?.length) parts.push(`by ${m.labels.join(', ')}`);
  if (m.sampled > 0 && m.matched > 0) parts.push(`${m.matched}/${m.sampled} values ${m.embedded ? 'embed one' : 'match'}`);
  const byName = m.reasons.find((r) => r.startsWith('name:'));
  if (byName) parts.push(byName.replace(/^name: /, ''));
  const lineage = m.reasons.find((r) => r.startsWith('lineage:'));
  if (lineage) parts.push(lineage.replace(/^lineage: /, ''));
  return parts.join('; ');
}

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
