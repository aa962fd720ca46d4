// The classes of a Python file as model readers need them, read from tree-sitter's Python
// syntax tree: name, bases, and the attribute statements of the body (`name = value`,
// `name: Annotation = value`, `name: Annotation`) with their lines, plus nested classes (`Meta`).
// Other statements (defs, docstrings, control flow) are passed over; a reader warns about
// attributes that look like fields it cannot read.
import { lastName, readExpression, type PyExpr } from './python-expressions.js';
import { positionOf, withSyntaxTree, type SyntaxNode } from './tree-sitter.js';

export interface PyAttribute {
  name: string;
  annotation?: PyExpr;
  value?: PyExpr;
  line: number;
  column: number;
  /** The names the statement mentions, to tell a field this reader could not read from an ordinary attribute. */
  mentions: readonly string[];
}

export interface PyClass {
  name: string;
  /** Base classes as written (`models.Model`, `Base`, `TimestampMixin`). */
  bases: PyExpr[];
  line: number;
  attributes: PyAttribute[];
  nested: Map<string, PyClass>;
}

/** Nesting of classes read: a model, its `Meta`, and one more level to spare. */
const MAX_CLASS_NESTING = 3;
/** Names collected per statement for `mentions`: a declaration names its field class early. */
const MAX_MENTIONS = 256;
/** Statements holding other statements, walked into when looking for classes and module assignments. */
const COMPOUND = new Set(['module', 'block', 'if_statement', 'elif_clause', 'else_clause', 'try_statement', 'except_clause', 'finally_clause', 'with_statement', 'for_statement', 'while_statement', 'decorated_definition', 'function_definition', 'match_statement', 'case_clause', 'ERROR']);

export interface PyModule {
  /** Every class of the file, in order, at any depth (a model may sit inside an `if TYPE_CHECKING` block). */
  classes: PyClass[];
  /** Assignments outside classes (`users = Table("users", …)`). */
  assignments: PyAttribute[];
  /** Modules imported anywhere in the file (`django.db`, `sqlalchemy.orm`, `alembic`). */
  imports: string[];
}

/** Parses a Python file with the Python grammar and reads its classes and module-level assignments. */
export function pythonModule(text: string, location = 'python'): Promise<PyModule> {
  return withSyntaxTree('python', text, location, readModule);
}

/** Classes and assignments in source order, walked with a stack (no recursion over statement nesting). */
export function readModule(root: SyntaxNode): PyModule {
  const classes: PyClass[] = [];
  const assignments: PyAttribute[] = [];
  const imports: string[] = [];
  const stack: SyntaxNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'import_from_statement') {
      const module = node.childForFieldName('module_name')?.text;
      if (module !== undefined) imports.push(module);
      continue;
    }
    if (node.type === 'import_statement') {
      for (const name of node.childrenForFieldName('name')) {
        const dotted = name?.type === 'aliased_import' ? name.childForFieldName('name') : name;
        if (dotted) imports.push(dotted.text);
      }
      continue;
    }
    if (node.type === 'class_definition') {
      classes.push(readClass(node, 0));
      continue;
    }
    if (node.type === 'expression_statement') {
      const assignment = readAttribute(node);
      if (assignment) assignments.push(assignment);
      continue;
    }
    if (!COMPOUND.has(node.type)) continue;
    const children = node.namedChildren;
    for (let k = children.length - 1; k >= 0; k--) {
      const child = children[k];
      if (child) stack.push(child);
    }
  }
  return { classes, assignments, imports };
}

function readClass(node: SyntaxNode, depth: number): PyClass {
  const superclasses = node.childForFieldName('superclasses');
  const bases = (superclasses?.namedChildren ?? []).filter((base) => base !== null && base.type !== 'keyword_argument' && base.type !== 'comment').map((base) => readExpression(base));
  const cls: PyClass = { name: node.childForFieldName('name')?.text ?? '', bases, line: positionOf(node).line, attributes: [], nested: new Map() };
  // Classes nested deeper than `Model.Meta` matter to no reader: their bodies are skipped unread.
  if (depth >= MAX_CLASS_NESTING) return cls;
  for (const statement of node.childForFieldName('body')?.namedChildren ?? []) {
    if (!statement) continue;
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (definition?.type === 'class_definition') {
      const nested = readClass(definition, depth + 1);
      cls.nested.set(nested.name, nested);
      continue;
    }
    const attribute = statement.type === 'expression_statement' ? readAttribute(statement) : undefined;
    if (attribute) cls.attributes.push(attribute);
  }
  return cls;
}

/** `name = value`, `name: Annotation = value` or `name: Annotation`; `a = b = Column()` chains take the last value. */
function readAttribute(statement: SyntaxNode): PyAttribute | undefined {
  const assignment = statement.namedChildren[0];
  if (assignment?.type !== 'assignment') return undefined;
  const left = assignment.childForFieldName('left');
  if (left?.type !== 'identifier') return undefined;
  const annotation = assignment.childForFieldName('type');
  let right = assignment.childForFieldName('right');
  while (right?.type === 'assignment') right = right.childForFieldName('right');
  return {
    name: left.text,
    ...(annotation ? { annotation: readExpression(annotation) } : {}),
    ...(right ? { value: readExpression(right) } : {}),
    ...positionOf(left),
    mentions: mentionedNames(assignment),
  };
}

function mentionedNames(node: SyntaxNode): string[] {
  const names: string[] = [];
  for (const identifier of node.descendantsOfType('identifier')) {
    if (names.length >= MAX_MENTIONS) break;
    if (identifier) names.push(identifier.text);
  }
  return names;
}

/** Resolves base names to classes of the same file, nearest first (depth-first, left to right, no repeats). */
export function ancestorsInFile(cls: PyClass, byName: ReadonlyMap<string, PyClass>): PyClass[] {
  const seen = new Set<PyClass>([cls]);
  const order: PyClass[] = [];
  const visit = (current: PyClass): void => {
    for (const base of current.bases) {
      const found = byName.get(lastName(base) ?? '');
      if (!found || seen.has(found)) continue;
      seen.add(found);
      order.push(found);
      visit(found);
    }
  };
  visit(cls);
  return order;
}

/** A class attribute of the nested class (`Meta.db_table`), when it is a string or a name. */
export function nestedValue(cls: PyClass, nested: string, attribute: string): PyExpr | undefined {
  return cls.nested.get(nested)?.attributes.find((a) => a.name === attribute)?.value;
}

/** Whether a statement mentions a name that declares a column (`…Field`, `Column`, `mapped_column`). */
export function mentionsColumn(names: readonly string[]): boolean {
  return names.some((name) => name.endsWith('Field') || name === 'Column' || name === 'mapped_column' || name === 'ForeignKey');
}
