// A date column named after another event (issue 21): dates that spread like births are not
// births when the name says which event they record.
import { describe, expect, it } from 'vitest';
import { classify, categoriesOf } from './context-helpers.js';

/** Dates over six decades, as a register of births (or of careers) holds them. */
const SPREAD = Array.from({ length: 60 }, (_, i) => `${1940 + i}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`);

describe('event dates', () => {
  it('a bare date column of spread dates is read as births', () => {
    expect(categoriesOf('date', { values: SPREAD })).toContain('person.date_of_birth');
  });
  it.each(['debut', 'finalGame', 'hire_date', 'death_date', 'date_joined', 'eintritt', 'fecha_ingreso'])('%s of spread dates is no date of birth', (raw) => {
    expect(categoriesOf(raw, { values: SPREAD })).not.toContain('person.date_of_birth');
  });
  it('the evidence names the event', () => {
    const { evidence } = classify('debut', { values: SPREAD });
    expect(evidence).toContainEqual(expect.objectContaining({ category: 'person.date_of_birth', feature: 'name.event-date', direction: 'against' }));
  });
  it('a name that says birth keeps it', () => {
    expect(categoriesOf('birth_date', { values: SPREAD })).toContain('person.date_of_birth');
    expect(categoriesOf('date_of_birth_registered', { values: SPREAD })).toContain('person.date_of_birth');
  });
});
