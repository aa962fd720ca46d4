// GraphQL schema definition language (`.graphql`, `.gql`): each object `type` and `input` type
// is a dataset (root Query/Mutation/Subscription types excepted), its fields of scalar and enum
// types the fields; a field whose type is another object type is a relation, left to that
// type's own dataset. Descriptions ("…" and """…""") are comments; `extend type` adds fields.
// Read with a small lexer after the GraphQL spec (October 2021, §2 and §3); a definition it
// cannot read is skipped with a warning naming its line.
import type { Dataset, DeclaredField, OpenedSource, SourceWarning } from '../../model/index.js';
import { WARNING_CAP, type SourceFile } from '../text-stream.js';
import { readSchemaText } from './document.js';

interface GqlToken {
  kind: 'name' | 'string' | 'number' | 'punct';
  text: string;
  line: number;
  column: number;
}

interface GqlField {
  name: string;
  /** As written: `String!`, `[Address!]`. */
  type: string;
  /** The named type without list and non-null markers. */
  named: string;
  description?: string;
  line: number;
  column: number;
}

interface GqlType {
  name: string;
  kind: 'type' | 'input';
  fields: GqlField[];
}

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
/**
 * Custom scalars schemas use without always declaring them in the same file (graphql-scalars,
 * Apollo's Upload): a field of one of these is a value, not a relation.
 */
const COMMON_SCALARS = new Set([
  'Date', 'DateTime', 'Time', 'Timestamp', 'LocalDate', 'LocalTime', 'Duration', 'JSON', 'JSONObject', 'Email', 'EmailAddress',
  'PhoneNumber', 'URL', 'URI', 'UUID', 'GUID', 'IP', 'IPv4', 'IPv6', 'MAC', 'PostalCode', 'Long', 'BigInt', 'Decimal', 'BigDecimal',
  'Upload', 'Byte', 'Latitude', 'Longitude', 'IBAN', 'CountryCode', 'Locale', 'Currency', 'NonEmptyString', 'Void',
]);
const DEFINITION_KEYWORDS = new Set(['type', 'input', 'interface', 'enum', 'scalar', 'union', 'schema', 'directive', 'extend', 'query', 'mutation', 'subscription', 'fragment']);
/** List types nest at most this deep (`[[String]]` is two). */
const MAX_LIST_DEPTH = 8;

export async function openGraphql(source: SourceFile): Promise<OpenedSource> {
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const warnings: SourceWarning[] = [];
  const datasets = graphqlDatasets(text, source.location, warnings);
  return { kind: 'graphql', location: source.location, sizeBytes: source.sizeBytes, datasets, ...(warnings.length > 0 ? { warnings } : {}) };
}

export function graphqlDatasets(text: string, location: string, warnings: SourceWarning[]): Dataset[] {
  const parser = new GqlParser(lex(text), warnings);
  parser.parseDocument();
  return parser.datasets(location);
}

/** Splits SDL text into tokens; commas, whitespace and `#` comments are insignificant (§2.1). */
export function lex(text: string): GqlToken[] {
  const tokens: GqlToken[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const newlinesIn = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      const code = text.charCodeAt(k);
      if (code === 10 || (code === 13 && text.charCodeAt(k + 1) !== 10)) {
        line++;
        lineStart = k + 1;
      }
    }
  };
  while (i < text.length) {
    const char = text[i];
    const column = i - lineStart + 1;
    const startLine = line;
    if (char === '#') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (char === ' ' || char === '\t' || char === ',' || char === '\n' || char === '\r' || char === '\uFEFF') {
      newlinesIn(i, i + 1);
      i++;
    } else if (text.startsWith('"""', i)) {
      let end = i + 3;
      while (end < text.length && !text.startsWith('"""', end)) end += text.startsWith('\\"""', end) ? 4 : 1;
      tokens.push({ kind: 'string', text: blockStringValue(text.slice(i + 3, end).replaceAll('\\"""', '"""')), line: startLine, column });
      newlinesIn(i, Math.min(end + 3, text.length));
      i = end + 3;
    } else if (char === '"') {
      let end = i + 1;
      let value = '';
      while (end < text.length && text[end] !== '"' && text[end] !== '\n' && text[end] !== '\r') {
        if (text[end] === '\\') end++;
        value += text[end] ?? '';
        end++;
      }
      tokens.push({ kind: 'string', text: value, line: startLine, column });
      i = text[end] === '"' ? end + 1 : end;
    } else if (/[_A-Za-z]/.test(char)) {
      let end = i + 1;
      while (end < text.length && /[_0-9A-Za-z]/.test(text[end])) end++;
      tokens.push({ kind: 'name', text: text.slice(i, end), line: startLine, column });
      i = end;
    } else if (/[-0-9]/.test(char)) {
      let end = i + 1;
      while (end < text.length && /[0-9.eE+-]/.test(text[end])) end++;
      tokens.push({ kind: 'number', text: text.slice(i, end), line: startLine, column });
      i = end;
    } else if (text.startsWith('...', i)) {
      tokens.push({ kind: 'punct', text: '...', line: startLine, column });
      i += 3;
    } else {
      // Unknown characters become punctuation the parser does not expect, so it warns on their line.
      tokens.push({ kind: 'punct', text: char, line: startLine, column });
      i++;
    }
  }
  return tokens;
}

/** A block string's lines trimmed and joined with spaces (its common indentation does not matter here). */
function blockStringValue(raw: string): string {
  return raw
    .split(/\r\n|\n|\r/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

class GqlParser {
  private readonly types = new Map<string, GqlType>();
  /** Types whose fields are values: scalars and enums declared in the file. */
  private readonly valueTypes = new Set<string>();
  /** Object, interface and union types: a field of one of these is a relation. */
  private readonly compositeTypes = new Set<string>();
  private readonly rootTypes = new Set(['Query', 'Mutation', 'Subscription']);
  private k = 0;
  private skipped = 0;

  constructor(
    private readonly tokens: readonly GqlToken[],
    private readonly warnings: SourceWarning[],
  ) {}

  private peek(offset = 0): GqlToken | undefined {
    return this.tokens[this.k + offset];
  }

  parseDocument(): void {
    while (this.k < this.tokens.length) {
      const start = this.k;
      // A definition's description documents a type, not a field: nothing to keep.
      if (this.peek()?.kind === 'string') this.k++;
      const keyword = this.peek();
      if (!keyword) break;
      const extension = keyword.kind === 'name' && keyword.text === 'extend';
      const word = this.peek(extension ? 1 : 0);
      if (extension) this.k++;
      if (word?.kind === 'name' && (word.text === 'type' || word.text === 'input')) {
        this.k++;
        this.readTypeDefinition(word.text);
      } else if (word?.kind === 'name' && (word.text === 'enum' || word.text === 'scalar')) {
        if (this.peek(1)?.kind === 'name') this.valueTypes.add(this.peek(1)!.text);
        this.k += 2;
        this.skipDefinition();
      } else if (word?.kind === 'name' && (word.text === 'interface' || word.text === 'union')) {
        if (this.peek(1)?.kind === 'name') this.compositeTypes.add(this.peek(1)!.text);
        this.k += 2;
        this.skipDefinition();
      } else if (word?.kind === 'name' && word.text === 'schema') {
        this.readSchemaDefinition();
      } else if (word && (DEFINITION_KEYWORDS.has(word.text) || word.text === '{')) {
        // directives and operations (`query { … }`, `fragment …`) declare no stored fields.
        this.k++;
        this.skipDefinition();
      } else {
        const at = word ?? keyword;
        // A string or number might be an example value: only words and signs are named.
        const what = at.kind === 'name' || at.kind === 'punct' ? `'${at.text.slice(0, 40)}'` : at.kind;
        this.warn(at.line, `unexpected ${what}; skipped up to the next definition`);
        this.k = Math.max(this.k + 1, start + 1);
        this.skipDefinition();
      }
    }
    if (this.skipped > WARNING_CAP) this.warnings.push({ message: `${this.skipped - WARNING_CAP} more parts that could not be read were skipped` });
  }

  private warn(line: number, message: string): void {
    this.skipped++;
    if (this.skipped <= WARNING_CAP) this.warnings.push({ message, line });
  }

  /** Skips to the next top-level definition: a keyword (or a description before one) outside brackets. */
  private skipDefinition(): void {
    let depth = 0;
    while (this.k < this.tokens.length) {
      const token = this.tokens[this.k];
      if (token.kind === 'punct' && (token.text === '{' || token.text === '(' || token.text === '[')) depth++;
      else if (token.kind === 'punct' && (token.text === '}' || token.text === ')' || token.text === ']')) {
        depth = Math.max(0, depth - 1);
        this.k++;
        continue;
      }
      if (depth === 0 && this.startsDefinition(this.k)) return;
      this.k++;
    }
  }

  private startsDefinition(index: number): boolean {
    const token = this.tokens[index];
    if (token.kind === 'string') return this.tokens[index + 1]?.kind === 'name' && DEFINITION_KEYWORDS.has(this.tokens[index + 1].text);
    return token.kind === 'name' && DEFINITION_KEYWORDS.has(token.text) && this.tokens[index + 1]?.kind === 'name';
  }

  /** `schema { query: Root }` names the root operation types. */
  private readSchemaDefinition(): void {
    this.k++;
    while (this.k < this.tokens.length && this.peek()?.text !== '{' && !this.startsDefinition(this.k)) this.k++;
    if (this.peek()?.text !== '{') return;
    this.k++;
    while (this.k < this.tokens.length && this.peek()?.text !== '}') {
      if (this.peek()?.text === ':' && this.peek(1)?.kind === 'name') this.rootTypes.add(this.peek(1)!.text);
      this.k++;
    }
    this.k++;
  }

  /** `type Name implements A & B @directive { fields }` (the keyword already read). */
  private readTypeDefinition(kind: 'type' | 'input'): void {
    const nameToken = this.peek();
    if (nameToken?.kind !== 'name') {
      this.warn(nameToken?.line ?? this.tokens.at(-1)?.line ?? 1, `a ${kind} definition without a name; skipped`);
      this.skipDefinition();
      return;
    }
    this.k++;
    const declared = this.types.get(nameToken.text) ?? { name: nameToken.text, kind, fields: [] };
    this.types.set(nameToken.text, declared);
    if (kind === 'type') this.compositeTypes.add(nameToken.text);
    // implements …, directives: up to the body, which may be absent (`extend type X @key`).
    while (this.k < this.tokens.length && this.peek()?.text !== '{' && !this.startsDefinition(this.k)) this.k++;
    if (this.peek()?.text !== '{') return;
    this.k++;
    while (this.k < this.tokens.length && this.peek()?.text !== '}') {
      const before = this.k;
      const field = this.readField(kind);
      if (field) declared.fields.push(field);
      if (this.k === before) this.k++;
    }
    this.k++;
  }

  /** `"description" name(args): Type = default @directives`. Undefined (after a warning) when unreadable. */
  private readField(kind: 'type' | 'input'): GqlField | undefined {
    let description: string | undefined;
    if (this.peek()?.kind === 'string') description = this.tokens[this.k++].text;
    const nameToken = this.peek();
    if (nameToken?.kind !== 'name') {
      this.recoverField(nameToken, 'not a field definition');
      return undefined;
    }
    this.k++;
    if (kind === 'type' && this.peek()?.text === '(') this.skipBracketed();
    if (this.peek()?.text !== ':') {
      this.recoverField(nameToken, `field ${nameToken.text} has no type`);
      return undefined;
    }
    this.k++;
    const typeStart = this.k;
    const named = this.readTypeReference(0);
    const typeTokens = this.tokens.slice(typeStart, this.k);
    if (named === undefined) {
      this.recoverField(nameToken, `field ${nameToken.text} has no readable type`);
      return undefined;
    }
    if (this.peek()?.text === '=') {
      this.k++;
      if (this.peek()?.text === '[' || this.peek()?.text === '{') this.skipBracketed();
      else this.k++;
    }
    while (this.peek()?.text === '@') {
      this.k += 2;
      if (this.peek()?.text === '(') this.skipBracketed();
    }
    return {
      name: nameToken.text,
      type: typeTokens.map((token) => token.text).join(''),
      named,
      ...(description === undefined || description === '' ? {} : { description }),
      line: nameToken.line,
      column: nameToken.column,
    };
  }

  /** `Name`, `Name!`, `[Type]`, `[Type!]!`: reads one and returns the named type inside. */
  private readTypeReference(depth: number): string | undefined {
    const token = this.peek();
    let named: string | undefined;
    if (token?.kind === 'name') {
      this.k++;
      named = token.text;
    } else if (token?.text === '[' && depth < MAX_LIST_DEPTH) {
      this.k++;
      named = this.readTypeReference(depth + 1);
      if (named === undefined || this.peek()?.text !== ']') return undefined;
      this.k++;
    } else {
      return undefined;
    }
    if (this.peek()?.text === '!') this.k++;
    return named;
  }

  /** After an unreadable field: on to the next line's token inside the body. */
  private recoverField(token: GqlToken | undefined, reason: string): void {
    if (!token) return;
    this.warn(token.line, `${reason}; skipped`);
    while (this.k < this.tokens.length && this.peek()?.text !== '}' && this.peek()!.line === token.line) {
      if (this.peek()?.text === '(' || this.peek()?.text === '[' || this.peek()?.text === '{') this.skipBracketed();
      else this.k++;
    }
  }

  /** Skips a balanced `(…)`, `[…]` or `{…}` starting at the current token. */
  private skipBracketed(): void {
    let depth = 0;
    while (this.k < this.tokens.length) {
      const text = this.tokens[this.k].text;
      const punct = this.tokens[this.k].kind === 'punct';
      this.k++;
      if (punct && (text === '(' || text === '[' || text === '{')) depth++;
      else if (punct && (text === ')' || text === ']' || text === '}') && --depth <= 0) return;
    }
  }

  datasets(location: string): Dataset[] {
    const datasets: Dataset[] = [];
    for (const type of this.types.values()) {
      if (type.kind === 'type' && this.rootTypes.has(type.name)) continue;
      const fields: DeclaredField[] = type.fields
        .filter((field) => this.isValueType(field.named))
        .map((field) => ({
          name: field.name,
          type: field.type,
          ...(field.description === undefined ? {} : { comment: field.description }),
          line: field.line,
          column: field.column,
        }));
      datasets.push({ kind: 'graphql', name: type.name, location, fields });
    }
    return datasets;
  }

  /**
   * A field holds a value when its type is a scalar or enum; an object, interface or union type
   * (declared here, or undeclared and not a known scalar: a type of another file) is a relation.
   * An input type's input-typed field is nested input, read as that input's own dataset.
   */
  private isValueType(named: string): boolean {
    if (BUILT_IN_SCALARS.has(named) || this.valueTypes.has(named)) return true;
    if (this.compositeTypes.has(named) || this.types.has(named)) return false;
    return COMMON_SCALARS.has(named);
  }
}
