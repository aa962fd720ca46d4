// Descriptions and comments as weak evidence, matched as phrases (issue 21, part 2).
import { describe, expect, it } from 'vitest';
import { categoriesOf, classify } from './context-helpers.js';

describe('descriptions', () => {
  it.each([
    ['flag', 'Pass'],
    ['note', 'The pass for the event'],
    ['route', 'via'],
    ['memo', 'Payment via bank transfer'],
    ['agent', 'ua'],
    ['header', 'The ua header'],
    ['sig', 'mac'],
    ['check', 'The mac of the request'],
    ['x', 'The security code'],
    ['y', 'Card code'],
    ['text', 'Diagnose'],
    ['channel', 'E-mail'],
    ['status', 'Diagnose des Fehlers'],
    ['info', 'Diagnose information for support'],
  ])('a single word in the description decides nothing (%s: %s)', (field, comment) => {
    expect(categoriesOf(field, { comment })).toEqual([]);
  });
  it('a field that only names its kind holds metadata, whatever its description is about', () => {
    expect(categoriesOf('type', { comment: 'The value must be the IRI GeoCoordinates' })).toEqual([]);
    expect(categoriesOf('kind', { comment: 'Whether this is the e-mail address of a person or a team' })).toEqual([]);
    // Any other field still reads its description.
    expect(categoriesOf('notes', { comment: 'The customer e-mail address' })).toEqual(['contact.email']);
  });
  it('a single word is recorded as the weaker comment.word feature', () => {
    const { evidence } = classify('sig', { comment: 'mac' });
    const said = evidence.filter((i) => i.kind === 'comment');
    expect(said.length).toBeGreaterThan(0);
    for (const e of said) expect(e.feature).toBe('comment.word');
  });
  it('words of a term written apart count as a phrase (user name)', () => {
    expect(categoriesOf('x', { comment: 'The user name' })).toEqual(['online.username']);
    expect(categoriesOf('x', { comment: 'User agent' })).toEqual(['online.user_agent']);
  });
  it('a description alone never decides a critical or special category', () => {
    expect(categoriesOf('notes', { comment: 'The card verification code printed on the back' })).toEqual([]);
    expect(categoriesOf('x', { comment: 'Card verification code' })).toEqual([]);
    expect(categoriesOf('token', { comment: 'One-time pass code' })).not.toContain('credentials.password');
    expect(categoriesOf('field_17', { comment: 'Medical diagnosis of the patient' })).toEqual([]);
    expect(categoriesOf('extra', { comment: 'Religious affiliation of the member' })).toEqual([]);
  });
  it('a description alone still decides an ordinary category when it is a phrase', () => {
    expect(categoriesOf('col7', { comment: "customer's date of birth" })).toEqual(['person.date_of_birth']);
    expect(categoriesOf('c2', { comment: 'Email address of the buyer' })).toEqual(['contact.email']);
  });
  it("an explicit description finds the ID-document number field", () => {
    const comment = "The number of the customer's identity document";
    expect(categoriesOf('documentNumber', { comment })).toContain('government.national_id');
    expect(categoriesOf('documentNumber')).toEqual([]);
    expect(categoriesOf('documentNumber', { comment: 'Number of the invoice document' })).toEqual([]);
  });
  it('a name and a description that agree are stronger than the name', () => {
    const alone = classify('cvv').confidence.get('financial.card_cvv') ?? 0;
    const both = classify('cvv', { comment: 'card verification value' }).confidence.get('financial.card_cvv') ?? 0;
    expect(both).toBeGreaterThan(alone);
  });
  it("a description that only repeats the name's one word does not agree with it", () => {
    expect(categoriesOf('location')).toEqual([]);
    expect(categoriesOf('location', { comment: "The event's location" })).toEqual([]);
    expect(categoriesOf('default-location', { comment: 'Default for item.location' })).toEqual([]);
    // A description with a word of its own still agrees.
    expect(categoriesOf('location', { comment: 'GPS coordinates of the device' })).toContain('location.coordinates');
  });
});
