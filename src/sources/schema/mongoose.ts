// Mongoose schemas in TypeScript/JavaScript source: `new Schema({ … })` definitions flattened
// into paths (`address.street`, `orders[].total`), named by the `model('User', schema)` that
// uses them. Read from tokens, never by running the file; an entry that is not `key: value`
// (a spread, a shorthand or computed key) is skipped with a warning naming its line.
import type { Dataset, DeclaredField, SourceWarning } from '../../model/index.js';
import type { Token } from './code-tokens.js';
import { MAX_SCHEMA_FIELDS } from './schema-fields.js';
import { entryOf, readPrimary, stringOf, type LiteralNode, type ObjectEntry } from './ts-literals.js';

/** Subschemas nest at most this deep; a schema that includes itself is cut there. */
const MAX_PATH_DEPTH = 12;
/** Tokens that may start a schema or model expression (`new Schema`, `Schema(`, `mongoose.model`, `model(`). */
const STARTS = new Set(['new', 'Schema', 'mongoose', 'model']);

interface SchemaDecl {
  /** Token index of the `new`/`Schema` that starts it. */
  start: number;
  definition: LiteralNode | undefined;
  options: LiteralNode | undefined;
  variable?: string;
  /** Objects of paths given to `schema.add(…)`, in file order. */
  added: LiteralNode[];
  line: number;
}

interface ModelDecl {
  name: string;
  collection?: string;
  schema: LiteralNode | undefined;
}

type CallNode = Extract<LiteralNode, { kind: 'call' }>;

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

/** `new Schema(…)`, `new mongoose.Schema<T>(…)`, `Schema(…)`. */
function schemaCall(node: LiteralNode | undefined): CallNode | undefined {
  return node?.kind === 'call' && lastSegment(node.callee) === 'Schema' ? node : undefined;
}

/** The datasets of the Mongoose schemas in `tokens`; `fallbackName` names a schema no model or variable names. */
export function mongooseDatasets(tokens: readonly Token[], location: string, fallbackName: string, warnings: SourceWarning[]): Dataset[] {
  const schemas: SchemaDecl[] = [];
  const models: ModelDecl[] = [];
  const register = (call: CallNode, variable?: string): void => {
    schemas.push({ start: call.start, definition: call.args[0], options: call.args[1], ...(variable === undefined ? {} : { variable }), added: [], line: call.line });
  };
  /** Schemas and models inside an expression (`module.exports = model('User', new Schema(…))`); not inside a schema. */
  const collect = (node: LiteralNode): void => {
    const schema = schemaCall(node);
    if (schema) {
      register(schema);
      return;
    }
    if (node.kind === 'call') {
      const name = stringOf(node.args[0]);
      if (lastSegment(node.callee) === 'model' && name !== undefined) {
        const collection = stringOf(node.args[2]);
        models.push({ name, ...(collection === undefined ? {} : { collection }), schema: node.args[1] });
      }
      node.args.forEach(collect);
    } else if (node.kind === 'object') node.entries.forEach((entry) => collect(entry.value));
    else if (node.kind === 'array') node.items.forEach(collect);
    else if (node.kind === 'arrow') collect(node.returns);
  };
  /** `userSchema.add({ … })`: paths added to a schema variable after its definition (plugins do this). */
  const additions: Array<{ variable: string; paths: LiteralNode }> = [];
  let k = 0;
  while (k < tokens.length) {
    const token = tokens[k];
    if (token.kind === 'name' && tokens[k - 1]?.text !== '.' && tokens[k + 1]?.text === '.' && tokens[k + 2]?.text === 'add' && tokens[k + 3]?.text === '(') {
      const { node, end } = readPrimary(tokens, k);
      if (node.kind === 'call' && node.args[0]?.kind === 'object') additions.push({ variable: token.text, paths: node.args[0] });
      k = Math.max(end, k + 1);
      continue;
    }
    // `connection.model('User', schema)`: a model call on a connection is read from `model` on.
    const member = tokens[k - 1]?.text === '.' && !(token.text === 'model' && tokens[k + 1]?.text === '(');
    if (token.kind !== 'name' || !STARTS.has(token.text) || member) {
      k++;
      continue;
    }
    // Each expression is read once, from its first token: nested calls are walked in the tree, so time stays linear.
    const { node, end } = readPrimary(tokens, k);
    const schema = schemaCall(node);
    if (schema) register(schema, assignedName(tokens, k));
    else collect(node);
    k = node.kind === 'call' ? end : k + 1;
  }
  const byVariable = new Map(schemas.filter((schema) => schema.variable !== undefined).map((schema) => [schema.variable!, schema]));
  for (const { variable, paths } of additions) byVariable.get(variable)?.added.push(paths);
  const byStart = new Map(schemas.map((schema) => [schema.start, schema]));
  const reader = new PathReader(byVariable, byStart, warnings);
  const datasets: Dataset[] = [];
  const modelled = new Set<SchemaDecl>();
  for (const model of models) {
    const schema = model.schema?.kind === 'path' ? byVariable.get(model.schema.value) : model.schema?.kind === 'call' ? byStart.get(model.schema.start) : undefined;
    if (!schema) continue;
    modelled.add(schema);
    const name = model.collection ?? stringOf(entryOf(schema.options, 'collection')) ?? model.name;
    datasets.push({ kind: 'mongoose', name, location, fields: reader.fields(schema) });
  }
  for (const schema of schemas) {
    // A schema no model uses is still a collection's definition unless another schema embeds it.
    if (modelled.has(schema) || reader.isEmbedded(schema)) continue;
    const name = stringOf(entryOf(schema.options, 'collection')) ?? (schema.variable === undefined ? fallbackName : schema.variable.replace(/_?schema$/i, '') || schema.variable);
    datasets.push({ kind: 'mongoose', name, location, fields: reader.fields(schema) });
  }
  return datasets;
}

/** `const userSchema = new Schema(…)`, `export const userSchema: Schema<IUser> = …`: the variable's name. */
function assignedName(tokens: readonly Token[], start: number): string | undefined {
  if (tokens[start - 1]?.text !== '=') return undefined;
  for (let k = start - 2; k >= Math.max(0, start - 24); k--) {
    const text = tokens[k].text;
    if ((text === 'const' || text === 'let' || text === 'var') && tokens[k + 1]?.kind === 'name') return tokens[k + 1].text;
    if (text === ';' || text === '{' || text === '}') break;
  }
  return tokens[start - 2]?.kind === 'name' ? tokens[start - 2].text : undefined;
}

/** Flattens schema definitions into fields, following subschemas by variable. */
class PathReader {
  /** Schemas another schema embeds (as a path's type, in an array, or inline). */
  private readonly embedded = new Set<SchemaDecl>();
  private readonly warned = new Set<number>();

  constructor(
    private readonly byVariable: ReadonlyMap<string, SchemaDecl>,
    private readonly byStart: ReadonlyMap<number, SchemaDecl>,
    private readonly warnings: SourceWarning[],
  ) {
    // Embedding is known only after reading every schema once.
    for (const schema of byStart.values()) this.fields(schema);
  }

  isEmbedded(schema: SchemaDecl): boolean {
    return this.embedded.has(schema);
  }

  fields(schema: SchemaDecl): DeclaredField[] {
    const out: DeclaredField[] = [];
    for (const paths of [schema.definition, ...schema.added]) {
      if (paths?.kind === 'object') this.appendObject(paths, '', out, new Set([schema]), 0);
    }
    this.appendTimestamps(schema, out);
    return out;
  }

  /** `{ timestamps: true }` adds `createdAt` and `updatedAt` (renamed by `{ createdAt: 'created_at' }`). */
  private appendTimestamps(schema: SchemaDecl, out: DeclaredField[]): void {
    const options = schema.options;
    if (options?.kind !== 'object') return;
    const entry = options.entries.find((candidate) => candidate.key === 'timestamps');
    if (!entry) return;
    const value = entry.value;
    if (value.kind === 'boolean' && value.value !== 'true') return;
    for (const key of ['createdAt', 'updatedAt']) {
      const renamed = entryOf(value, key);
      if (renamed?.kind === 'boolean' && renamed.value === 'false') continue;
      out.push({ name: stringOf(renamed) ?? key, type: 'Date', line: entry.line, column: entry.column });
    }
  }

  private appendObject(object: Extract<LiteralNode, { kind: 'object' }>, prefix: string, out: DeclaredField[], ancestors: Set<SchemaDecl>, depth: number): void {
    for (const line of object.skipped) this.warnSkipped(line);
    for (const entry of object.entries) this.appendPath(`${prefix}${entry.key}`, entry.value, entry, out, ancestors, depth);
  }

  private warnSkipped(line: number): void {
    if (this.warned.has(line)) return;
    this.warned.add(line);
    this.warnings.push({ message: `a schema entry that is not \`key: value\` (a spread, shorthand or computed key) was skipped`, line });
  }

  /** The schema a node stands for: a `new Schema(…)` or a variable holding one. */
  private subschema(node: LiteralNode): SchemaDecl | undefined {
    const call = schemaCall(node);
    if (call) return this.byStart.get(call.start) ?? { start: call.start, definition: call.args[0], options: call.args[1], added: [], line: call.line };
    if (node.kind === 'path') return this.byVariable.get(node.value);
    return undefined;
  }

  private appendPath(name: string, value: LiteralNode, at: ObjectEntry, out: DeclaredField[], ancestors: Set<SchemaDecl>, depth: number, comment = at.comment): void {
    // The field cap also stops subschemas that fan out exponentially (each used ten times by the next).
    if (depth > MAX_PATH_DEPTH || out.length >= MAX_SCHEMA_FIELDS) return;
    const schema = this.subschema(value);
    if (schema) {
      this.embedded.add(schema);
      if (ancestors.has(schema) || schema.definition?.kind !== 'object') {
        this.leaf(name, 'Subdocument', at, comment, out);
        return;
      }
      const inside = new Set([...ancestors, schema]);
      for (const paths of [schema.definition, ...schema.added]) {
        if (paths.kind === 'object') this.appendObject(paths, `${name}.`, out, inside, depth + 1);
      }
      return;
    }
    if (value.kind === 'array') {
      const [item] = value.items;
      if (item === undefined) this.leaf(`${name}[]`, 'Mixed', at, comment, out);
      else if (this.subschema(item) || isNestedPaths(item)) this.appendPath(`${name}[]`, item, at, out, ancestors, depth + 1, comment);
      else this.leaf(`${name}[]`, `${typeName(declaredType(item)) ?? 'Mixed'}[]`, at, comment, out);
      return;
    }
    if (value.kind === 'object') {
      const type = entryOf(value, 'type');
      if (type !== undefined && !isNestedPaths(value)) {
        // `{ type: String, required: true }`: a path with options. `{ type: Map, of: String }`: a map.
        if (type.kind === 'path' && lastSegment(type.value) === 'Map') {
          const of = entryOf(value, 'of');
          if (of && (this.subschema(of) || isNestedPaths(of))) this.appendPath(`${name}.*`, of, at, out, ancestors, depth + 1, comment);
          else this.leaf(`${name}.*`, typeName(of === undefined ? undefined : declaredType(of)) ?? 'Mixed', at, comment, out);
          return;
        }
        const described = stringOf(entryOf(value, 'description')) ?? stringOf(entryOf(value, 'comment'));
        this.appendPath(name, type, at, out, ancestors, depth + 1, joinComments(comment, described));
        return;
      }
      if (value.entries.length === 0) {
        this.leaf(name, 'Mixed', at, comment, out);
        return;
      }
      // A plain object of paths: a nested path (`address: { street: String }` → `address.street`).
      this.appendObject(value, `${name}.`, out, ancestors, depth + 1);
      return;
    }
    this.leaf(name, typeName(value), at, comment, out);
  }

  private leaf(name: string, type: string | undefined, at: ObjectEntry, comment: string | undefined, out: DeclaredField[]): void {
    out.push({ name, ...(type === undefined ? {} : { type }), ...(comment === undefined ? {} : { comment }), line: at.line, column: at.column });
  }
}

/** An object literal of paths rather than a path's options (it has no `type` key, or `type` is itself a path). */
function isNestedPaths(node: LiteralNode): boolean {
  if (node.kind !== 'object') return false;
  const type = entryOf(node, 'type');
  return type === undefined || (type.kind === 'object' && entryOf(type, 'type') !== undefined);
}

/** An array item's type node: `[String]`, `[{ type: String }]`. */
function declaredType(node: LiteralNode): LiteralNode {
  return node.kind === 'object' ? (entryOf(node, 'type') ?? node) : node;
}

/** `String`, `'String'`, `Schema.Types.ObjectId` → `String`, `String`, `ObjectId`. */
function typeName(node: LiteralNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (node.kind === 'path') return lastSegment(node.value);
  if (node.kind === 'string') return node.value;
  if (node.kind === 'array') return `${typeName(node.items[0] === undefined ? undefined : declaredType(node.items[0])) ?? 'Mixed'}[]`;
  if (node.kind === 'object') return node.entries.length === 0 ? 'Mixed' : undefined;
  return undefined;
}

function joinComments(first: string | undefined, second: string | undefined): string | undefined {
  if (first === undefined) return second;
  if (second === undefined) return first;
  return `${first} ${second}`;
}
