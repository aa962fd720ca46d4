// Reads the two dbt artifacts a scan needs, manifest.json (models, sources, their documented
// columns, dependencies and SQL; schema v12, dbt 1.8 and later, read leniently back to v7) and
// catalog.json (the columns and types the warehouse holds), into the few fields datamin uses.
// https://docs.getdbt.com/reference/artifacts/manifest-json
// https://docs.getdbt.com/reference/artifacts/catalog-json
import { readFile } from 'node:fs/promises';
import { SourceError } from '../../model/index.js';
import { jsonErrorLine } from '../../util/json-error-line.js';

/** A documented column of a manifest node (`columns.<name>` in manifest v12). */
export interface ManifestColumn {
  name: string;
  description?: string;
  dataType?: string;
  meta: Record<string, unknown>;
  tags: string[];
}

/** A model, seed, snapshot or source of the manifest. */
export interface ManifestNode {
  uniqueId: string;
  resourceType: 'model' | 'seed' | 'snapshot' | 'source';
  /** The dataset name shown: a model's name, or `<source_name>.<table>` for a source. */
  name: string;
  /** The node's name in its schema.yml (`models: - name:` or a source's `tables: - name:`). */
  ymlName: string;
  /** A source's `source_name`. */
  sourceName?: string;
  /** Project-relative path of the schema.yml describing its columns, if any. */
  ymlPath?: string;
  /** Project-relative path of its own file (a model's .sql, a seed's .csv). */
  filePath?: string;
  columns: ManifestColumn[];
  /** unique_ids of the nodes it selects from. */
  dependsOn: string[];
  /** Compiled SQL where dbt compiled it, else the raw Jinja SQL. */
  sql?: string;
}

/** A relation's columns as the warehouse reported them (catalog.json), in ordinal order. */
export interface CatalogColumn {
  name: string;
  type?: string;
  comment?: string;
}

const DATASET_TYPES = new Set(['model', 'seed', 'snapshot']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Parses a JSON artifact; a syntax error names the file and its line. */
export async function readArtifact(file: string, location: string): Promise<Record<string, unknown>> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(code === 'ENOENT' ? 'file not found (run `dbt compile` or `dbt docs generate` first)' : `cannot read file (${code ?? 'unknown error'})`, location);
  }
  try {
    const value: unknown = JSON.parse(raw);
    if (!isRecord(value)) throw new SourceError('not a dbt artifact (the top level is not an object)', location);
    return value;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    // JSON.parse's own message quotes the text (which may hold values) and often no position.
    throw new SourceError('not valid JSON', location, jsonErrorLine(raw));
  }
}

/** Strips the `package://` prefix of a `patch_path`. */
function projectPath(value: unknown): string | undefined {
  const s = text(value);
  return s?.replace(/^[^/:]+:\/\//, '');
}

function columnsOf(value: unknown): ManifestColumn[] {
  if (!isRecord(value)) return [];
  const columns: ManifestColumn[] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (!isRecord(entry)) continue;
    const config = isRecord(entry.config) ? entry.config : {};
    // dbt 1.10 moved column meta and tags under `config`; both places count.
    const meta = { ...(isRecord(entry.meta) ? entry.meta : {}), ...(isRecord(config.meta) ? config.meta : {}) };
    const description = text(entry.description);
    const dataType = text(entry.data_type);
    columns.push({
      name: text(entry.name) ?? key,
      ...(description === undefined ? {} : { description }),
      ...(dataType === undefined ? {} : { dataType }),
      meta,
      tags: [...strings(entry.tags), ...strings(config.tags)],
    });
  }
  return columns;
}

/** The models, seeds, snapshots and sources of a manifest, in unique_id order. */
export function manifestNodes(manifest: Record<string, unknown>): ManifestNode[] {
  const out: ManifestNode[] = [];
  const nodes = isRecord(manifest.nodes) ? manifest.nodes : {};
  for (const [uniqueId, node] of Object.entries(nodes)) {
    if (!isRecord(node) || !DATASET_TYPES.has(String(node.resource_type))) continue;
    const name = text(node.name) ?? uniqueId;
    const ymlPath = projectPath(node.patch_path);
    const filePath = text(node.original_file_path);
    const sql = text(node.compiled_code) ?? text(node.compiled_sql) ?? text(node.raw_code) ?? text(node.raw_sql);
    out.push({
      uniqueId,
      resourceType: node.resource_type as ManifestNode['resourceType'],
      name,
      ymlName: name,
      ...(ymlPath === undefined ? {} : { ymlPath }),
      ...(filePath === undefined ? {} : { filePath }),
      columns: columnsOf(node.columns),
      dependsOn: isRecord(node.depends_on) ? strings(node.depends_on.nodes) : [],
      ...(sql === undefined || node.resource_type === 'seed' ? {} : { sql }),
    });
  }
  const sources = isRecord(manifest.sources) ? manifest.sources : {};
  for (const [uniqueId, node] of Object.entries(sources)) {
    if (!isRecord(node)) continue;
    const table = text(node.name) ?? uniqueId;
    const sourceName = text(node.source_name);
    const ymlPath = text(node.original_file_path);
    out.push({
      uniqueId,
      resourceType: 'source',
      name: sourceName === undefined ? table : `${sourceName}.${table}`,
      ymlName: table,
      ...(sourceName === undefined ? {} : { sourceName }),
      ...(ymlPath === undefined ? {} : { ymlPath }),
      columns: columnsOf(node.columns),
      dependsOn: [],
    });
  }
  return out.sort((a, b) => (a.uniqueId < b.uniqueId ? -1 : a.uniqueId > b.uniqueId ? 1 : 0));
}

/** unique_id → the relation's columns in ordinal order (catalog `nodes` and `sources`). */
export function catalogColumns(catalog: Record<string, unknown>): Map<string, CatalogColumn[]> {
  const out = new Map<string, CatalogColumn[]>();
  for (const group of [catalog.nodes, catalog.sources]) {
    if (!isRecord(group)) continue;
    for (const [uniqueId, entry] of Object.entries(group)) {
      if (!isRecord(entry)) continue;
      // dbt writes `columns` as an object keyed by name; its docs describe a list. Both are read.
      const raw = Array.isArray(entry.columns) ? entry.columns : isRecord(entry.columns) ? Object.values(entry.columns) : [];
      const columns = raw
        .filter(isRecord)
        .filter((c) => text(c.name) !== undefined)
        .map((c, i) => ({ index: typeof c.index === 'number' ? c.index : i + 1, column: { name: text(c.name)!, ...(text(c.type) ? { type: text(c.type) } : {}), ...(text(c.comment) ? { comment: text(c.comment) } : {}) } }))
        .sort((a, b) => a.index - b.index)
        .map((c) => c.column);
      out.set(uniqueId, columns);
    }
  }
  return out;
}
