// Protocol Buffers definitions (`.proto`, proto3 and proto2): each top-level message is a
// dataset; a field whose type is a message of the file is flattened into dotted paths (`home.street`, `addresses[].city`, maps `labels.*`); `optional` marks `type?`,
// `repeated` `type[]`; the comment block above a field and the comment after it on its line
// are its description (the Protobuf language guide's "Adding Comments"). Read from tokens; a
// statement it cannot read is skipped with a warning naming its line.
import type { Dataset, DeclaredField, OpenedSource, SourceWarning } from '../../model/index.js';
import { WARNING_CAP, type SourceFile } from '../text-stream.js';
import { closingIndex, tokenize, type Token } from './code-tokens.js';
import { readSchemaText } from './document.js';
import { MAX_SCHEMA_DEPTH, MAX_SCHEMA_FIELDS } from './schema-fields.js';

interface ProtoField {
  name: string;
  /** The type as written (`string`, `Address`, `google.protobuf.Timestamp`); a map's value type. */
  type: string;
  label: 'optional' | 'repeated' | 'required' | 'map' | undefined;
  comment?: string;
  line: number;
  column: number;
}

interface ProtoMessage {
  /** Dotted name inside the file (`Order.Item`), without the package. */
  fullName: string;
  name: string;
  fields: ProtoField[];
  topLevel: boolean;
}

/** Statements that only configure (skipped up to their `;`). */
const SKIPPED_STATEMENTS = new Set(['syntax', 'edition', 'import', 'option', 'reserved', 'extensions']);
/** Blocks that declare no message fields (skipped whole). */
const SKIPPED_BLOCKS = new Set(['service', 'extend']);
const LABELS = new Set(['optional', 'repeated', 'required']);

export async function openProto(source: SourceFile): Promise<OpenedSource> {
  const text = await readSchemaText(source.file, source.location, source.sizeBytes);
  const warnings: SourceWarning[] = [];
  const datasets = protoDatasets(text, source.location, warnings);
  return { kind: 'protobuf', location: source.location, sizeBytes: source.sizeBytes, datasets, ...(warnings.length > 0 ? { warnings } : {}) };
}

export function protoDatasets(text: string, location: string, warnings: SourceWarning[]): Dataset[] {
  const parser = new ProtoParser(tokenize(text), warnings);
  parser.parseFile();
  return parser.datasets(location);
}

class ProtoParser {
  private readonly messages = new Map<string, ProtoMessage>();
  private packageName = '';
  private skipped = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly warnings: SourceWarning[],
  ) {}

  parseFile(): void {
    this.parseBody(0, this.tokens.length, undefined, 0);
    if (this.skipped > WARNING_CAP) this.warnings.push({ message: `${this.skipped - WARNING_CAP} more statements that could not be read were skipped` });
  }

  /** Reads declarations in tokens[from..to); `message` is the enclosing message, if any. */
  private parseBody(from: number, to: number, message: ProtoMessage | undefined, depth: number): void {
    const tokens = this.tokens;
    let k = from;
    while (k < to) {
      const token = tokens[k];
      const word = token.kind === 'name' ? token.text : '';
      if (token.text === ';' && token.kind === 'punct') {
        k++;
      } else if (word === 'package' && !message) {
        const end = this.statementEnd(k, to);
        this.packageName = tokens
          .slice(k + 1, end)
          .map((part) => part.text)
          .join('');
        k = end + 1;
      } else if (SKIPPED_STATEMENTS.has(word)) {
        k = this.statementEnd(k, to) + 1;
      } else if (SKIPPED_BLOCKS.has(word)) {
        k = this.blockEnd(k, to);
      } else if ((word === 'message' || word === 'enum') && tokens[k + 1]?.kind === 'name' && tokens[k + 2]?.text === '{') {
        const name = tokens[k + 1].text;
        const fullName = message ? `${message.fullName}.${name}` : name;
        const end = Math.min(closingIndex(tokens, k + 2), to);
        // An enum declares values, not fields: its fields' types are leaves.
        if (word === 'message' && depth >= MAX_SCHEMA_DEPTH) {
          this.skip(token, `message ${fullName} nests deeper than ${MAX_SCHEMA_DEPTH} levels`);
        } else if (word === 'message') {
          const nested: ProtoMessage = { fullName, name, fields: [], topLevel: !message };
          this.messages.set(fullName, nested);
          this.parseBody(k + 3, end - 1, nested, depth + 1);
        }
        k = end;
      } else if (word === 'oneof' && message && depth < MAX_SCHEMA_DEPTH && tokens[k + 1]?.kind === 'name' && tokens[k + 2]?.text === '{') {
        // A oneof's fields are fields of the message (at most one is set).
        const end = Math.min(closingIndex(tokens, k + 2), to);
        this.parseBody(k + 3, end - 1, message, depth + 1);
        k = end;
      } else if (message && token.kind === 'name' && word !== 'group') {
        k = this.parseField(k, to, message);
      } else {
        this.skip(token, word === 'group' ? 'proto2 groups are not read' : unexpected(token));
        k = this.recover(k, to);
      }
    }
  }

  /** `[label] Type name = N [options];` or `map<K, V> name = N;`. Returns the index after it. */
  private parseField(start: number, to: number, message: ProtoMessage): number {
    const tokens = this.tokens;
    let k = start;
    let label: ProtoField['label'];
    let type: string;
    if (LABELS.has(tokens[k].text) && (tokens[k + 1]?.kind === 'name' || tokens[k + 1]?.text === '.')) label = tokens[k++].text as ProtoField['label'];
    if (tokens[k].text === 'group' && tokens[k + 1]?.kind === 'name') {
      this.skip(tokens[start], 'proto2 groups are not read');
      return this.recover(start, to);
    }
    if (tokens[k].text === 'map' && tokens[k + 1]?.text === '<') {
      const close = closingIndex(tokens, k + 1);
      const comma = tokens.slice(k + 2, close).findIndex((token) => token.text === ',');
      type = tokens
        .slice(k + 2 + comma + 1, close - 1)
        .map((token) => token.text)
        .join('');
      label = 'map';
      k = close;
    } else {
      const typeStart = k;
      if (tokens[k]?.text === '.') k++;
      while (tokens[k]?.kind === 'name' && tokens[k + 1]?.text === '.' && tokens[k + 2]?.kind === 'name') k += 2;
      type = tokens
        .slice(typeStart, k + 1)
        .map((token) => token.text)
        .join('');
      k++;
    }
    const nameToken = tokens[k] as Token | undefined;
    if (nameToken?.kind !== 'name' || tokens[k + 1]?.text !== '=' || type === '') {
      this.skip(tokens[start], 'not a field declaration');
      return this.recover(start, to);
    }
    const end = this.statementEnd(k, to);
    const first = tokens[start];
    let trailing: string | undefined;
    for (let t = start; t <= end && t < tokens.length; t++) if (tokens[t].line === first.line && tokens[t].trailing !== undefined) trailing = tokens[t].trailing;
    const comment = [first.leading, trailing].filter((part): part is string => part !== undefined).join(' ');
    message.fields.push({
      name: nameToken.text,
      type,
      label,
      ...(comment === '' ? {} : { comment }),
      line: first.line,
      column: first.column,
    });
    return end + 1;
  }

  private skip(token: Token, reason: string): void {
    this.skipped++;
    if (this.skipped <= WARNING_CAP) this.warnings.push({ message: `${reason}; skipped`, line: token.line });
  }

  /** Index of the `;` ending the statement at `k` (brackets skipped), or `to`. */
  private statementEnd(k: number, to: number): number {
    let j = k;
    while (j < to) {
      const text = this.tokens[j].text;
      if (this.tokens[j].kind === 'punct') {
        if (text === ';') return j;
        if (text === '[' || text === '(') {
          j = closingIndex(this.tokens, j);
          continue;
        }
        if (text === '{' || text === '}') return j - 1;
      }
      j++;
    }
    return to;
  }

  /** Index just after the block `keyword … { … }` at `k`. */
  private blockEnd(k: number, to: number): number {
    let j = k;
    while (j < to && this.tokens[j].text !== '{' && this.tokens[j].text !== ';') j++;
    if (j >= to) return to;
    return this.tokens[j].text === ';' ? j + 1 : Math.min(closingIndex(this.tokens, j), to);
  }

  /** After an unreadable statement: past its `;`, or past its block when it opens one first. */
  private recover(k: number, to: number): number {
    const end = this.statementEnd(k, to);
    if (end < to && this.tokens[end + 1]?.text === '{') return Math.min(closingIndex(this.tokens, end + 1), to);
    return Math.max(end + 1, k + 1);
  }

  /** A type name as written in `scope` → the message it names (inner scopes first, as protoc resolves). */
  private resolve(type: string, scope: string): ProtoMessage | undefined {
    let name = type.startsWith('.') ? type.slice(1) : type;
    if (this.packageName !== '' && name.startsWith(`${this.packageName}.`)) name = name.slice(this.packageName.length + 1);
    if (!type.startsWith('.')) {
      const parts = scope.split('.');
      for (let n = parts.length; n > 0; n--) {
        const found = this.messages.get(`${parts.slice(0, n).join('.')}.${name}`);
        if (found) return found;
      }
    }
    return this.messages.get(name);
  }

  /**
   * Every top-level message is a dataset: a message embeds another by value (an order event
   * carries its customer), so a field of message type is flattened into dotted paths even when
   * that message is a dataset of its own. Nested message declarations are types only.
   */
  datasets(location: string): Dataset[] {
    const datasets: Dataset[] = [];
    for (const message of this.messages.values()) {
      if (!message.topLevel) continue;
      const fields: DeclaredField[] = [];
      this.appendFields(message, '', fields, new Set([message]), 0);
      datasets.push({ kind: 'protobuf', name: message.name, location, fields });
    }
    return datasets;
  }

  private appendFields(message: ProtoMessage, prefix: string, out: DeclaredField[], ancestors: Set<ProtoMessage>, depth: number): void {
    for (const field of message.fields) {
      if (out.length >= MAX_SCHEMA_FIELDS) return;
      const path = `${prefix}${field.name}${field.label === 'repeated' ? '[]' : field.label === 'map' ? '.*' : ''}`;
      const target = this.resolve(field.type, message.fullName);
      if (target && !ancestors.has(target) && depth < MAX_SCHEMA_DEPTH) {
        this.appendFields(target, `${path}.`, out, new Set([...ancestors, target]), depth + 1);
        continue;
      }
      const type = `${field.type}${field.label === 'optional' ? '?' : field.label === 'repeated' ? '[]' : ''}`;
      out.push({ name: path, type, ...(field.comment === undefined ? {} : { comment: field.comment }), line: field.line, column: field.column });
    }
  }
}

/**
 * Names the unexpected token when it is a word or a sign; a string or number might be an example
 * value, and a scanner of personal data never repeats one.
 */
function unexpected(token: Token): string {
  return token.kind === 'name' || token.kind === 'punct' ? `unexpected '${token.text.slice(0, 40)}'` : `unexpected ${token.kind}`;
}
