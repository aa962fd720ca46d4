// Which columns a dbt model copies from upstream under their own name, read from its SQL: the
// output names of plain column references (`email`, `customers.email`, `*`) and of aggregates
// that keep a value (`max(email) as email`), minus any name some select list produces by
// counting (`count(distinct email) as email`). A name heuristic, not a SQL compiler: it follows
// names through CTEs and subqueries without resolving which relation each reference reads.

/** Aggregates whose result is no longer any one row's value: counting stops inheritance. */
const COUNTING = new Set([
  'count', 'count_if', 'countif', 'sum', 'avg', 'mean', 'median', 'stddev', 'stddev_pop', 'stddev_samp', 'variance',
  'var_pop', 'var_samp', 'approx_count_distinct', 'approx_distinct', 'hll_count', 'ndv', 'percentile_cont',
  'percentile_disc', 'approx_percentile', 'approx_quantiles', 'corr', 'covar_pop', 'covar_samp', 'bool_and', 'bool_or',
]);

/** Functions that return one of their arguments' values unchanged (an aggregate picking a row's value). */
const VALUE_KEEPING = new Set(['min', 'max', 'any_value', 'arbitrary', 'first', 'last', 'first_value', 'last_value', 'coalesce']);

export interface ColumnFlow {
  /** Output names copied from an input column of the same name (lower case). */
  copied: Set<string>;
  /** Output names produced by counting (lower case): never inherited, whatever else selects them. */
  counted: Set<string>;
  /** Some select list reads `*` (every input name passes through). */
  star: boolean;
}

type Token = { kind: 'word' | 'punct'; text: string };

/** Words, quoted identifiers and punctuation; comments and string literals dropped. */
function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  const re = /--[^\n]*|\/\*[\s\S]*?\*\/|\{#[\s\S]*?#\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|'(?:[^']|'')*'|"((?:[^"]|"")*)"|`([^`]*)`|\[([^\]]*)\]|([A-Za-z_][A-Za-z0-9_$]*)|(\d+(?:\.\d+)?)|(\S)/g;
  for (const m of sql.matchAll(re)) {
    const text = m[0];
    if (text.startsWith('--') || text.startsWith('/*') || text.startsWith('{#') || text.startsWith('{%')) continue;
    // Uncompiled Jinja (`{{ ref('x') }}`) stands for a relation name.
    if (text.startsWith('{{')) tokens.push({ kind: 'word', text: 'relation' });
    else if (text.startsWith("'")) tokens.push({ kind: 'punct', text: "''" });
    else if (m[1] !== undefined) tokens.push({ kind: 'word', text: m[1].replaceAll('""', '"') });
    else if (m[2] !== undefined) tokens.push({ kind: 'word', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'word', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'word', text: m[4] });
    else tokens.push({ kind: 'punct', text });
  }
  return tokens;
}

const lower = (t: Token | undefined): string => (t?.kind === 'word' ? t.text.toLowerCase() : (t?.text ?? ''));
/** Keywords that end a select list at its own depth. */
const LIST_END = new Set(['from', 'where', 'group', 'having', 'order', 'limit', 'qualify', 'window', 'union', 'intersect', 'except', 'into']);

/** Reads every select list of the statement, at any depth (CTEs, subqueries). */
export function columnFlow(sql: string): ColumnFlow {
  const tokens = tokenize(sql);
  const flow: ColumnFlow = { copied: new Set(), counted: new Set(), star: false };
  for (let i = 0; i < tokens.length; i++) {
    if (lower(tokens[i]) !== 'select') continue;
    let j = i + 1;
    if (lower(tokens[j]) === 'distinct' || lower(tokens[j]) === 'all') j++;
    let depth = 0;
    let item: Token[] = [];
    const items: Token[][] = [];
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.text === '(') depth++;
      else if (t.text === ')') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (t.text === ';' || (t.kind === 'word' && LIST_END.has(t.text.toLowerCase())))) break;
      if (depth === 0 && t.text === ',') {
        items.push(item);
        item = [];
      } else item.push(t);
    }
    items.push(item);
    for (const selected of items) readItem(selected, flow);
  }
  return flow;
}

/** One select item: its output name and whether it copies, keeps or counts a column of that name. */
function readItem(item: Token[], flow: ColumnFlow): void {
  if (item.length === 0) return;
  const last = item[item.length - 1];
  if (last.text === '*') {
    flow.star = true;
    return;
  }
  let expression = item;
  let alias: string | undefined;
  if (item.length >= 3 && lower(item[item.length - 2]) === 'as' && last.kind === 'word') {
    alias = last.text;
    expression = item.slice(0, -2);
  } else if (item.length >= 2 && last.kind === 'word' && (item[item.length - 2].kind === 'word' || item[item.length - 2].text === ')')) {
    alias = last.text;
    expression = item.slice(0, -1);
  }
  const reference = plainReference(expression) ?? keptReference(expression);
  const name = (alias ?? reference)?.toLowerCase();
  if (name === undefined) return;
  if (expression.some((t, k) => t.kind === 'word' && COUNTING.has(t.text.toLowerCase()) && expression[k + 1]?.text === '(')) {
    flow.counted.add(name);
    return;
  }
  if (reference !== undefined && reference.toLowerCase() === name) flow.copied.add(name);
}

/** `email`, `c.email`, `db.schema.t.email` → `email`. */
function plainReference(expression: Token[]): string | undefined {
  if (expression.length % 2 === 0) return undefined;
  for (const [k, t] of expression.entries()) {
    if (k % 2 === 0 ? t.kind !== 'word' : t.text !== '.') return undefined;
  }
  return expression[expression.length - 1].text;
}

/** `max(email)`, `coalesce(c.email, '')`: a function that returns one of its arguments' values. */
function keptReference(expression: Token[]): string | undefined {
  const fn = expression[0];
  if (fn?.kind !== 'word' || !VALUE_KEEPING.has(fn.text.toLowerCase()) || expression[1]?.text !== '(' || expression[expression.length - 1].text !== ')') return undefined;
  const inner = expression.slice(2, -1);
  const comma = inner.findIndex((t) => t.text === ',');
  return plainReference(comma < 0 ? inner : inner.slice(0, comma));
}

/** Whether the model's output column `name` is its input column of the same name. */
export function copiesColumn(flow: ColumnFlow, name: string): boolean {
  const key = name.toLowerCase();
  return !flow.counted.has(key) && (flow.copied.has(key) || flow.star);
}
