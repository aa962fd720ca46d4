// The line of the first JSON syntax error in a text: Node 20's JSON.parse names no position for
// many errors (`Unexpected token 'o', ..."x": oops ...`) and quotes the text, which may hold
// personal data, so its message is never shown. A plain recursive-descent check (RFC 8259),
// iterative over nesting so a deep document cannot overflow the stack.

/** 1-based line of the first syntax error, or undefined when the text is valid JSON. */
export function jsonErrorLine(text: string): number | undefined {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return undefined;
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const WS = /[ \t\n\r]*/y;
// eslint-disable-next-line no-control-regex -- RFC 8259 §7: control characters must be escaped in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;

function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const skip = (): void => {
    WS.lastIndex = i;
    WS.test(text);
    i = WS.lastIndex;
  };
  const token = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };
  // Open containers: what each expects next.
  const stack: Array<'object' | 'array'> = [];
  let expectValue = true;
  skip();
  for (;;) {
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? 'object' : 'array');
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expectValue = false;
        } else if (c === '{') {
          if (!token(STRING)) return i;
          skip();
          if (text[i++] !== ':') return i - 1;
          skip();
        }
        continue;
      }
      if (!token(STRING) && !token(NUMBER) && !token(LITERAL)) return i;
      expectValue = false;
    }
    skip();
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? i : undefined;
    const c = text[i];
    if (c === ',') {
      i++;
      skip();
      if (top === 'object') {
        if (!token(STRING)) return i;
        skip();
        if (text[i++] !== ':') return i - 1;
        skip();
      }
      expectValue = true;
    } else if (c === (top === 'object' ? '}' : ']')) {
      stack.pop();
      i++;
    } else return i;
  }
}
