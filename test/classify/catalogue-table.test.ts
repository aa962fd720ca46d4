// Vocabulary tables of special categories (issue 21): a table named after the category whose
// columns are only a key, a label and bookkeeping lists the category's values, not a person's.
import { describe, expect, it } from 'vitest';
import { categoriesOf, classify } from './context-helpers.js';

describe('vocabulary table of a special category', () => {
  it.each([
    ['race_name', 'races', ['race_id', 'race_name', 'display_order', 'modified_at']],
    ['religion', 'religions', ['id', 'religion', 'code', 'active']],
    ['description', 'trade_unions', ['id', 'code', 'description', 'created_by']],
    ['ethnic_group', 'ethnic_groups', ['ethnic_group_id', 'ethnic_group', 'sort']],
  ])('%s of %s is no person data', (field, dataset, siblings) => {
    expect(categoriesOf(field, { dataset, siblings })).toEqual([]);
  });
  it('the veto is subject evidence that says why', () => {
    const { evidence } = classify('religion', { dataset: 'religions', siblings: ['id', 'religion'] });
    expect(evidence).toContainEqual(expect.objectContaining({ category: 'special.religion', feature: 'subject.catalogue', direction: 'against', value: 1 }));
  });
  it('a column naming a person makes it a person\'s', () => {
    expect(categoriesOf('race_name', { dataset: 'races', siblings: ['race_id', 'race_name', 'student_id'] })).toEqual(['special.ethnicity']);
    expect(categoriesOf('religion', { dataset: 'religions', siblings: ['id', 'religion', 'age', 'income'] })).toEqual(['special.religion']);
  });
  it('the same column in a table of people stays personal', () => {
    expect(categoriesOf('religion', { dataset: 'members', siblings: ['id', 'religion', 'code'] })).toEqual(['special.religion']);
  });
});
