// Tests for the religion value detector: religions in seven languages, and look-alikes.
import { describe, expect, it } from 'vitest';
import detector from '../../../src/detectors/value/religion.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const belief = (value: string) => ({ value, category: 'special.religion' as const });

testValueDetector(detector, {
  valid: [
    belief('Catholic'), belief('Roman Catholic'), belief('Muslim'), belief('Jewish'), belief('Hindu'), belief('Buddhist'),
    belief('Atheist'), belief('evangelisch'), belief('katholisch'), belief('konfessionslos'), belief('musulmane'),
    belief('católico'), belief('sin religión'), belief('cattolica'), belief('rooms-katholiek'), belief('joods'),
    belief('espírita'), belief('sem religião'), belief('Christian'), belief('Prefer not to say'),
  ],
  invalid: ['Catholic University of Leuven', 'Church Street', 'Holiday', 'Easter Sale', 'Christmas', 'Temple Run'],
});

describe('religion column check', () => {
  it('accepts a column of beliefs with neutral answers', () => {
    expect(detector.column!(['Catholic', 'None', 'Muslim', 'Protestant', 'Prefer not to say', 'Jewish'])).toBeUndefined();
    expect(detector.column!(['evangelisch', 'katholisch', 'konfessionslos', 'evangelisch'])).toBeUndefined();
  });
  it('rejects a first-name column that holds Christian', () => {
    expect(detector.column!(['Christian', 'Maria', 'Lukas', 'Anna', 'Jonas'])).toMatch(/on its own/);
  });
  it('rejects a single constant belief', () => {
    expect(detector.column!(['Catholic', 'Catholic', 'Catholic'])).toMatch(/single/);
  });
});

describe('religion placeholders', () => {
  it('N/A is no term, and a column check passes over it like an empty cell', () => {
    expect(detector.match('N/A')).toBeUndefined();
    expect(detector.column!(['Catholic', 'N/A', 'N/A', 'N/A', 'Muslim', 'n/a'])).toBeUndefined();
  });
});
