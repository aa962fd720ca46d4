// Sequelize models, read from the TypeScript/JavaScript syntax tree: `sequelize.define('User',
// { … }, options)`, `class User extends Model {}` + `User.init({ … }, options)` and
// sequelize-typescript's `@Table` classes with `@Column` members. A dataset is named by its
// `tableName` option, else by the model's name as written (Sequelize would pluralize it unless
// `freezeTableName`; the purpose map may name either through a glob). Attributes become fields
// named by their `field` option, else by their key (in snake_case under `underscored: true`),
// typed by their DataTypes name (`STRING`, `DATEONLY`).
import type { Dataset, DeclaredField, SourceWarning } from '../../model/index.js';
import { MAX_SCHEMA_FIELDS } from '../schema/schema-fields.js';
import { booleanOf, calleeOf, classesOf, commentOf, entryOf, joinParts, lastSegment, nameOf, objectOf, pathOf, positionOf, stringOf, ts, unwrap, walk, type Decorator } from './ts-syntax.js';
import { membersOf, snakeCase, type MemberDecl } from './typeorm.js';

/** sequelize-typescript decorators that declare a column on their own (its docs, "Model definition"). */
const TIMESTAMP_DECORATORS: Record<string, string> = { CreatedAt: 'DATE', UpdatedAt: 'DATE', DeletedAt: 'DATE' };

export function sequelizeDatasets(file: ts.SourceFile, location: string, warnings: SourceWarning[]): Dataset[] {
  const datasets: Dataset[] = [];
  walk(file, (node) => {
    if (!ts.isCallExpression(node)) return true;
    const callee = calleeOf(node);
    if (callee === undefined || !callee.includes('.')) return true;
    const method = lastSegment(callee);
    const [first, second, third] = node.arguments;
    // `sequelize.define('User', attributes, options)`.
    if (method === 'define' && stringOf(first) !== undefined && objectOf(second)) {
      datasets.push(defineDataset(stringOf(first)!, second, third, node, file, location, warnings));
    }
    // `User.init(attributes, { sequelize, tableName })`: the model class's static init.
    if (method === 'init' && objectOf(first) && objectOf(second)?.properties.some((property) => nameOf(property.name) === 'sequelize')) {
      const modelName = stringOf(entryOf(second, 'modelName')) ?? callee.slice(0, callee.lastIndexOf('.'));
      datasets.push(defineDataset(lastSegment(modelName), first, second, node, file, location, warnings));
    }
    return true;
  });
  for (const decl of classesOf(file)) {
    const table = decl.decorators.find((decorator) => decorator.name === 'Table');
    if (!table) continue;
    const options = table.args[0];
    const fields: DeclaredField[] = [];
    for (const member of membersOf(decl, file, warnings)) {
      if (fields.length >= MAX_SCHEMA_FIELDS) break;
      const field = decoratedColumn(member, booleanOf(entryOf(options, 'underscored')) === true);
      if (field) fields.push(field);
    }
    datasets.push({ kind: 'sequelize', name: stringOf(entryOf(options, 'tableName')) ?? decl.name, location, fields });
  }
  return datasets;
}

function defineDataset(modelName: string, attributes: ts.Expression, options: ts.Expression | undefined, call: ts.CallExpression, file: ts.SourceFile, location: string, warnings: SourceWarning[]): Dataset {
  const underscored = booleanOf(entryOf(options, 'underscored')) === true;
  const fields: DeclaredField[] = [];
  for (const property of objectOf(attributes)!.properties) {
    if (fields.length >= MAX_SCHEMA_FIELDS) break;
    const key = ts.isPropertyAssignment(property) ? nameOf(property.name) : undefined;
    if (!ts.isPropertyAssignment(property) || key === undefined) {
      warnings.push({ message: 'a model attribute that is not `key: value` (a spread, shorthand or computed key) was skipped', line: positionOf(property, file).line });
      continue;
    }
    const value = property.initializer;
    const attribute = objectOf(value);
    const type = dataType(attribute ? entryOf(attribute, 'type') : value);
    const comment = joinParts([commentOf(property, file), stringOf(entryOf(attribute, 'comment'))]);
    fields.push({
      name: stringOf(entryOf(attribute, 'field')) ?? (underscored ? snakeCase(key) : key),
      ...(type === undefined ? {} : { type }),
      ...(comment === undefined ? {} : { comment }),
      ...positionOf(property.name, file),
    });
  }
  fields.push(...timestampFields(options, call, file, underscored));
  return { kind: 'sequelize', name: stringOf(entryOf(options, 'tableName')) ?? modelName, location, fields };
}

/**
 * Sequelize adds `createdAt` and `updatedAt` unless `timestamps: false` (and `deletedAt` under
 * `paranoid: true`); each may be renamed (`createdAt: 'created_on'`) or dropped (`updatedAt: false`).
 */
function timestampFields(options: ts.Expression | undefined, call: ts.CallExpression, file: ts.SourceFile, underscored: boolean): DeclaredField[] {
  if (booleanOf(entryOf(options, 'timestamps')) === false) return [];
  const object = objectOf(options);
  const timestamps = object?.properties.find((property) => nameOf(property.name) === 'timestamps');
  const at = positionOf(timestamps ?? call, file);
  const keys = ['createdAt', 'updatedAt', ...(booleanOf(entryOf(options, 'paranoid')) === true ? ['deletedAt'] : [])];
  const fields: DeclaredField[] = [];
  for (const key of keys) {
    const renamed = entryOf(options, key);
    if (booleanOf(renamed) === false) continue;
    fields.push({ name: stringOf(renamed) ?? (underscored ? snakeCase(key) : key), type: 'DATE', ...at });
  }
  return fields;
}

/** `DataTypes.STRING`, `DataTypes.STRING(64)`, `Sequelize.DECIMAL(10, 2)`, `DataType.ARRAY(DataType.TEXT)` → `STRING`, …, `ARRAY`. */
function dataType(node: ts.Expression | undefined): string | undefined {
  const value = unwrap(node);
  if (!value) return undefined;
  const path = ts.isCallExpression(value) ? pathOf(value.expression) : pathOf(value);
  return stringOf(value) ?? (path === undefined ? undefined : lastSegment(path));
}

/** `@Column`, `@Column(DataType.STRING)`, `@Column({ type, field, comment })`, `@CreatedAt`. */
function decoratedColumn(member: MemberDecl, underscored: boolean): DeclaredField | undefined {
  const column: Decorator | undefined = member.decorators.find((decorator) => decorator.name === 'Column');
  const stamp = member.decorators.find((decorator) => Object.hasOwn(TIMESTAMP_DECORATORS, decorator.name));
  if (!column && !stamp) return undefined;
  const options = column?.args.find((arg) => objectOf(arg) !== undefined);
  const positional = column?.args[0] !== undefined && objectOf(column.args[0]) === undefined ? column.args[0] : undefined;
  const type = dataType(entryOf(options, 'type')) ?? dataType(positional) ?? (stamp ? TIMESTAMP_DECORATORS[stamp.name] : undefined) ?? member.tsType;
  const comment = joinParts([stringOf(entryOf(options, 'comment')), member.comment]);
  return {
    name: stringOf(entryOf(options, 'field')) ?? (underscored ? snakeCase(member.name) : member.name),
    ...(type === undefined ? {} : { type }),
    ...(comment === undefined ? {} : { comment }),
    line: member.line,
    column: member.column,
  };
}
