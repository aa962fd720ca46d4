// Tests for the political-party value detector: parties of several countries by name and acronym,
// and the look-alikes (risk profiles, colours, two-letter codes) a column check must turn away.
import { describe, expect, it } from 'vitest';
import detector from '../../../src/detectors/value/political-party.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const party = (value: string) => ({ value, category: 'special.political' as const });

testValueDetector(detector, {
  valid: [
    party('Democrat'), party('Republican'), party('Labour'), party('Liberal Democrats'), party('CDU'), party('SPD'),
    party('Bündnis 90/Die Grünen'), party('Les Républicains'), party('Rassemblement national'), party('PSOE'),
    party('Partido Popular'), party("Fratelli d'Italia"), party('Movimento 5 Stelle'), party('VVD'), party('GroenLinks'),
    party('Chega'), party('Bloco de Esquerda'), party('Independent'), party('None'),
  ],
  invalid: ['Aggressive', 'Blue', 'Premium', 'Democracy Now Magazine', 'Parti', 'CDU-1234', ''],
});

describe('political-party column check', () => {
  it('accepts a voter file with two parties and independents', () => {
    expect(detector.column!(['Democrat', 'Republican', 'Independent', 'Democrat', 'Republican', 'None'])).toBeUndefined();
  });
  it('accepts German and French parties', () => {
    expect(detector.column!(['CDU', 'SPD', 'Grüne', 'FDP', 'AfD', 'Die Linke'])).toBeUndefined();
    expect(detector.column!(['Les Républicains', 'Parti socialiste', 'RN', 'LFI', 'Renaissance'])).toBeUndefined();
  });
  it('rejects a risk-profile column of ideology words', () => {
    expect(detector.column!(['Conservative', 'Moderate', 'Conservative', 'Progressive'])).toMatch(/on its own/);
  });
  it('rejects a colour column with Green in it', () => {
    expect(detector.column!(['Green', 'Red', 'Blue', 'Green', 'Yellow'])).toMatch(/on its own/);
  });
  it('rejects a column of none/other answers', () => {
    expect(detector.column!(['None', 'Other', 'None', 'Unknown'])).toMatch(/on its own/);
  });
  it('rejects a free-text column that mentions a party once', () => {
    expect(detector.column!(['SPD', 'called back', 'left a message', 'no answer', 'wrong number'])).toMatch(/only 1 of 5/);
  });
});
