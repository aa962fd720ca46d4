// Reads a dbt project's property files (`models/**/schema.yml`) for where each column is
// declared, so findings point at the line of `- name: email`, and for the column's own `meta`
// and tags as written there (the manifest may be older than the file).
// https://docs.getdbt.com/reference/model-properties, https://docs.getdbt.com/reference/source-properties
import { stat } from 'node:fs/promises';
import { SourceError } from '../../model/index.js';
import { isRecord, parseSchemaDocument, readSchemaText, type SchemaDocument } from '../schema/document.js';

/** A column as its property file declares it. */
export interface YmlColumn {
  line: number;
  meta: Record<string, unknown>;
  tags: string[];
}

/** `model:<name>` / `seed:<name>` / `snapshot:<name>` / `source:<source>.<table>` → column (lower case) → declaration. */
export type YmlColumns = Map<string, Map<string, YmlColumn>>;

const SECTIONS: Record<string, string> = { models: 'model', seeds: 'seed', snapshots: 'snapshot' };
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Reads one property file; a file that does not parse throws a SourceError with its line. */
export async function readPropertyFile(file: string, location: string): Promise<YmlColumns> {
  const size = await stat(file).then((s) => s.size, () => -1);
  if (size < 0) throw new SourceError('file not found (named by the manifest)', location);
  const document = parseSchemaDocument(await readSchemaText(file, location, size), location);
  const out: YmlColumns = new Map();
  const root = document.root;
  if (!isRecord(root)) return out;
  for (const [section, kind] of Object.entries(SECTIONS)) {
    for (const entry of Array.isArray(root[section]) ? root[section] : []) {
      if (isRecord(entry) && typeof entry.name === 'string') out.set(`${kind}:${entry.name}`, columnsOf(entry.columns, document));
    }
  }
  for (const source of Array.isArray(root.sources) ? root.sources : []) {
    if (!isRecord(source) || typeof source.name !== 'string') continue;
    for (const table of Array.isArray(source.tables) ? source.tables : []) {
      if (isRecord(table) && typeof table.name === 'string') out.set(`source:${source.name}.${table.name}`, columnsOf(table.columns, document));
    }
  }
  return out;
}

function columnsOf(list: unknown, document: SchemaDocument): Map<string, YmlColumn> {
  const out = new Map<string, YmlColumn>();
  if (!Array.isArray(list)) return out;
  list.forEach((column, index) => {
    if (!isRecord(column) || typeof column.name !== 'string') return;
    const line = document.positionOf(column, 'name')?.line ?? document.positionOf(list, String(index))?.line;
    if (line === undefined) return;
    const config = isRecord(column.config) ? column.config : {};
    out.set(column.name.toLowerCase(), {
      line,
      meta: { ...(isRecord(column.meta) ? column.meta : {}), ...(isRecord(config.meta) ? config.meta : {}) },
      tags: [...strings(column.tags), ...strings(config.tags)],
    });
  });
  return out;
}
