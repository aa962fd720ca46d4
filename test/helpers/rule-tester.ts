// Table-driven rule tests (STYLE.md guideline 10): `testRule(id, cases)` runs only that rule
// through the real engine and catalog entry, and compares findings by partial match. Builders
// make field profiles, dataset evidence and purpose maps in a line each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_FILE, parseConfig, parseRuleCatalog, type RuleDefinition } from '../../src/config/index.js';
import type { CategoryId, CategoryMatch, Cell, DatasetEvidence, DeclaredRetention, FieldDeclaration, FieldProfile, FieldStats, Finding, PurposeMap, SubjectCounts } from '../../src/model/index.js';
import { runRules } from '../../src/rules/engine.js';
import { RULE_EVALUATORS, RULE_IDS, type RuleId } from '../../src/rules/index.js';

/** The day every rule test runs on unless a case says otherwise. */
export const TODAY = '2026-11-30';

const catalog = parseRuleCatalog(readFileSync(DEFAULT_RULES_FILE, 'utf8'), DEFAULT_RULES_FILE);
if (catalog.errors.length > 0) throw new Error(`rules.default.yaml: ${catalog.errors.map((e) => e.format()).join('; ')}`);

export function ruleDefinition(id: RuleId): RuleDefinition {
  const rule = catalog.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`rules.default.yaml has no entry for ${id}`);
  return rule;
}

export type CategorySpec = CategoryId | (Partial<CategoryMatch> & { id: CategoryId });

function categoryMatch(spec: CategorySpec): CategoryMatch {
  const base = typeof spec === 'string' ? { id: spec } : spec;
  return { confidence: 0.9, detectors: ['test-detector'], matched: 0, sampled: 0, examples: [], reasons: [], ...base };
}

export interface FieldSpec {
  categories?: CategorySpec[];
  stats?: Partial<FieldStats>;
  line?: number;
  /** What the field's own source declares about it (dbt meta and tags). */
  declared?: FieldDeclaration;
  /** The retention its source declares (an ODCS contract). */
  retention?: DeclaredRetention;
}

export interface DatasetSpec {
  /** Field name → categories (a list) or a fuller spec. Order is the declared order. */
  fields: Record<string, CategorySpec[] | FieldSpec>;
  /** Sampled rows by field name; also give `stats.count`/`empty` unless overridden. */
  rows?: Array<Record<string, Cell>>;
  /** Dates per field for `countBefore` (ISO days); a field missing here has no dates. */
  dates?: Record<string, string[]>;
}

/** A DatasetEvidence named `name` read from `<name>.csv`, with profiles for every field. */
export function dataset(name: string, spec: DatasetSpec): DatasetEvidence {
  const rows = spec.rows ?? [];
  const names = Object.keys(spec.fields);
  const rowFields = [...new Set([...names, ...rows.flatMap((row) => Object.keys(row))])];
  const source = `${name}.csv`;
  const fields: FieldProfile[] = names.map((field) => {
    const entry = spec.fields[field];
    const fieldSpec: FieldSpec = Array.isArray(entry) ? { categories: entry } : entry;
    const empty = rows.filter((row) => row[field] === undefined || row[field] === null || row[field] === '').length;
    return {
      source,
      dataset: name,
      field,
      ...(fieldSpec.line === undefined ? {} : { line: fieldSpec.line }),
      ...(fieldSpec.declared === undefined ? {} : { declared: fieldSpec.declared }),
      ...(fieldSpec.retention === undefined ? {} : { retention: fieldSpec.retention }),
      categories: (fieldSpec.categories ?? []).map(categoryMatch),
      stats: { count: rows.length, empty, distinct: rows.length - empty, ...fieldSpec.stats },
    };
  });
  return {
    summary: { name, source, kind: 'csv', rows: rows.length, fields: fields.length },
    fields,
    rowFields,
    rowSample: rows.map((row) => rowFields.map((field) => row[field])),
    countBefore(field, isoDay) {
      const dates = spec.dates?.[field];
      if (!dates || dates.length === 0) return undefined;
      const before = dates.filter((d) => d < isoDay).sort();
      return { rows: before.length, oldest: before[0] ?? [...dates].sort()[0] };
    },
  };
}

/** A purpose map parsed from YAML exactly as loadConfig does, so findings carry real lines. */
export function purposeMap(yaml: string): PurposeMap {
  const { config, errors } = parseConfig(yaml, 'datamin.yaml', RULE_IDS);
  if (errors.length > 0) throw new Error(`test purpose map: ${errors.map((e) => e.format()).join('; ')}`);
  if (!config?.purposeMap) throw new Error('test purpose map has neither purposes nor datasets');
  return config.purposeMap;
}

export interface RuleCase {
  name: string;
  datasets?: DatasetEvidence[];
  /** Omit for "no datamin.yaml". */
  purposeMap?: PurposeMap;
  today?: string;
  /** Counts over every row made before the rules run (consent joins, released groups). */
  counts?: SubjectCounts;
  /** Expected findings in engine order (dataset, field, rule id); each compared by partial match. */
  findings: Array<Partial<Finding>>;
}

/** Sampled strings long enough to be unmistakable: none may appear anywhere in a finding. */
function rawValues(datasets: readonly DatasetEvidence[]): string[] {
  const values = datasets.flatMap((d) => d.rowSample.flatMap((row) => row.flatMap((cell) => (Array.isArray(cell) ? cell : [cell]))));
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length >= 6))];
}

/**
 * Partial matcher for one finding: listed keys must match (`data` partially too), and a key
 * listed as `undefined` must be absent.
 */
function partial(expected: Partial<Finding>): unknown {
  const present = Object.entries(expected).filter(([, value]) => value !== undefined);
  const absent = Object.entries(expected).filter(([, value]) => value === undefined).map(([key]) => key);
  const shape: Record<string, unknown> = Object.fromEntries(present.map(([key, value]) => [key, key === 'data' ? (expect.objectContaining(value) as unknown) : value]));
  const matcher = expect.objectContaining(shape) as { asymmetricMatch(actual: unknown): boolean };
  if (absent.length === 0) return matcher;
  return {
    asymmetricMatch: (actual: Record<string, unknown>): boolean => matcher.asymmetricMatch(actual) && absent.every((key) => actual[key] === undefined),
    toString: () => `finding without ${absent.join(', ')}`,
  };
}

export function testRule(id: RuleId, cases: RuleCase[]): void {
  if (!cases.some((c) => c.findings.length > 0) || !cases.some((c) => c.findings.length === 0)) {
    throw new Error(`${id}: a rule test needs cases that fire and cases that do not`);
  }
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`${id}: duplicate case name '${c.name}'`);
    names.add(c.name);
  }
  const rule = ruleDefinition(id);
  describe(`rule ${id}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const datasets = c.datasets ?? [];
        const ctx = { datasets, today: c.today ?? TODAY, ...(c.purposeMap ? { purposeMap: c.purposeMap } : {}), ...(c.counts ? { counts: c.counts } : {}) };
        const { findings, errors } = runRules(ctx, [{ ...rule, enabled: true }], RULE_EVALUATORS);
        expect(errors).toEqual([]);
        expect(findings).toHaveLength(c.findings.length);
        c.findings.forEach((expected, i) => expect(findings[i]).toEqual(partial({ ruleId: id, ...expected })));
        for (const finding of findings) {
          expect(finding.message, 'every placeholder is filled').not.toMatch(/\{\{/);
          expect(finding.fingerprint).toMatch(/^[0-9a-f]{16}$/);
        }
        const serialised = JSON.stringify(findings);
        for (const value of rawValues(datasets)) expect(serialised, 'no raw value in a finding').not.toContain(value);
      });
    }
  });
}
