// The classes of a Python file as model readers need them: name, bases, and the attribute
// statements of the body (`name = value`, `name: Annotation = value`, `name: Annotation`) with
// their lines and tokens, plus nested classes (`Meta`). Other statements (defs, docstrings,
// control flow) are passed over; a reader warns about attributes that look like fields it cannot read.
import { blockOf, classHeader, lastName, parseExpression, pythonLines, type PyExpr, type PyLine, type PyToken } from './python-syntax.js';

export interface PyAttribute {
  name: string;
  annotation?: PyExpr;
  value?: PyExpr;
  line: number;
  column: number;
  /** The statement's tokens, to tell a field this reader could not read from an ordinary attribute. */
  tokens: readonly PyToken[];
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

export interface PyModule {
  /** Every class of the file, in order, at any depth (a model may sit inside an `if TYPE_CHECKING` block). */
  classes: PyClass[];
  /** Assignments outside classes (`users = Table("users", …)`). */
  assignments: PyAttribute[];
}

export function pythonModule(text: string): PyModule {
  const lines = pythonLines(text);
  const classes: PyClass[] = [];
  const assignments: PyAttribute[] = [];
  for (let index = 0; index < lines.length; index++) {
    const header = classHeader(lines[index]);
    if (!header) {
      const assignment = readAttribute(lines[index]);
      if (assignment) assignments.push(assignment);
      continue;
    }
    const parsed = readClass(lines, index, 0);
    classes.push(parsed.cls);
    index = parsed.end - 1;
  }
  return { classes, assignments };
}

/** Reads the class whose header (checked by the caller with classHeader) is at `headerIndex`. */
function readClass(lines: readonly PyLine[], headerIndex: number, depth: number): { cls: PyClass; end: number } {
  const header = classHeader(lines[headerIndex])!;
  const { body, end } = blockOf(lines, headerIndex);
  // Classes nested deeper than `Model.Meta` matter to no reader: their blocks are skipped unread.
  if (depth >= MAX_CLASS_NESTING) return { cls: { name: header.name, bases: header.bases, line: lines[headerIndex].line, attributes: [], nested: new Map() }, end };
  const cls: PyClass = { name: header.name, bases: header.bases, line: lines[headerIndex].line, attributes: [], nested: new Map() };
  const bodyIndent = body[0]?.indent;
  for (let i = 0; i < body.length; i++) {
    const line = body[i];
    if (line.indent !== bodyIndent) continue;
    if (classHeader(line)) {
      const nested = readClass(body, i, depth + 1);
      cls.nested.set(nested.cls.name, nested.cls);
      i = nested.end - 1;
      continue;
    }
    const attribute = readAttribute(line);
    if (attribute) cls.attributes.push(attribute);
  }
  return { cls, end };
}

/** `name = value`, `name: Annotation = value` or `name: Annotation`. */
function readAttribute(line: PyLine): PyAttribute | undefined {
  const [name, operator] = line.tokens;
  if (name?.kind !== 'name' || operator?.kind !== 'op') return undefined;
  const position = { name: name.text, line: name.line, column: name.column, tokens: line.tokens };
  if (operator.text === '=') {
    // `a = b = Column()` chains: the value is the last expression.
    let start = 2;
    while (line.tokens[start]?.kind === 'name' && line.tokens[start + 1]?.text === '=') start += 2;
    return { ...position, value: parseExpression(line.tokens, start).expr };
  }
  if (operator.text === ':') {
    const annotation = parseExpression(line.tokens, 2);
    const hasValue = line.tokens[annotation.end]?.text === '=';
    return { ...position, annotation: annotation.expr, ...(hasValue ? { value: parseExpression(line.tokens, annotation.end + 1).expr } : {}) };
  }
  return undefined;
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
export function mentionsColumn(tokens: readonly PyToken[]): boolean {
  return tokens.some((t) => t.kind === 'name' && (t.text.endsWith('Field') || t.text === 'Column' || t.text === 'mapped_column' || t.text === 'ForeignKey'));
}
