// Tests for vocabulary.ts's normalizeTerm: it keeps its last answer for the next detector asking
// about the same value; any sequence of values gets each value's own term.
import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../../src/detectors/validators/vocabulary.js';
import { foldAccents } from '../../../src/util/tokenize.js';

/** normalizeTerm as written before it kept its last answer. */
const reference = (value: string): string =>
  foldAccents(value.trim()).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/[.]+$/, '');

describe('normalizeTerm', () => {
  const values = ['Catholic', ' Catholic ', 'Catholic', 'CATHOLIC.', 'católico', 'Católico', 'católico', 'Prefer  not\tto say', '', ' ', 'St. Jude’s', 'St. Jude‘s', 'Catholic'];

  it('gives each value its own term whatever came before it', () => {
    for (let i = 0; i < values.length; i++) for (const value of [values[i], values[i], values[(i * 7) % values.length]]) {
      expect(normalizeTerm(value), value).toBe(reference(value));
    }
  });

  it('answers an equal string built anew as the same term', () => {
    const first = normalizeTerm('Roman Catholic');
    expect(normalizeTerm(['Roman', 'Catholic'].join(' '))).toBe(first);
    expect(normalizeTerm('Roman Catholic.')).toBe('roman catholic');
  });
});
