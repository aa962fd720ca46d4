// A small Ruby reader for Rails schema files and migrations: a tokenizer (strings, `%w[]`/`%i[]`
// and `%q()` literals, heredocs, symbols, `key:` labels, comments and `=begin`/`=end`) that groups
// tokens into statements (a newline ends one outside brackets, unless the line ends in a comma or
// an operator), turning a brace block `{ |t| … }` into `do … end` so blocks nest one way.
// Lexical rules after the Ruby reference (docs.ruby-lang.org/en/3.3/syntax/literals_rdoc.html).

export interface RbToken {
  /** `name` covers identifiers, constants and keywords; `label` is `key:` in a hash or keyword argument. */
  kind: 'name' | 'symbol' | 'label' | 'string' | 'number' | 'op';
  /** Names, symbols (without `:`), labels (without `:`), operators as written; strings as their value. */
  text: string;
  line: number;
  column: number;
}

export interface RbStatement {
  tokens: RbToken[];
  line: number;
}

/** A line ending in one of these continues on the next line. */
const CONTINUES = new Set([',', '\\', '.', '&&', '||', '+', '-', '*', '=', '=>', '(', '[', '&.', '?', ':', '|']);
const PERCENT_CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

interface PendingHeredoc {
  terminator: string;
  squiggly: boolean;
  token: RbToken;
}

export function rubyStatements(text: string): RbStatement[] {
  const statements: RbStatement[] = [];
  let current: RbToken[] = [];
  /** Open `(`, `[` and hash `{`; block braces are not counted (their body holds statements). */
  let depth = 0;
  const braces: ('hash' | 'block')[] = [];
  let pending: PendingHeredoc[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  const push = (kind: RbToken['kind'], value: string, at: number): void => {
    current.push({ kind, text: value, line, column: at - lineStart + 1 });
  };
  const end = (): void => {
    if (current.length > 0) statements.push({ tokens: current, line: current[0].line });
    current = [];
  };
  while (i < n) {
    const char = text[i];
    if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      lineStart = i;
      if (pending.length > 0) {
        // Heredoc bodies start on the line after their opener, one after another.
        for (const heredoc of pending) {
          const body = readHeredoc(text, i, heredoc);
          heredoc.token.text = body.value;
          line += body.lines;
          i = body.end;
          lineStart = i;
        }
        pending = [];
      }
      const last = current[current.length - 1];
      if (depth === 0 && !(last?.kind === 'op' && CONTINUES.has(last.text) && !(last.text === '|' && isBlockParams(current)))) end();
      continue;
    }
    if (char === ' ' || char === '\t') {
      i++;
      continue;
    }
    if (char === '#') {
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    if (i === lineStart && text.startsWith('=begin', i)) {
      const close = text.indexOf('\n=end', i);
      const stop = close === -1 ? n : close + 5;
      for (let j = i; j < stop; j++) if (text[j] === '\n') line++;
      i = stop;
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (i === lineStart && text.startsWith('__END__', i) && /^__END__\r?$/m.test(text.slice(i, i + 9))) break;
    const start = i;
    if (char === ';') {
      if (depth === 0) end();
      i++;
      continue;
    }
    if (isNameStart(char)) {
      let j = i + 1;
      while (j < n && isNameChar(text[j])) j++;
      if ((text[j] === '?' || text[j] === '!') && text[j + 1] !== '=') j++;
      const word = text.slice(i, j);
      // `key: value`, but not `a ? b : c` nor `Foo::Bar`.
      if (text[j] === ':' && text[j + 1] !== ':' && (text[j + 1] === ' ' || text[j + 1] === '\t' || text[j + 1] === '\n' || text[j + 1] === '\r')) {
        push('label', word, start);
        i = j + 1;
      } else if (word === 'end' && depth === 0 && current[current.length - 1]?.text !== '.' && text[j] !== '.') {
        // `end` closes a block even mid-line (`do |t| t.string :x end`): it is a statement of its own.
        end();
        push('name', word, start);
        end();
        i = j;
      } else {
        push('name', word, start);
        i = j;
      }
      continue;
    }
    if (isDigit(char)) {
      let j = i + 1;
      while (j < n && (isNameChar(text[j]) || (text[j] === '.' && isDigit(text[j + 1] ?? '')))) j++;
      push('number', text.slice(i, j), start);
      i = j;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') {
      const read = readQuoted(text, i + 1, char, char === '"' || char === '`');
      push('string', read.value, start);
      ({ line, lineStart } = advanceLines(text, i, read.end, line, lineStart));
      i = read.end;
      continue;
    }
    if (char === ':' && text[i + 1] === '"') {
      const read = readQuoted(text, i + 2, '"', true);
      push('symbol', read.value, start);
      i = read.end;
      continue;
    }
    if (char === ':' && isNameStart(text[i + 1] ?? '')) {
      let j = i + 2;
      while (j < n && isNameChar(text[j])) j++;
      if (text[j] === '?' || text[j] === '!' || text[j] === '=') j++;
      push('symbol', text.slice(i + 1, j), start);
      i = j;
      continue;
    }
    if (char === '%' && /[qQwWiI]/.test(text[i + 1] ?? '') && PERCENT_CLOSERS[text[i + 2]] !== undefined) {
      // %w[a b] and %i[a b] are arrays of words; %q(…) and %Q(…) strings.
      const open = text[i + 2];
      const read = readQuoted(text, i + 3, PERCENT_CLOSERS[open], false, open);
      const kind = text[i + 1].toLowerCase();
      if (kind === 'q') push('string', read.value, start);
      else {
        push('op', '[', start);
        for (const word of read.value.split(/\s+/).filter(Boolean)) {
          push(kind === 'i' ? 'symbol' : 'string', word, start);
          push('op', ',', start);
        }
        push('op', ']', start);
      }
      ({ line, lineStart } = advanceLines(text, i, read.end, line, lineStart));
      i = read.end;
      continue;
    }
    if (char === '<' && text[i + 1] === '<' && /[~-]?["'`]?[A-Za-z_]/.test(text.slice(i + 2, i + 4))) {
      const heredoc = /^<<([~-]?)(["'`]?)([A-Za-z_]\w*)\2/.exec(text.slice(i, i + 200));
      if (heredoc) {
        push('string', '', start);
        pending.push({ terminator: heredoc[3], squiggly: heredoc[1] !== '', token: current[current.length - 1] });
        i += heredoc[0].length;
        continue;
      }
    }
    if (char === '{') {
      // A brace after a method name or a call's closing paren (`dir.up {`, `create_table(:b) {`),
      // or one opening block parameters (`{ |t|`), is a block; after `=`, `,`, `(` or a label it is a hash.
      const previous = current[current.length - 1];
      const params = /^\{\s*\|/.test(text.slice(i, i + 40));
      const block = params || (previous?.kind === 'name' && !['return', 'in', 'and', 'or', 'not', 'then', 'puts', 'p'].includes(previous.text)) || (previous?.kind === 'op' && previous.text === ')');
      braces.push(block ? 'block' : 'hash');
      if (block) {
        push('name', 'do', start);
        // Without parameters the opening statement is complete here: the body follows.
        if (!params && depth === 0) end();
      } else {
        depth++;
        push('op', '{', start);
      }
      i++;
      continue;
    }
    if (char === '}') {
      const kind = braces.pop();
      if (kind === 'block') {
        end();
        push('name', 'end', start);
        end();
      } else {
        depth = Math.max(0, depth - 1);
        push('op', '}', start);
      }
      i++;
      continue;
    }
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    const three = text.slice(i, i + 3);
    const two = text.slice(i, i + 2);
    const op = ['**=', '<=>', '===', '||=', '&&='].includes(three) ? three : ['=>', '==', '!=', '<=', '>=', '&&', '||', '::', '&.', '<<', '**', '+=', '-=', '..'].includes(two) ? two : char;
    push('op', op, start);
    i += op.length;
    // The `|` closing a block's parameters ends the block's opening statement: the body follows.
    if (op === '|' && depth === 0 && isBlockParams(current)) end();
  }
  end();
  return statements;
}

/** `do |t|` or `do |a, b|` whose closing `|` ends the line: the statement is complete. */
function isBlockParams(tokens: readonly RbToken[]): boolean {
  for (let k = tokens.length - 2; k >= 0; k--) {
    if (tokens[k].kind === 'op' && tokens[k].text === '|') return tokens[k - 1]?.kind === 'name' && tokens[k - 1].text === 'do';
  }
  return false;
}

function advanceLines(text: string, from: number, to: number, line: number, lineStart: number): { line: number; lineStart: number } {
  for (let j = from; j < to; j++) {
    if (text[j] === '\n') {
      line++;
      lineStart = j + 1;
    }
  }
  return { line, lineStart };
}

function readQuoted(text: string, start: number, close: string, interpolates: boolean, open?: string): { value: string; end: number } {
  let value = '';
  let nesting = 0;
  let i = start;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\' && i + 1 < text.length) {
      const next = text[i + 1];
      value += interpolates ? ({ n: '\n', t: '\t' } as Record<string, string>)[next] ?? next : next === close || next === '\\' ? next : `\\${next}`;
      i += 2;
      continue;
    }
    if (interpolates && char === '#' && text[i + 1] === '{') {
      // Interpolation: kept as written, skipping nested braces.
      let level = 0;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === '{') level++;
        else if (text[j] === '}' && --level === 0) break;
      }
      value += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (open !== undefined && char === open) nesting++;
    else if (char === close) {
      if (nesting === 0) return { value, end: i + 1 };
      nesting--;
    }
    value += char;
    i++;
  }
  return { value, end: i };
}

function readHeredoc(text: string, start: number, heredoc: PendingHeredoc): { value: string; end: number; lines: number } {
  let i = start;
  let lines = 0;
  const body: string[] = [];
  while (i < text.length) {
    let stop = text.indexOf('\n', i);
    if (stop === -1) stop = text.length;
    const raw = text.slice(i, stop).replace(/\r$/, '');
    i = Math.min(text.length, stop + 1);
    lines++;
    if ((heredoc.squiggly ? raw.trim() : raw) === heredoc.terminator) break;
    body.push(raw);
  }
  return { value: body.join('\n'), end: i, lines };
}

function isNameStart(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_' || char === '@' || char === '$' || char > '\u007f';
}

function isNameChar(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_' || isDigit(char) || char > '\u007f';
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}
