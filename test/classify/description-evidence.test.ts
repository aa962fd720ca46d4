// Descriptions and comments as weak evidence, matched as phrases (issue 21, part 2).
import { describe, expect, it } from 'vitest';
import { categoriesOf, classify } from './context-helpers.js';

describe('descriptions', () => {
  it.each([
    ['flags', 'Whether to pass the request through the proxy'],
    ['route', 'Payments sent via the partner network'],
    ['client', 'The ua of the calling SDK'],
    ['signature', 'HMAC signature, see the mac field'],
    ['result', 'The result code of the operation'],
    ['status_text', 'Diagnose des Fehlers'],
  ])('a single short word in the description decides nothing (%s: %s)', (field, comment) => {
    expect(categoriesOf(field, { comment })).toEqual([]);
  });
  it('a single word is recorded as the weaker comment.word feature', () => {
    const { evidence } = classify('route', { comment: 'Payments sent via the partner network' });
    for (const e of evidence.filter((i) => i.kind === 'comment')) expect(e.feature).toBe('comment.word');
  });
  it('a description alone never decides a critical or special category', () => {
    expect(categoriesOf('notes', { comment: 'The card verification code printed on the back' })).toEqual([]);
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
});
