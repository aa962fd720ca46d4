// Streaming SQL statement splitter: turns decoded text chunks into statements (with their start
// line) and COPY data lines, honouring quotes, comments, dollar quotes and MySQL DELIMITER.
import { readInsertHead } from './values.js';
import { INSERT_PIECE_CHARS, SplitError, type SplitEvent } from './split-events.js';

export { INSERT_PIECE_CHARS, SplitError, type SplitEvent };

/** Characters kept back at a chunk's end so that `--`, `''`, `$tag$` or a delimiter are never cut. */
const LOOKAHEAD = 72;

const enum State {
  Between,
  Code,
  Single,
  Double,
  Backtick,
  Dollar,
  LineComment,
  BlockComment,
  Copy,
}

const COPY_FROM_STDIN = /^COPY\b[\s\S]*\bFROM\s+STDIN\b/i;

export class SqlSplitter {
  /** Backslash escapes in '…' strings: MySQL yes; PostgreSQL only with standard_conforming_strings off. */
  backslashEscapes = true;
  /**
   * `#` starts a comment to the line's end inside a statement too (MySQL; PostgreSQL's `#` is an
   * operator). Without it, an apostrophe in `id int, # the entry's id` opened a string that
   * swallowed the tables after it.
   */
  hashComments = true;
  private state = State.Between;
  private carry = '';
  private line = 1;
  /** Offset of the last line break relative to the current text (columns are counted from it). */
  private lastBreak = -1;
  private delimiter = ';';
  /** Pieces of the statement being read. Emptied in place: a fresh `[]` deoptimised scan() per statement (elements-kind change). */
  private readonly parts: string[] = [];
  private partsLength = 0;
  private statementLine = 1;
  private statementColumn = 1;
  private depth = 0;
  private escapeString = false;
  private dollarTag = '';
  private insertHead: string | false | undefined;
  private copyLines: string[] = [];
  private copyLine = 0;
  /** The COPY statement's own line still has to be skipped before data lines start. */
  private copySkipLine = false;
  /** Only whitespace so far on the current line (between statements): meta-commands must start a line. */
  private cleanLine = true;

  /** Feeds one chunk; returns the events completed by it. */
  push(chunk: string): SplitEvent[] {
    return this.scan(this.carry + chunk, false);
  }

  /** Ends the input; throws SplitError when it ends inside a string, comment or statement. */
  finish(): SplitEvent[] {
    const events = this.scan(this.carry, true);
    const where = this.statementLine;
    switch (this.state) {
      case State.Single:
      case State.Double:
      case State.Backtick:
      case State.Dollar:
        throw new SplitError(`file ends inside a quoted string or identifier (statement starting at line ${where})`, where, events);
      case State.BlockComment:
        throw new SplitError(`file ends inside a /* comment */ (statement starting at line ${where})`, where, events);
      case State.Copy:
        if (this.copyLines.length > 0) events.push({ type: 'copy-data', lines: this.copyLines, line: this.copyLine });
        throw new SplitError(`file ends inside COPY data (no closing \\. line; block starting at line ${this.copyLine})`, this.copyLine, events);
      default:
        break;
    }
    if (this.partsLength > 0) {
      const text = this.parts.join('').trimEnd();
      if (this.depth > 0 || text.endsWith(',')) {
        throw new SplitError(`file ends inside an unterminated statement starting at line ${where}`, where, events);
      }
      if (text !== '') events.push(this.statement(text, where));
      this.parts.length = 0;
      this.partsLength = 0;
    }
    return events;
  }

  /**
   * Lines are counted lazily: `sync` counts the line breaks in [counted, to) with indexOf (fast)
   * when a line number is needed, instead of testing every character.
   */
  private counted = 0;

  private sync(text: string, to: number): void {
    for (let at = text.indexOf('\n', this.counted); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) {
      this.line++;
      this.lastBreak = at;
    }
    if (to > this.counted) this.counted = to;
  }

  /** Start of the current statement in the current text, -1 between statements. */
  private segment = -1;
  /** Set by a state when it needs more input before it can go on. */
  private stalled = false;
  private nextBackslash = -2;

  /**
   * One pass over `text` up to `limit`. Each state is its own small method: one big function
   * kept being deoptimised by its rarely taken branches (measured 300 deopts on a 100 MB dump).
   */
  private scan(text: string, final: boolean): SplitEvent[] {
    const events: SplitEvent[] = [];
    const limit = final ? text.length : Math.max(0, text.length - LOOKAHEAD);
    this.segment = this.state === State.Between || this.state === State.Copy ? -1 : 0;
    this.counted = 0;
    this.nextBackslash = -2;
    this.stalled = false;
    let i = 0;
    while (i < limit && !this.stalled) {
      switch (this.state) {
        case State.Copy:
          i = this.copyData(text, i, final, events);
          break;
        case State.Between:
          i = this.between(text, i, final);
          break;
        case State.Code:
          i = this.code(text, i, limit, events);
          break;
        case State.Single:
        case State.Double:
        case State.Backtick:
          i = this.quoted(text, i, limit);
          break;
        case State.Dollar:
          i = this.skipPast(text, i, limit, this.dollarTag);
          break;
        case State.LineComment:
          i = this.skipPast(text, i, limit, '\n') - 1;
          break;
        case State.BlockComment:
          i = this.skipPast(text, i, limit, '*/');
          break;
      }
    }
    if (this.segment !== -1 && this.state !== State.Between && this.state !== State.Copy) {
      const piece = text.slice(this.segment, i);
      this.parts.push(piece);
      this.partsLength += piece.length;
    }
    this.sync(text, i);
    this.carry = text.slice(i);
    this.lastBreak -= i;
    return events;
  }

  private copyData(text: string, i: number, final: boolean, events: SplitEvent[]): number {
    const end = text.indexOf('\n', i);
    if (end === -1 && !final) {
      this.stalled = true;
      return i;
    }
    const stop = end === -1 ? text.length : end;
    this.sync(text, i);
    if (this.copySkipLine) {
      this.copySkipLine = false;
      return stop + 1;
    }
    let row = text.slice(i, stop);
    if (row.endsWith('\r')) row = row.slice(0, -1);
    if (row === '\\.') {
      if (this.copyLines.length > 0) events.push({ type: 'copy-data', lines: this.copyLines, line: this.copyLine });
      events.push({ type: 'copy-end', line: this.line });
      this.copyLines = [];
      this.state = State.Between;
      this.cleanLine = true;
    } else {
      if (this.copyLines.length === 0) this.copyLine = this.line;
      this.copyLines.push(row);
      if (this.copyLines.length >= 1024) {
        events.push({ type: 'copy-data', lines: this.copyLines, line: this.copyLine });
        this.copyLines = [];
      }
    }
    return stop + 1;
  }

  private between(text: string, i: number, final: boolean): number {
    const code = text.charCodeAt(i);
    if (code === 10) {
      this.cleanLine = true;
      return i + 1;
    }
    if (code === 32 || code === 9 || code === 13 || code === 12) return i + 1;
    const atLineStart = this.cleanLine;
    const isLineComment = (code === 45 && text.charCodeAt(i + 1) === 45) || code === 35;
    const isMetaLine = code === 92 && atLineStart; // psql meta-command such as \restrict, \connect, \copy
    const isDelimiterLine = atLineStart && (code === 68 || code === 100) && /^delimiter[ \t]/i.test(text.slice(i, i + 10));
    if (isLineComment || isMetaLine || isDelimiterLine) {
      const end = text.indexOf('\n', i);
      if (end === -1 && !final) {
        this.stalled = true;
        return i;
      }
      const stop = end === -1 ? text.length : end;
      if (isDelimiterLine) this.delimiter = text.slice(i + 10, stop).trim() || ';';
      return stop;
    }
    // Block comments between statements go, MySQL's executable /*!NNNNN … */ too: they hold SET,
    // LOCK and DISABLE KEYS statements, nothing that declares columns or rows.
    if (code === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) {
        this.stalled = true;
        if (!final) return i;
        this.sync(text, i);
        this.state = State.BlockComment;
        this.statementLine = this.line;
        return text.length;
      }
      this.cleanLine = false;
      return end + 2;
    }
    this.sync(text, i);
    this.state = State.Code;
    this.statementLine = this.line;
    this.statementColumn = i - this.lastBreak;
    this.depth = 0;
    this.insertHead = undefined;
    this.segment = i;
    return i;
  }

  private code(text: string, i: number, limit: number, events: SplitEvent[]): number {
    if (this.delimiter !== ';') {
      if (text.startsWith(this.delimiter, i)) {
        this.endStatement(text, this.segment, i, events);
        this.segment = -1;
        return i + this.delimiter.length;
      }
    } else {
      // Fast path: letters, digits, spaces and dots never change the state.
      let code = text.charCodeAt(i);
      while ((code >= 97 && code <= 122) || (code >= 48 && code <= 58) || (code >= 65 && code <= 90) || code === 32 || code === 46) {
        if (++i >= limit) return i;
        code = text.charCodeAt(i);
      }
    }
    const code = text.charCodeAt(i);
    switch (code) {
      case 39: {
        const previous = text.charCodeAt(i - 1);
        this.escapeString = this.backslashEscapes || ((previous === 69 || previous === 101) && !isWordCode(text.charCodeAt(i - 2)));
        this.state = State.Single;
        return i + 1;
      }
      case 34:
        this.escapeString = this.backslashEscapes;
        this.state = State.Double;
        return i + 1;
      case 96:
        this.escapeString = false;
        this.state = State.Backtick;
        return i + 1;
      case 40:
        this.depth++;
        return i + 1;
      case 41:
        this.depth--;
        return i + 1;
      case 44:
        if (this.depth === 0 && this.partsLength + i - this.segment > INSERT_PIECE_CHARS && this.cutInsert(text, this.segment, i, events)) {
          this.segment = i + 1;
        }
        return i + 1;
      case 59:
        if (this.delimiter !== ';') return i + 1;
        this.endStatement(text, this.segment, i, events);
        this.segment = -1;
        return i + 1;
      default:
        return this.codeRare(text, i, code);
    }
  }

  /** Comment and dollar-quote openers: rare in data, kept out of the hot path. */
  private codeRare(text: string, i: number, code: number): number {
    if ((code === 45 && text.charCodeAt(i + 1) === 45) || (code === 35 && this.hashComments)) {
      this.state = State.LineComment;
      return i + 2;
    }
    if (code === 47 && text.charCodeAt(i + 1) === 42) {
      this.state = State.BlockComment;
      return i + 2;
    }
    if (code === 36 && !isWordCode(text.charCodeAt(i - 1))) {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + LOOKAHEAD - 2));
      if (tag) {
        this.dollarTag = tag[0];
        this.state = State.Dollar;
        return i + tag[0].length;
      }
    }
    return i + 1;
  }

  /** Inside '…', "…" or `…`: jumps from quote to quote with indexOf. */
  private quoted(text: string, i: number, limit: number): number {
    const quote = this.state === State.Single ? "'" : this.state === State.Double ? '"' : '`';
    for (;;) {
      let close = text.indexOf(quote, i);
      if (close >= limit) close = -1;
      if (this.escapeString) {
        if (this.nextBackslash < i && this.nextBackslash !== -1) this.nextBackslash = text.indexOf('\\', i);
        const backslash = this.nextBackslash;
        if (backslash !== -1 && backslash < (close === -1 ? limit : close)) {
          i = backslash + 2;
          continue;
        }
      }
      if (close === -1) return Math.max(i, limit);
      if (text.charCodeAt(close + 1) === text.charCodeAt(close)) {
        i = close + 2;
        continue;
      }
      this.state = State.Code;
      return close + 1;
    }
  }

  /** Skips to just past `end` (dollar-quote tag, line break, `*\/`), or to the limit. */
  private skipPast(text: string, i: number, limit: number, end: string): number {
    const at = text.indexOf(end, i);
    if (at === -1) return Math.max(i, limit) + (end === '\n' ? 1 : 0);
    this.state = State.Code;
    return at + end.length;
  }

  private endStatement(text: string, segment: number, end: number, events: SplitEvent[]): void {
    this.emitStatement(text, segment, end, events);
    this.state = State.Between;
    this.cleanLine = false;
    if (this.isCopyFromStdin(events)) {
      this.sync(text, end);
      this.state = State.Copy;
      this.copySkipLine = true;
      this.copyLine = this.line;
    }
  }

  private emitStatement(text: string, segment: number, end: number, events: SplitEvent[]): void {
    this.parts.push(text.slice(segment, end));
    const statement = this.parts.join('').trimEnd();
    this.parts.length = 0;
    this.partsLength = 0;
    if (statement !== '') events.push(this.statement(statement, this.statementLine));
  }

  private statement(text: string, line: number): SplitEvent {
    // pg_dump writes `SET standard_conforming_strings = on;` (PostgreSQL §4.1.2.1): backslashes are literal after it.
    const setting = /^SET\s+(?:SESSION\s+)?standard_conforming_strings\s*(?:=|TO)\s*'?(on|off|true|false)/i.exec(text);
    if (setting) this.backslashEscapes = /^(off|false)$/i.test(setting[1]);
    return { type: 'statement', text, line, column: this.statementColumn, backslashEscapes: this.backslashEscapes };
  }

  /** Hands on the INSERT so far (complete tuples) and restarts it with the same head. */
  private cutInsert(text: string, segment: number, comma: number, events: SplitEvent[]): boolean {
    if (this.insertHead === undefined) {
      const prefix = this.parts.join('') + text.slice(segment, Math.min(comma, segment + 4096));
      const head = readInsertHead(prefix, this.backslashEscapes);
      this.insertHead = head === undefined ? false : prefix.slice(0, head.valuesOffset);
    }
    if (this.insertHead === false) return false;
    // Only cut right after a tuple's `)`: a depth-0 comma elsewhere (ON DUPLICATE KEY UPDATE a=1, b=2) is no tuple boundary.
    let before = comma - 1;
    while (before > segment && /\s/.test(text[before])) before--;
    if (text[before] !== ')') return false;
    this.emitStatement(text, segment, comma, events);
    this.parts.length = 0;
    this.parts.push(this.insertHead, ' ');
    this.partsLength = this.insertHead.length + 1;
    this.sync(text, comma);
    this.statementLine = this.line;
    this.statementColumn = comma + 1 - this.lastBreak;
    return true;
  }

  private isCopyFromStdin(events: SplitEvent[]): boolean {
    const last = events[events.length - 1];
    return last?.type === 'statement' && COPY_FROM_STDIN.test(last.text.slice(0, 4096));
  }
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
