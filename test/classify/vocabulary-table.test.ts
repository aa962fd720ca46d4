// Vocabulary tables (code lists, issue 21): a table named after an attribute whose columns are
// only a key, a label, an order and bookkeeping lists the attribute's values, not a person's.
import { describe, expect, it } from 'vitest';
import { categoriesOf, classify } from './context-helpers.js';

describe('a vocabulary table of a special category or of sex', () => {
  it.each([
    ['race_name', 'races', ['race_id', 'race_name', 'display_order', 'modified_at']],
    ['religion', 'religions', ['id', 'religion', 'code', 'active']],
    ['description', 'trade_unions', ['id', 'code', 'description', 'created_by']],
    ['ethnic_group', 'ethnic_groups', ['ethnic_group_id', 'ethnic_group', 'sort']],
    // Named only by the attribute and list words; the field repeats the attribute.
    ['Sex', 'tblSex', ['Code', 'Sex', 'AltLanguage', 'SortOrder']],
    ['religion_name', 'religions', ['religion_id', 'religion_name', 'sort_order', 'updated_by']],
    ['gender', 'lu_genders', ['id', 'gender', 'status', 'created_at']],
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
    expect(categoriesOf('sex', { dataset: 'patients', type: 'varchar(10)', siblings: ['id', 'sex', 'sort_order'] })).toEqual(['person.gender']);
  });
  it('a user column keys the row to a person; one that says who edited it is bookkeeping', () => {
    expect(categoriesOf('sex', { dataset: 'sex', type: 'varchar(10)', siblings: ['user_id', 'sex'] })).toEqual(['person.gender']);
    expect(categoriesOf('sex', { dataset: 'sex', type: 'varchar(10)', siblings: ['id', 'sex', 'updated_by_user'] })).toEqual([]);
  });
});
