// Mongoose schemas, read from the TypeScript/JavaScript syntax tree: `new Schema({ … })`
// definitions flattened into paths (`address.street`, `orders[].total`), named by the
// `model('User', schema)` that uses them. Never run; an entry that is not `key: value` (a
// spread, a shorthand or computed key, a method) is skipped with a warning naming its line.
import type { Dataset, DeclaredField, SourceWarning } from '../../model/index.js';
import { MAX_SCHEMA_FIELDS } from '../schema/schema-fields.js';
import { booleanOf, calleeOf, commentOf, entryOf, joinParts, lastSegment, nameOf, pathOf, positionOf, stringOf, ts, unwrap, walk } from './ts-syntax.js';

/** Subschemas nest at most this deep; a schema that includes itself is cut there. */
const MAX_PATH_DEPTH = 12;

interface SchemaDecl {
  call: ts.CallExpression | ts.NewExpression;
  definition: ts.Expression | undefined;
  options: ts.Expression | undefined;
  variable?: string;
  /** Objects of paths given to `schema.add(…)`, in file order. */
  added: ts.Expression[];
}

interface ModelDecl {
  name: string;
  collection?: string;
  schema: ts.Expression | undefined;
}

/** Where an entry was declared and what documents it. */
interface EntrySite {
  line: number;
  column: number;
  comment?: string;
}

/** `new Schema(…)`, `new mongoose.Schema<T>(…)`, `Schema(…)`. */
function schemaCall(node: ts.Node | undefined): ts.CallExpression | ts.NewExpression | undefined {
  if (!node || !(ts.isCallExpression(node) || ts.isNewExpression(node))) return undefined;
  const callee = calleeOf(node);
  return callee !== undefined && lastSegment(callee) === 'Schema' ? node : undefined;
}

function argsOf(call: ts.CallExpression | ts.NewExpression): readonly ts.Expression[] {
  return call.arguments ?? [];
}

/** The datasets of the Mongoose schemas in a parsed file; `fallbackName` names a schema no model or variable names. */
export function mongooseDatasets(file: ts.SourceFile, location: string, fallbackName: string, warnings: SourceWarning[]): Dataset[] {
  const schemas: SchemaDecl[] = [];
  const models: ModelDecl[] = [];
  /** `userSchema.add({ … })`: paths added to a schema variable after its definition (plugins do this). */
  const additions: Array<{ variable: string; paths: ts.Expression }> = [];
  walk(file, (node) => {
    const schema = schemaCall(node);
    if (schema) {
      const [definition, options] = argsOf(schema);
      const variable = assignedName(schema);
      schemas.push({ call: schema, definition, options, ...(variable === undefined ? {} : { variable }), added: [] });
      // A schema inside a schema is a subschema, read where it is used.
      return false;
    }
    if (!ts.isCallExpression(node)) return true;
    const callee = calleeOf(node);
    if (callee === undefined) return true;
    const [first, second, third] = node.arguments;
    const segments = callee.split('.');
    if (segments.length === 2 && segments[1] === 'add' && first && ts.isObjectLiteralExpression(unwrap(first)!)) additions.push({ variable: segments[0], paths: first });
    const name = stringOf(first);
    if (lastSegment(callee) === 'model' && name !== undefined) {
      const collection = stringOf(third);
      models.push({ name, ...(collection === undefined ? {} : { collection }), schema: unwrap(second) });
    }
    return true;
  });
  const byVariable = new Map(schemas.filter((schema) => schema.variable !== undefined).map((schema) => [schema.variable!, schema]));
  for (const { variable, paths } of additions) byVariable.get(variable)?.added.push(paths);
  const byCall = new Map<ts.Node, SchemaDecl>(schemas.map((schema) => [schema.call, schema]));
  const reader = new PathReader(file, byVariable, byCall, warnings);
  const datasets: Dataset[] = [];
  const modelled = new Set<SchemaDecl>();
  for (const model of models) {
    const schema = model.schema === undefined ? undefined : ts.isIdentifier(model.schema) ? byVariable.get(model.schema.text) : byCall.get(model.schema);
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

/** `const userSchema = new Schema(…)`, `export const userSchema: Schema<IUser> = …`, `this.schema = …`: the name it is given. */
function assignedName(call: ts.Node): string | undefined {
  let node = call;
  while (ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent) || ts.isSatisfiesExpression(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === node && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === node) {
    const target = pathOf(parent.left);
    return target === undefined ? undefined : lastSegment(target);
  }
  return undefined;
}

/** Flattens schema definitions into fields, following subschemas by variable. */
class PathReader {
  /** Schemas another schema embeds (as a path's type, in an array, or inline). */
  private readonly embedded = new Set<SchemaDecl>();
  private readonly warned = new Set<number>();

  constructor(
    private readonly file: ts.SourceFile,
    private readonly byVariable: ReadonlyMap<string, SchemaDecl>,
    private readonly byCall: ReadonlyMap<ts.Node, SchemaDecl>,
    private readonly warnings: SourceWarning[],
  ) {
    // Embedding is known only after reading every schema once.
    for (const schema of byCall.values()) this.fields(schema);
  }

  isEmbedded(schema: SchemaDecl): boolean {
    return this.embedded.has(schema);
  }

  fields(schema: SchemaDecl): DeclaredField[] {
    const out: DeclaredField[] = [];
    for (const paths of [schema.definition, ...schema.added]) {
      const object = unwrap(paths);
      if (object && ts.isObjectLiteralExpression(object)) this.appendObject(object, '', out, new Set([schema]), 0);
    }
    this.appendTimestamps(schema, out);
    return out;
  }

  /** `{ timestamps: true }` adds `createdAt` and `updatedAt` (renamed by `{ createdAt: 'created_at' }`). */
  private appendTimestamps(schema: SchemaDecl, out: DeclaredField[]): void {
    const options = unwrap(schema.options);
    if (!options || !ts.isObjectLiteralExpression(options)) return;
    const entry = options.properties.find((property): property is ts.PropertyAssignment => ts.isPropertyAssignment(property) && nameOf(property.name) === 'timestamps');
    if (!entry) return;
    const value = entry.initializer;
    if (booleanOf(value) === false) return;
    const at = positionOf(entry.name, this.file);
    for (const key of ['createdAt', 'updatedAt']) {
      const renamed = entryOf(value, key);
      if (booleanOf(renamed) === false) continue;
      out.push({ name: stringOf(renamed) ?? key, type: 'Date', ...at });
    }
  }

  private appendObject(object: ts.ObjectLiteralExpression, prefix: string, out: DeclaredField[], ancestors: Set<SchemaDecl>, depth: number): void {
    for (const property of object.properties) {
      const name = ts.isPropertyAssignment(property) ? nameOf(property.name) ?? (ts.isNumericLiteral(property.name) ? property.name.text : undefined) : undefined;
      if (!ts.isPropertyAssignment(property) || name === undefined) {
        this.warnSkipped(positionOf(property, this.file).line);
        continue;
      }
      const site = { ...positionOf(property.name, this.file), comment: commentOf(property, this.file) };
      this.appendPath(`${prefix}${name}`, property.initializer, site, out, ancestors, depth);
    }
  }

  private warnSkipped(line: number): void {
    if (this.warned.has(line)) return;
    this.warned.add(line);
    this.warnings.push({ message: 'a schema entry that is not `key: value` (a spread, shorthand or computed key) was skipped', line });
  }

  /** The schema a node stands for: a `new Schema(…)` or a variable holding one. */
  private subschema(node: ts.Expression | undefined): SchemaDecl | undefined {
    const value = unwrap(node);
    const call = schemaCall(value);
    if (call) {
      const [definition, options] = argsOf(call);
      return this.byCall.get(call) ?? { call, definition, options, added: [] };
    }
    if (value && ts.isIdentifier(value)) return this.byVariable.get(value.text);
    return undefined;
  }

  private appendPath(name: string, raw: ts.Expression, at: EntrySite, out: DeclaredField[], ancestors: Set<SchemaDecl>, depth: number, comment = at.comment): void {
    // The field cap also stops subschemas that fan out exponentially (each used ten times by the next).
    if (depth > MAX_PATH_DEPTH || out.length >= MAX_SCHEMA_FIELDS) return;
    const value = unwrap(raw) ?? raw;
    const schema = this.subschema(value);
    if (schema) {
      this.embedded.add(schema);
      const definition = unwrap(schema.definition);
      if (ancestors.has(schema) || !definition || !ts.isObjectLiteralExpression(definition)) {
        this.leaf(name, 'Subdocument', at, comment, out);
        return;
      }
      const inside = new Set([...ancestors, schema]);
      for (const paths of [schema.definition, ...schema.added]) {
        const object = unwrap(paths);
        if (object && ts.isObjectLiteralExpression(object)) this.appendObject(object, `${name}.`, out, inside, depth + 1);
      }
      return;
    }
    if (ts.isArrayLiteralExpression(value)) {
      const [item] = value.elements;
      if (item === undefined) this.leaf(`${name}[]`, 'Mixed', at, comment, out);
      else if (this.subschema(item) || isNestedPaths(item)) this.appendPath(`${name}[]`, item, at, out, ancestors, depth + 1, comment);
      else this.leaf(`${name}[]`, `${typeName(declaredType(item)) ?? 'Mixed'}[]`, at, comment, out);
      return;
    }
    if (ts.isObjectLiteralExpression(value)) {
      const type = entryOf(value, 'type');
      if (type !== undefined && !isNestedPaths(value)) {
        // `{ type: String, required: true }`: a path with options. `{ type: Map, of: String }`: a map.
        const typePath = pathOf(type);
        if (typePath !== undefined && lastSegment(typePath) === 'Map') {
          const of = entryOf(value, 'of');
          if (of && (this.subschema(of) || isNestedPaths(of))) this.appendPath(`${name}.*`, of, at, out, ancestors, depth + 1, comment);
          else this.leaf(`${name}.*`, typeName(of === undefined ? undefined : declaredType(of)) ?? 'Mixed', at, comment, out);
          return;
        }
        const described = stringOf(entryOf(value, 'description')) ?? stringOf(entryOf(value, 'comment'));
        this.appendPath(name, type, at, out, ancestors, depth + 1, joinParts([comment, described]));
        return;
      }
      if (value.properties.length === 0) {
        this.leaf(name, 'Mixed', at, comment, out);
        return;
      }
      // A plain object of paths: a nested path (`address: { street: String }` → `address.street`).
      this.appendObject(value, `${name}.`, out, ancestors, depth + 1);
      return;
    }
    this.leaf(name, typeName(value), at, comment, out);
  }

  private leaf(name: string, type: string | undefined, at: EntrySite, comment: string | undefined, out: DeclaredField[]): void {
    out.push({ name, ...(type === undefined ? {} : { type }), ...(comment === undefined ? {} : { comment }), line: at.line, column: at.column });
  }
}

/** An object literal of paths rather than a path's options (it has no `type` key, or `type` is itself a path). */
function isNestedPaths(node: ts.Expression): boolean {
  const value = unwrap(node);
  if (!value || !ts.isObjectLiteralExpression(value)) return false;
  const type = unwrap(entryOf(value, 'type'));
  return type === undefined || (ts.isObjectLiteralExpression(type) && entryOf(type, 'type') !== undefined);
}

/** An array item's type node: `[String]`, `[{ type: String }]`. */
function declaredType(node: ts.Expression): ts.Expression {
  const value = unwrap(node) ?? node;
  return ts.isObjectLiteralExpression(value) ? (entryOf(value, 'type') ?? value) : value;
}

/** `String`, `'String'`, `Schema.Types.ObjectId` → `String`, `String`, `ObjectId`. */
function typeName(node: ts.Expression | undefined): string | undefined {
  const value = unwrap(node);
  if (value === undefined) return undefined;
  const path = pathOf(value);
  if (path !== undefined) return lastSegment(path);
  const text = stringOf(value);
  if (text !== undefined) return text;
  if (ts.isArrayLiteralExpression(value)) return `${typeName(value.elements[0] === undefined ? undefined : declaredType(value.elements[0])) ?? 'Mixed'}[]`;
  if (ts.isObjectLiteralExpression(value)) return value.properties.length === 0 ? 'Mixed' : undefined;
  return undefined;
}
