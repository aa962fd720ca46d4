// jsonErrorLine: the line of the first JSON syntax error, agreeing with JSON.parse on validity.
import { describe, expect, it } from 'vitest';
import { jsonErrorLine } from '../../src/util/json-error-line.js';

describe('jsonErrorLine', () => {
  it('is undefined for valid JSON of every shape', () => {
    for (const text of ['{}', '[]', ' 1 ', '"x"', 'null', '{"a": [1, -2.5e3, true, false, null, {"b": "\\u00e9\\n"}], "c": {}}\n']) {
      expect(JSON.parse(text)).toBeDefined();
      expect(jsonErrorLine(text), text).toBeUndefined();
    }
  });

  it('names the line of the first error', () => {
    expect(jsonErrorLine('{\n  "nodes": {\n    "model.x": oops\n  }\n}\n')).toBe(3);
    expect(jsonErrorLine('[1,\n2,\n]')).toBe(3);
    expect(jsonErrorLine('{"a": 1\n"b": 2}')).toBe(2);
    expect(jsonErrorLine('{"a": 1}\n\n x')).toBe(3);
    expect(jsonErrorLine('{\n"a": "unterminated\n}')).toBe(2);
    expect(jsonErrorLine('')).toBe(1);
  });

  it('checks a deeply nested document without overflowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(jsonErrorLine(deep)).toBeUndefined();
    expect(jsonErrorLine(deep.slice(0, -1))).toBe(1);
  });
});
