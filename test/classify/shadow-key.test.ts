// A shadow key (`_birthDate` beside `birthDate`) holds metadata about its sibling's value
// (FHIR primitive extensions and similar): its name is not evidence of what it holds.
import { describe, expect, it } from 'vitest';
import { shadowedSibling } from '../../src/classify/context/shadow-key.js';
import { categoriesOf, classify } from './context-helpers.js';

describe('shadow keys', () => {
  const siblings = ['id', 'born_on', '_born_on', 'home.street', 'home._street', 'aliases[]', '_aliases[]', '_email'];

  it('finds the sibling a shadow key annotates, arrays and nesting included', () => {
    expect(shadowedSibling('_born_on', siblings)).toBe('born_on');
    expect(shadowedSibling('home._street', siblings)).toBe('home.street');
    expect(shadowedSibling('_aliases[]', siblings)).toBe('aliases');
    expect(shadowedSibling('_email', siblings)).toBeUndefined();
    expect(shadowedSibling('born_on', siblings)).toBeUndefined();
  });

  it('vetoes what the name says, with a reason', () => {
    expect(categoriesOf('home.street', { dataset: 'members', siblings })).toEqual(['contact.address']);
    const shadow = classify('home._street', { dataset: 'members', siblings });
    expect(shadow.categories).toEqual([]);
    expect(shadow.evidence).toContainEqual(expect.objectContaining({ category: 'contact.address', feature: 'name.shadow-key', direction: 'against' }));
  });

  it('a lone underscore key keeps its meaning', () => {
    expect(categoriesOf('_email', { dataset: 'members', siblings })).toEqual(['contact.email']);
  });

  it('values that show the category still count', () => {
    const values = Array.from({ length: 20 }, (_, i) => `member${i}@example.org`);
    const s = [...siblings, 'mail_to', '_mail_to'];
    expect(categoriesOf('_mail_to', { dataset: 'members', siblings: s, values })).toEqual(['contact.email']);
  });
});
