// OpenAPI 3.0/3.1 and Swagger 2.0 documents (YAML or JSON): one dataset per component schema,
// per inline request/response body and per operation's parameters, lines from the original file.
import type { DeclaredField, OpenedSource, SourceWarning } from '../../model/index.js';
import { SourceError } from '../../model/index.js';
import type { SourceFile } from '../text-stream.js';
import { isRecord, parseSchemaDocument, readSchemaText, type Position, type SchemaDocument } from './document.js';
import { dereferenceInPlace } from './refs.js';
import { MAX_SCHEMA_FIELDS, commentOf, schemaFields, typeOf } from './schema-fields.js';

/** Operation keys of a Path Item Object (OpenAPI 3.1 §4.8.9; Swagger 2.0 has the same minus `trace`). */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Json = Record<string, unknown>;

interface DatasetDraft {
  name: string;
  fields: DeclaredField[];
}

/** Whether a parsed document's top level declares itself OpenAPI 3.x or Swagger 2.0. */
export function isOpenApiRoot(root: unknown): root is Json {
  return isRecord(root) && (typeof root.openapi === 'string' || typeof root.swagger === 'string' || typeof root.swagger === 'number');
}

/**
 * Opens an OpenAPI document. Bodies that are only a component (`$ref` to it, or an array of it)
 * are not repeated as datasets of their own. Throws 'not an OpenAPI document' for other files.
 */
export async function openOpenApi(source: SourceFile): Promise<OpenedSource> {
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const document = parseSchemaDocument(text, source.location);
  if (!isOpenApiRoot(document.root)) {
    throw new SourceError("not an OpenAPI document (no top-level 'openapi' or 'swagger' key)", source.location, 1);
  }
  const { root, warnings } = await dereferenceInPlace(source.file, document, source.scanRoot);
  const api = isRecord(root) ? root : document.root;
  const reader = new OpenApiReader(document, warnings);
  const drafts = [...reader.componentDatasets(api), ...reader.operationDatasets(api)];
  return {
    kind: 'openapi',
    location: source.location,
    sizeBytes: source.sizeBytes,
    datasets: drafts.map((draft) => ({ kind: 'openapi', name: draft.name, location: source.location, fields: draft.fields })),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

class OpenApiReader {
  /** Component schema objects; after dereferencing, a `$ref` to one is that very object. */
  private readonly components = new Set<object>();

  constructor(
    private readonly document: SchemaDocument,
    private readonly warnings: SourceWarning[],
  ) {}

  componentDatasets(api: Json): DatasetDraft[] {
    const schemas = isRecord(api.components) ? api.components.schemas : api.definitions; // 3.x : 2.0
    if (!isRecord(schemas)) return [];
    const drafts: DatasetDraft[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      if (isRecord(schema)) this.components.add(schema);
      const fields = this.flatten(name, schema, this.document.positionOf(schemas, name));
      if (fields.length > 0) drafts.push({ name, fields });
    }
    return drafts;
  }

  operationDatasets(api: Json): DatasetDraft[] {
    const paths = api.paths;
    if (!isRecord(paths)) return [];
    const drafts: DatasetDraft[] = [];
    for (const [route, pathItem] of Object.entries(paths)) {
      if (!isRecord(pathItem)) continue;
      for (const method of METHODS) {
        const operation = pathItem[method];
        if (!isRecord(operation)) continue;
        const label = `${method.toUpperCase()} ${route}`;
        const parameters = [...listOf(pathItem.parameters), ...listOf(operation.parameters)];
        const parameterFields = this.parameterFields(parameters);
        if (parameterFields.length > 0) drafts.push({ name: `${label} parameters`, fields: parameterFields });
        const request = requestSchema(operation, parameters, this.document);
        if (request) this.pushBody(drafts, `${label} request`, request.schema, request.position);
        const responses = operation.responses;
        if (!isRecord(responses)) continue;
        for (const [status, response] of Object.entries(responses)) {
          const body = isRecord(response) ? bodySchema(response) : undefined;
          if (body) this.pushBody(drafts, `${label} ${status} response`, body, this.document.positionOf(responses, status));
        }
      }
    }
    return drafts;
  }

  private pushBody(drafts: DatasetDraft[], name: string, schema: unknown, position: Position | undefined): void {
    if (this.isComponent(schema)) return;
    const fields = this.flatten(name, schema, position);
    if (fields.length > 0) drafts.push({ name, fields });
  }

  /** A body that is a component, or an array of one, adds nothing beyond the component's dataset. */
  private isComponent(schema: unknown): boolean {
    if (!isRecord(schema)) return false;
    return this.components.has(schema) || (isRecord(schema.items) && this.components.has(schema.items));
  }

  private flatten(name: string, schema: unknown, position: Position | undefined): DeclaredField[] {
    const { fields, truncated } = schemaFields(schema, this.document, position);
    if (truncated) this.warnings.push({ message: `${name}: only the first ${MAX_SCHEMA_FIELDS} fields were kept`, ...(position ? { line: position.line } : {}) });
    return fields;
  }

  /**
   * Query, path, header and cookie parameters (and 2.0 `formData`); a later one with the same
   * name and location (the operation's) overrides the path item's (OpenAPI 3.1 §4.8.10.1).
   */
  private parameterFields(parameters: unknown[]): DeclaredField[] {
    const byKey = new Map<string, DeclaredField>();
    for (const parameter of parameters) {
      if (!isRecord(parameter) || typeof parameter.name !== 'string' || parameter.in === 'body') continue;
      const schema = isRecord(parameter.schema) ? parameter.schema : parameter; // 2.0 puts type/format on the parameter
      const type = typeOf(schema);
      const description = typeof parameter.description === 'string' && parameter.description.trim() !== '' ? parameter.description.trim() : undefined;
      const position = this.document.positionOf(parameter, 'name');
      byKey.set(`${String(parameter.in)}:${parameter.name}`, {
        name: parameter.name,
        ...(type === undefined ? {} : { type }),
        ...(description === undefined ? (commentOf(schema) === undefined ? {} : { comment: commentOf(schema) }) : { comment: description }),
        ...(position ? { line: position.line, column: position.column } : {}),
      });
    }
    return [...byKey.values()];
  }
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

/** The request body's schema: 3.x `requestBody.content`, or the 2.0 `in: body` parameter's `schema`. */
function requestSchema(operation: Json, parameters: unknown[], document: SchemaDocument): { schema: unknown; position: Position | undefined } | undefined {
  if (isRecord(operation.requestBody)) {
    const schema = bodySchema(operation.requestBody);
    return schema === undefined ? undefined : { schema, position: document.positionOf(operation, 'requestBody') };
  }
  const body = parameters.find((parameter) => isRecord(parameter) && parameter.in === 'body');
  return isRecord(body) && body.schema !== undefined ? { schema: body.schema, position: document.positionOf(body, 'name') } : undefined;
}

/** The schema of a request/response: the first JSON media type with one, else the first with one; 2.0 `schema`. */
function bodySchema(body: Json): unknown {
  if (isRecord(body.content)) {
    const media = Object.entries(body.content).filter(([, value]) => isRecord(value) && value.schema !== undefined);
    const chosen = media.find(([type]) => /json/i.test(type)) ?? media[0];
    return chosen ? (chosen[1] as Json).schema : undefined;
  }
  return body.schema;
}
