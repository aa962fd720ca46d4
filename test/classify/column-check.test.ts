// Tests for value detectors' column checks in classification: a detector that matched values can
// still object to the column as a whole, and its objection removes its evidence and says why.
import { describe, expect, it } from 'vitest';
import { classifyField } from '../../src/classify/classify-field.js';
import type { ValueDetector } from '../../src/model/index.js';
import { toFieldName } from '../../src/util/tokenize.js';
import { customDetectorId } from '../../src/model/detector-ids.js';

const everything: ValueDetector = {
  id: customDetectorId('everything'),
  kind: 'value',
  categories: ['person.name'],
  description: 'matches every value',
  scope: 'whole',
  strength: 0.9,
  prefilter: () => true,
  match: () => ({ category: 'person.name' }),
};
const classify = (detector: ValueDetector, values: string[]) =>
  classifyField(toFieldName('c0'), values, { detectors: { name: [], value: [detector] }, showValues: false });

describe('column checks', () => {
  const values = Array.from({ length: 30 }, (_, i) => ['M', 'F'][i % 2]);

  it('a column without a check is judged on its match share', () => {
    expect(classify(everything, values).map((m) => m.id)).toEqual(['person.name']);
  });

  it('a vetoed column loses the detector evidence', () => {
    expect(classify({ ...everything, column: () => 'only 2 distinct names' }, values)).toEqual([]);
  });

  it('a check that passes keeps the evidence', () => {
    expect(classify({ ...everything, column: () => undefined }, values).map((m) => m.id)).toEqual(['person.name']);
  });

  it('a check that throws is reported and counts as a veto', () => {
    const failed: string[] = [];
    const broken = { ...everything, column: (): string => { throw new Error('boom'); } };
    const result = classifyField(toFieldName('c0'), values, { detectors: { name: [], value: [broken] }, showValues: false, onDetectorError: (id) => failed.push(id) });
    expect(result).toEqual([]);
    expect(failed).toEqual(['everything']);
  });
});
