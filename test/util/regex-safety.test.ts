// The static check that stops declared patterns which can backtrack catastrophically (issue 28).
import { describe, expect, it } from 'vitest';
import { nestedQuantifier } from '../../src/util/regex-safety.js';

describe('nestedQuantifier', () => {
  it.each([
    ['(a+)+$', 0],
    ['^(a*)*b', 1],
    ['^(?:\\d+-?)+$', 1],
    ['^x(\\w+\\s?)*$', 2],
    ['((ab)+)+', 0],
    ['(a{1,5})+', 0],
    ['([a-z]+){2,}', 0],
  ])('flags %s (group at offset %i)', (pattern, offset) => {
    expect(nestedQuantifier(pattern)).toBe(offset);
  });

  it.each([
    '^\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}$',
    '(ab)+',
    '(a{2})+',
    '[(a+)]+',
    '\\(a+\\)+',
    '^(?:DE)?\\d{11}$',
    '(\\d{3}){2}',
    '^([A-Z]{2})(\\d+)$',
  ])('lets %s through', (pattern) => {
    expect(nestedQuantifier(pattern)).toBeUndefined();
  });
});
