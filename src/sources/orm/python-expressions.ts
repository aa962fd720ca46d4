// Python expressions of a syntax tree (tree-sitter-python) in the shapes ORM declarations use:
// dotted names, calls with keyword arguments, subscripts (`Mapped[…]`, in expressions and in
// annotations), `a | b` unions, string literals. Anything else is `other`, never a crash.
import { positionOf, type SyntaxNode } from './tree-sitter.js';

/** The expression shapes model declarations use; everything else is `other`. */
export type PyExpr =
  | { kind: 'name'; parts: string[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; text: string }
  | { kind: 'call'; callee: PyExpr; args: PyExpr[]; keywords: Map<string, PyExpr>; line: number; column: number }
  | { kind: 'subscript'; base: PyExpr; items: PyExpr[] }
  | { kind: 'union'; members: PyExpr[] }
  | { kind: 'list'; items: PyExpr[] }
  /** A dict display's entries with string keys (`{"db_table": "orders"}`). */
  | { kind: 'dict'; entries: Map<string, PyExpr> }
  | { kind: 'other' };

const OTHER: PyExpr = { kind: 'other' };
/** Expressions nested deeper than this are not read: no declaration nests so deep, and reading recurses per level. */
const MAX_NESTING = 64;

function named(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null && child.type !== 'comment');
}

/** Reads an expression (or an annotation's `type`) node. */
export function readExpression(node: SyntaxNode | null | undefined, depth = 0): PyExpr {
  if (!node || depth >= MAX_NESTING) return OTHER;
  const next = depth + 1;
  switch (node.type) {
    case 'identifier':
    case 'none':
    case 'true':
    case 'false':
      return { kind: 'name', parts: [node.text] };
    case 'attribute': {
      const object = readExpression(node.childForFieldName('object'), next);
      const attribute = node.childForFieldName('attribute')?.text;
      return object.kind === 'name' && attribute !== undefined ? { kind: 'name', parts: [...object.parts, attribute] } : OTHER;
    }
    case 'integer':
    case 'float':
      return { kind: 'number', text: node.text };
    case 'string':
      return { kind: 'string', value: stringValueOf(node) };
    case 'concatenated_string':
      // Adjacent literals concatenate: `"a" "b"` is "ab".
      return { kind: 'string', value: named(node).map((part) => (part.type === 'string' ? stringValueOf(part) : '')).join('') };
    case 'call': {
      const args: PyExpr[] = [];
      const keywords = new Map<string, PyExpr>();
      const argumentList = node.childForFieldName('arguments');
      for (const argument of argumentList ? named(argumentList) : []) {
        if (argument.type === 'keyword_argument') {
          const name = argument.childForFieldName('name')?.text;
          if (name !== undefined) keywords.set(name, readExpression(argument.childForFieldName('value'), next));
        } else if (argument.type !== 'list_splat' && argument.type !== 'dictionary_splat') {
          args.push(readExpression(argument, next));
        }
      }
      return { kind: 'call', callee: readExpression(node.childForFieldName('function'), next), args, keywords, ...positionOf(node) };
    }
    case 'subscript':
      return { kind: 'subscript', base: readExpression(node.childForFieldName('value'), next), items: node.childrenForFieldName('subscript').map((item) => readExpression(item, next)) };
    case 'generic_type': {
      // An annotation's `Mapped[str]`: the name, then a type_parameter holding the item types.
      const [base, parameters] = named(node);
      return { kind: 'subscript', base: readExpression(base, next), items: parameters?.type === 'type_parameter' ? named(parameters).map((item) => readExpression(item, next)) : [] };
    }
    case 'type':
    case 'parenthesized_expression':
    case 'unary_operator':
    case 'list_splat':
    case 'dictionary_splat': {
      const inner = node.type === 'unary_operator' ? node.childForFieldName('argument') : named(node)[0];
      return readExpression(inner, next);
    }
    case 'binary_operator':
    case 'union_type': {
      if (node.type === 'binary_operator' && node.childForFieldName('operator')?.type !== '|') return OTHER;
      const members: PyExpr[] = [];
      for (const side of named(node)) {
        const member = readExpression(side, next);
        if (member.kind === 'union') members.push(...member.members);
        else members.push(member);
      }
      return { kind: 'union', members };
    }
    case 'list':
    case 'tuple':
      return { kind: 'list', items: named(node).map((item) => readExpression(item, next)) };
    case 'dictionary': {
      const entries = new Map<string, PyExpr>();
      for (const pair of named(node)) {
        if (pair.type !== 'pair') continue;
        const key = readExpression(pair.childForFieldName('key'), next);
        if (key.kind === 'string') entries.set(key.value, readExpression(pair.childForFieldName('value'), next));
      }
      return { kind: 'dict', entries };
    }
    default:
      return OTHER;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '\n': '' };

/** A string literal's value: escapes of `\n`, `\t`, quotes and `\\` undone (not in raw strings), f-string fields kept as written. */
function stringValueOf(node: SyntaxNode): string {
  const raw = /[rR]/.test(node.firstChild?.text ?? '');
  let value = '';
  for (const part of named(node)) {
    if (part.type === 'string_content') value += raw ? part.text : unescape(part.text);
    else if (part.type === 'interpolation') value += part.text;
  }
  return value;
}

function unescape(text: string): string {
  if (!text.includes('\\')) return text;
  let value = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) {
      const next = text[i + 1] === '\r' && text[i + 2] === '\n' ? '\n' : text[i + 1];
      value += ESCAPES[next] ?? `\\${next}`;
      i += next === '\n' && text[i + 1] === '\r' ? 2 : 1;
    } else value += text[i];
  }
  return value;
}

/** The last part of a dotted name (`models.EmailField` → `EmailField`), if the expression is one. */
export function lastName(expr: PyExpr | undefined): string | undefined {
  return expr?.kind === 'name' ? expr.parts[expr.parts.length - 1] : undefined;
}

/** Translation markers whose argument is the text (`_("email address")`, `gettext_lazy(…)`). */
const TRANSLATIONS = new Set(['_', 'gettext', 'gettext_lazy', 'ugettext', 'ugettext_lazy', 'lazy_gettext', 'gettext_noop']);

/** A string literal, or the literal inside a translation marker. */
export function stringValue(expr: PyExpr | undefined): string | undefined {
  if (expr?.kind === 'call' && TRANSLATIONS.has(lastName(expr.callee) ?? '')) return stringValue(expr.args[0]);
  return expr?.kind === 'string' ? expr.value : undefined;
}
