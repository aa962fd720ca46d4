// A dbt project as a schema source: every model, seed, snapshot and source of its manifest
// becomes a dataset of declared fields (documented columns and the warehouse's columns from the
// catalog), each at its line in its schema.yml, with what the project declares about it (meta,
// tags) and the upstream columns it copies. No warehouse is contacted.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { SourceError, type Dataset, type DeclaredField, type FieldDeclaration, type FieldRef, type OpenedSource, type SourceWarning } from '../../model/index.js';
import { isRecord, parseSchemaDocument, readSchemaText } from '../schema/document.js';
import type { SourceFile } from '../text-stream.js';
import type { UrlOptions } from '../index.js';
import { catalogColumns, manifestNodes, readArtifact, type CatalogColumn, type ManifestNode } from './artifacts.js';
import { columnFlow, copiesColumn } from './lineage.js';
import { readPropertyFile, type YmlColumn, type YmlColumns } from './schema-files.js';

/** Tags that mark a column as personal data, compared in lower case. */
const PERSONAL_TAGS = new Set(['pii', 'personal', 'personal_data', 'personal-data', 'gdpr']);

const posix = (p: string): string => p.split(path.sep).join('/');
function relative(cwd: string, file: string): string {
  return posix(path.relative(cwd, file)) || '.';
}

/** Opens a `dbt_project.yml` found by discovery or given as a file. */
export async function openDbtProject(source: SourceFile): Promise<OpenedSource> {
  const root = path.dirname(source.file);
  // Paths are shown as the project file is: relative to the working directory, through its folder.
  const show = (file: string): string => path.posix.normalize(path.posix.join(path.posix.dirname(source.location), posix(path.relative(root, file))));
  return openProject(root, await targetOf(root, source.location), show, source.location);
}

/** Opens `dbt:<folder>` (`--dbt <folder>`): a target folder holding manifest.json, or a project folder. */
export async function openDbtUrl(url: string, options: UrlOptions): Promise<OpenedSource> {
  const folder = path.resolve(options.cwd, url.replace(/^dbt:/i, '') || '.');
  const location = relative(options.cwd, folder);
  if (!(await stat(folder).then((s) => s.isDirectory(), () => false))) throw new SourceError('not a folder (--dbt takes a dbt target folder or project folder)', location);
  if (await exists(path.join(folder, 'dbt_project.yml'))) {
    const projectFile = relative(options.cwd, path.join(folder, 'dbt_project.yml'));
    return openProject(folder, await targetOf(folder, projectFile), (file) => relative(options.cwd, file), projectFile);
  }
  // A target folder: the project is the nearest folder above holding dbt_project.yml, if any.
  let root: string | undefined;
  for (let up = path.dirname(folder); ; up = path.dirname(up)) {
    if (await exists(path.join(up, 'dbt_project.yml'))) {
      root = up;
      break;
    }
    if (path.dirname(up) === up) break;
  }
  return openProject(root, folder, (file) => relative(options.cwd, file), root ? relative(options.cwd, path.join(root, 'dbt_project.yml')) : location);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

/** The project's target folder: `target-path` of dbt_project.yml, `target` by default. */
async function targetOf(root: string, projectLocation: string): Promise<string> {
  const file = path.join(root, 'dbt_project.yml');
  const size = await stat(file).then((s) => s.size, () => 0);
  const document = parseSchemaDocument(await readSchemaText(file, projectLocation, size), projectLocation);
  const target = isRecord(document.root) ? document.root['target-path'] : undefined;
  return path.resolve(root, typeof target === 'string' && target !== '' ? target : 'target');
}

/**
 * Reads manifest.json (required) and catalog.json (optional: without it only documented columns
 * are known) from `target`, and the property files the manifest names below `root`.
 */
async function openProject(root: string | undefined, target: string, show: (file: string) => string, location: string): Promise<OpenedSource> {
  const warnings: SourceWarning[] = [];
  const manifestFile = path.join(target, 'manifest.json');
  if (!(await exists(manifestFile))) throw new SourceError(`no ${show(manifestFile)} (run \`dbt compile\` or \`dbt docs generate\` first)`, show(manifestFile));
  const manifest = await readArtifact(manifestFile, show(manifestFile));
  const catalogFile = path.join(target, 'catalog.json');
  let catalog = new Map<string, CatalogColumn[]>();
  if (await exists(catalogFile)) catalog = catalogColumns(await readArtifact(catalogFile, show(catalogFile)));
  else warnings.push({ message: `${show(catalogFile)} not found: only the columns documented in schema.yml files were read (run \`dbt docs generate\` for the warehouse's columns)` });

  const metadata = isRecord(manifest.metadata) ? manifest.metadata : {};
  const projectName = typeof metadata.project_name === 'string' ? metadata.project_name : undefined;
  const nodes = manifestNodes(manifest);
  const properties = new Map<string, YmlColumns>();
  for (const ymlPath of new Set(nodes.flatMap((n) => (root && n.ymlPath && ownNode(n, projectName) ? [n.ymlPath] : [])))) {
    const file = path.join(root!, ymlPath);
    try {
      properties.set(ymlPath, await readPropertyFile(file, show(file)));
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      // Its columns are still scanned from the manifest, without lines; the scan exits 2.
      warnings.push({ message: `${error.file}${error.line === undefined ? '' : ` line ${error.line}`}: ${error.message}; its columns are reported without lines`, level: 'error' });
    }
  }

  const datasets: Dataset[] = [];
  const byId = new Map<string, Dataset>();
  for (const node of nodes) {
    const yml = node.ymlPath ? properties.get(node.ymlPath)?.get(ymlKey(node)) : undefined;
    const own = root && ownNode(node, projectName);
    const file = own && node.ymlPath && yml ? node.ymlPath : own ? node.filePath : undefined;
    const dataset: Dataset = {
      kind: 'dbt',
      name: node.name,
      location: file && root ? show(path.join(root, file)) : location,
      fields: fieldsOf(node, catalog.get(node.uniqueId) ?? [], yml),
    };
    datasets.push(dataset);
    byId.set(node.uniqueId, dataset);
  }
  for (const node of nodes) linkUpstream(node, byId);
  return { kind: 'dbt', location, datasets, warnings };
}

/** Whether the node belongs to the scanned project (not to an installed package). */
function ownNode(node: ManifestNode, projectName: string | undefined): boolean {
  return projectName === undefined || node.uniqueId.split('.')[1] === projectName;
}

function ymlKey(node: ManifestNode): string {
  return node.resourceType === 'source' ? `source:${node.sourceName ?? ''}.${node.ymlName}` : `${node.resourceType}:${node.ymlName}`;
}

/** Documented columns in their schema.yml order, then the warehouse's other columns in ordinal order. */
function fieldsOf(node: ManifestNode, warehouse: readonly CatalogColumn[], yml: Map<string, YmlColumn> | undefined): DeclaredField[] {
  const fromCatalog = new Map(warehouse.map((c) => [c.name.toLowerCase(), c]));
  const fields: DeclaredField[] = [];
  const seen = new Set<string>();
  for (const column of node.columns) {
    const key = column.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const inWarehouse = fromCatalog.get(key);
    const inYml = yml?.get(key);
    const type = inWarehouse?.type ?? column.dataType;
    const comment = column.description ?? inWarehouse?.comment;
    fields.push({
      name: column.name,
      ...(type === undefined ? {} : { type }),
      ...(comment === undefined ? {} : { comment }),
      ...(inYml === undefined ? {} : { line: inYml.line }),
      declared: declarationOf({ ...column.meta, ...inYml?.meta }, [...column.tags, ...(inYml?.tags ?? [])]),
    });
  }
  for (const column of warehouse) {
    const key = column.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    fields.push({ name: column.name, ...(column.type ? { type: column.type } : {}), ...(column.comment ? { comment: column.comment } : {}), declared: { personal: false, marks: [] } });
  }
  return fields;
}

/** What a column's meta and tags say: `contains_pii`, `pii`, `datamin.purposes`, a personal-data tag. */
export function declarationOf(meta: Record<string, unknown>, tags: readonly string[]): FieldDeclaration {
  const marks: string[] = [];
  let personal = false;
  for (const key of ['contains_pii', 'pii']) {
    if (meta[key] === true) {
      personal = true;
      marks.push(`meta.${key}`);
    }
  }
  const datamin = isRecord(meta.datamin) ? meta.datamin : {};
  const purposes = Array.isArray(datamin.purposes) ? datamin.purposes.filter((p): p is string => typeof p === 'string') : [];
  if (purposes.length > 0) {
    personal = true;
    marks.push('meta.datamin.purposes');
  }
  for (const tag of new Set(tags)) {
    if (PERSONAL_TAGS.has(tag.toLowerCase())) {
      personal = true;
      marks.push(`tag:${tag}`);
    }
  }
  // An explicit `contains_pii: false` is a declaration too, which detection may contradict.
  if (!personal && (meta.contains_pii === false || meta.pii === false)) marks.push(meta.contains_pii === false ? 'meta.contains_pii: false' : 'meta.pii: false');
  return { personal, ...(purposes.length > 0 ? { purposes } : {}), marks };
}

/** Each field a model copies under the same name from an upstream node points at that node's field. */
function linkUpstream(node: ManifestNode, byId: ReadonlyMap<string, Dataset>): void {
  const dataset = byId.get(node.uniqueId);
  if (!dataset || node.sql === undefined || node.dependsOn.length === 0) return;
  const flow = columnFlow(node.sql);
  for (const field of dataset.fields) {
    if (!copiesColumn(flow, field.name)) continue;
    const upstream: FieldRef[] = [];
    for (const id of node.dependsOn) {
      const parent = byId.get(id);
      const match = parent?.fields.find((f) => f.name.toLowerCase() === field.name.toLowerCase());
      if (parent && match) upstream.push({ source: parent.location, dataset: parent.name, field: match.name });
    }
    if (upstream.length > 0) field.upstream = upstream;
  }
}
