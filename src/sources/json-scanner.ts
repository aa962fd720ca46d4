// Incremental splitter for JSON exports: finds the boundaries of the record array's elements in
// text fed chunk by chunk (tracking strings, escapes and nesting), so each record is parsed on
// its own and the whole document is never held or parsed at once. Grammar: RFC 8259.
import { countNewlines } from './text-stream.js';

/** A complete record (an element of the record array, or a top-level scalar). */
export interface RecordEvent {
  kind: 'record';
  text: string;
  line: number;
}

/** A member of a top-level object seen before any record array was chosen. */
export interface MemberEvent {
  kind: 'member';
  key: string;
  text: string;
  line: number;
}

/** A member of a top-level object whose value is an array of records: the records after it are its own. */
export interface ArrayEvent {
  kind: 'array';
  key: string;
  line: number;
}

export type ScanEvent = RecordEvent | MemberEvent | ArrayEvent;

export interface ScanError {
  message: string;
  line: number;
}

type Phase = 'start' | 'array' | 'object' | 'colon' | 'value' | 'peek' | 'element' | 'done' | 'failed';
type ElementKind = 'record' | 'top' | 'key' | 'member' | 'skip';
type Expect = 'first' | 'afterItem' | 'afterComma';

/**
 * Largest single record held while looking for its end (the same cap as an NDJSON line); beyond
 * it the read stops with an error naming the record's line, so memory stays bounded (the record's
 * text, then its parsed value).
 */
export const MAX_RECORD_CHARS = 64 * 1024 * 1024;
/** Largest member value of a wrapping object held while looking for the record array. */
export const MAX_MEMBER_CHARS = 8 * 1024 * 1024;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

/** RFC 8259 §2: the only insignificant whitespace is space, tab, LF and CR. */
function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * Which arrays hold the records: a top-level array; or, in a top-level object, every member whose
 * value is an array starting with an object (`{"posts":[{…}],"users":[{…}]}`, json-server's
 * db.json), each announced by an ArrayEvent before its records. Members seen before the first
 * such array are reported as MemberEvents (the caller may treat them as one record if no array
 * comes); other members after it are skipped. Nested deeper than one object level is not searched.
 */
export class JsonRecordScanner {
  private buf = '';
  private pos = 0;
  private phase: Phase = 'start';
  private arrayExpect: Expect = 'first';
  private objectExpect: Expect = 'first';
  private recordsInObject = false;
  private committed = false;
  private currentKey = '';
  private peekFrom = 0;
  /** Line of the `[` being peeked past: the whitespace after it may be dropped before it is used. */
  private peekLine = 1;
  // Element being scanned; kept across chunks so scanning resumes where it stopped.
  private elementKind: ElementKind = 'record';
  private elementStart = 0;
  private elementLine = 1;
  private scanPos = 0;
  private depth = 0;
  private inString = false;
  private scalar = false;
  // Line bookkeeping: lineNo is the line at buffer index linePos.
  private lineNo = 1;
  private linePos = 0;
  /**
   * Text of the open element read before the current buffer. Kept as pieces and joined once when
   * the element ends: appending every chunk to one string and scanning it made a long value cost
   * time quadratic in its length (a 32 MB string took 34 s).
   */
  private pieces: string[] = [];
  private pieceChars = 0;
  /** Backslashes ending the pieces, when the buffer starts inside a run of them (escape parity). */
  private carriedBackslashes = 0;
  /** Set when the input is not valid JSON; scanning stops there. */
  error: ScanError | undefined;

  /** Appends decoded text and pushes every event completed by it into `out`. */
  push(text: string, out: ScanEvent[]): void {
    if (this.error) return;
    if (this.phase === 'element') this.setAsideOpenElement();
    else if (this.phase === 'peek') this.dropPeekedWhitespace();
    else if (this.pos > 0) this.dropBefore(this.pos);
    this.buf += text;
    this.run(out);
    // Bound memory: an element still open past its limit would otherwise grow with the file.
    if (this.phase === 'element' && !this.error) {
      const limit = this.elementKind === 'member' || this.elementKind === 'key' ? MAX_MEMBER_CHARS : MAX_RECORD_CHARS;
      if (this.elementKind !== 'skip' && this.pieceChars + this.buf.length - this.elementStart > limit) {
        this.error = { message: `the value starting on line ${this.elementLine} is larger than ${limit / 1024 / 1024} MiB characters`, line: this.elementLine };
        this.phase = 'failed';
      }
    }
  }

  /** Drops the buffer before `at` (already scanned), keeping the line count. */
  private dropBefore(at: number): void {
    this.lineAt(at);
    this.buf = this.buf.slice(at);
    this.pos -= at;
    this.elementStart -= at;
    this.scanPos -= at;
    this.peekFrom -= at;
    this.linePos -= at;
  }

  /**
   * The open element was scanned to the end of the buffer: its text so far moves to `pieces` (a
   * skipped value's is dropped) and the buffer restarts empty, so each character is scanned and
   * copied once however long the element is.
   */
  private setAsideOpenElement(): void {
    const buf = this.buf;
    let run = 0;
    while (run < buf.length - this.elementStart && buf.charCodeAt(buf.length - 1 - run) === BACKSLASH) run++;
    this.carriedBackslashes = run === buf.length - this.elementStart ? this.carriedBackslashes + run : run;
    if (this.elementKind !== 'skip' && buf.length > this.elementStart) {
      this.pieces.push(buf.slice(this.elementStart));
      this.pieceChars += buf.length - this.elementStart;
    }
    this.lineAt(buf.length);
    this.buf = '';
    this.pos = 0;
    this.elementStart = 0;
    this.scanPos = 0;
    this.linePos = 0;
  }

  /**
   * While peeking past `[` for a `{`, only the `[` is needed again (when the value turns out not
   * to be a record array): the whitespace read so far is dropped rather than kept and rescanned.
   */
  private dropPeekedWhitespace(): void {
    this.lineAt(this.pos);
    this.buf = '[' + this.buf.slice(this.pos);
    this.peekFrom = 0;
    this.pos = 1;
    this.linePos = 1;
  }

  /** End of input: completes a trailing top-level scalar or reports truncation. */
  finish(out: ScanEvent[]): void {
    if (this.error) return;
    if (this.phase === 'element' && this.scalar) this.completeElement(this.buf.length, out);
    if (this.phase === 'start' || this.phase === 'done' || this.phase === 'failed') return;
    const end = this.buf.length;
    const unfinished = this.phase === 'element' ? ` (the value starting on line ${this.elementLine} is incomplete)` : '';
    this.error = { message: `unexpected end of JSON input${unfinished}`, line: this.lineAt(end) };
  }

  /** Line of buffer index `at` (1-based, counting `\n`). */
  private lineAt(at: number): number {
    if (at < this.linePos) return this.lineNo - countNewlines(this.buf, at, this.linePos);
    this.lineNo += countNewlines(this.buf, this.linePos, at);
    this.linePos = at;
    return this.lineNo;
  }

  private fail(message: string): void {
    this.error = { message, line: this.lineAt(this.pos) };
    this.phase = 'failed';
  }

  /** Skips whitespace; the next character code, or -1 when the buffer is exhausted. */
  private peekChar(): number {
    const buf = this.buf;
    let pos = this.pos;
    while (pos < buf.length && isWhitespace(buf.charCodeAt(pos))) pos++;
    this.pos = pos;
    return pos < buf.length ? buf.charCodeAt(pos) : -1;
  }

  private run(out: ScanEvent[]): void {
    for (;;) {
      if (this.phase === 'element') {
        const end = this.scanElement();
        if (end === -1) return;
        this.completeElement(end, out);
        continue;
      }
      if (this.phase === 'failed') return;
      const code = this.peekChar();
      if (code === -1) return;
      switch (this.phase) {
        case 'start':
          if (code === OPEN_BRACKET) this.enterArray(false);
          else if (code === OPEN_BRACE) {
            this.pos++;
            this.phase = 'object';
            this.objectExpect = 'first';
          } else this.beginElement('top');
          break;
        case 'array':
          if (code === CLOSE_BRACKET) {
            if (this.arrayExpect === 'afterComma') return this.fail('expected a value after ","');
            this.pos++;
            this.phase = this.recordsInObject ? 'object' : 'done';
            this.objectExpect = 'afterItem';
          } else if (code === COMMA) {
            if (this.arrayExpect !== 'afterItem') return this.fail('unexpected ","');
            this.pos++;
            this.arrayExpect = 'afterComma';
          } else {
            if (this.arrayExpect === 'afterItem') return this.fail('expected "," or "]" after an array element');
            this.beginElement('record');
          }
          break;
        case 'object':
          if (code === CLOSE_BRACE) {
            if (this.objectExpect === 'afterComma') return this.fail('expected a property name after ","');
            this.pos++;
            this.phase = 'done';
          } else if (code === COMMA) {
            if (this.objectExpect !== 'afterItem') return this.fail('unexpected ","');
            this.pos++;
            this.objectExpect = 'afterComma';
          } else if (code === QUOTE && this.objectExpect !== 'afterItem') {
            this.beginElement('key');
          } else return this.fail(this.objectExpect === 'afterItem' ? 'expected "," or "}" after a property' : 'expected a property name');
          break;
        case 'colon':
          if (code !== COLON) return this.fail('expected ":" after a property name');
          this.pos++;
          this.phase = 'value';
          break;
        case 'value':
          if (code === OPEN_BRACKET) {
            this.peekFrom = this.pos;
            this.peekLine = this.lineAt(this.pos);
            this.pos++;
            this.phase = 'peek';
          } else this.beginElement(this.committed ? 'skip' : 'member');
          break;
        case 'peek':
          if (code === OPEN_BRACE) {
            this.committed = true;
            out.push({ kind: 'array', key: this.currentKey, line: this.peekLine });
            this.phase = 'array';
            this.arrayExpect = 'first';
            this.recordsInObject = true;
          } else {
            this.pos = this.peekFrom;
            this.beginElement(this.committed ? 'skip' : 'member');
            this.elementLine = this.peekLine;
          }
          break;
        case 'done':
          return this.fail('unexpected data after the end of the JSON value');
      }
    }
  }

  private enterArray(inObject: boolean): void {
    this.pos++;
    this.phase = 'array';
    this.arrayExpect = 'first';
    this.recordsInObject = inObject;
  }

  private beginElement(kind: ElementKind): void {
    const code = this.buf.charCodeAt(this.pos);
    this.elementKind = kind;
    this.elementStart = this.pos;
    this.elementLine = this.lineAt(this.pos);
    this.scanPos = this.pos;
    this.depth = 0;
    this.inString = false;
    this.scalar = code !== QUOTE && code !== OPEN_BRACE && code !== OPEN_BRACKET;
    this.phase = 'element';
  }

  /** Scans on from scanPos; the element's end index, or -1 if it continues past the buffer. */
  private scanElement(): number {
    const buf = this.buf;
    const length = buf.length;
    let at = this.scanPos;
    if (this.scalar) {
      // Numbers, true, false, null (or garbage JSON.parse will reject) end at a delimiter.
      while (at < length) {
        const code = buf.charCodeAt(at);
        if (code === COMMA || code === CLOSE_BRACKET || code === CLOSE_BRACE || isWhitespace(code)) return at;
        at++;
      }
      this.scanPos = at;
      return -1;
    }
    let depth = this.depth;
    let inString = this.inString;
    while (at < length) {
      if (inString) {
        const quote = buf.indexOf('"', at);
        if (quote === -1) {
          at = length;
          break;
        }
        // A quote preceded by an odd number of backslashes is escaped (RFC 8259 §7).
        let backslash = quote - 1;
        while (backslash >= 0 && buf.charCodeAt(backslash) === BACKSLASH) backslash--;
        const backslashes = quote - 1 - backslash + (backslash < 0 ? this.carriedBackslashes : 0);
        at = quote + 1;
        if (backslashes % 2 === 0) {
          inString = false;
          if (depth === 0) return at;
        }
        continue;
      }
      const code = buf.charCodeAt(at++);
      if (code === QUOTE) inString = true;
      else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
      else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        depth--;
        if (depth <= 0) return at;
      }
    }
    this.scanPos = at;
    this.depth = depth;
    this.inString = inString;
    return -1;
  }

  private completeElement(end: number, out: ScanEvent[]): void {
    const tail = this.elementKind === 'skip' ? '' : this.buf.slice(this.elementStart, end);
    const text = this.pieces.length === 0 ? tail : this.pieces.join('') + tail;
    this.pieces = [];
    this.pieceChars = 0;
    this.carriedBackslashes = 0;
    this.pos = end;
    switch (this.elementKind) {
      case 'record':
        out.push({ kind: 'record', text, line: this.elementLine });
        this.phase = 'array';
        this.arrayExpect = 'afterItem';
        return;
      case 'top':
        out.push({ kind: 'record', text, line: this.elementLine });
        this.phase = 'done';
        return;
      case 'key':
        try {
          this.currentKey = JSON.parse(text) as string;
        } catch {
          this.pos = this.elementStart;
          return this.fail('invalid property name');
        }
        this.phase = 'colon';
        return;
      case 'member':
        out.push({ kind: 'member', key: this.currentKey, text, line: this.elementLine });
        this.phase = 'object';
        this.objectExpect = 'afterItem';
        return;
      case 'skip':
        this.phase = 'object';
        this.objectExpect = 'afterItem';
        return;
    }
  }
}
