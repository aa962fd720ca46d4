// The parent path as evidence (issue 21, part 2): a bare leaf takes its meaning from its key.
import { describe, expect, it } from 'vitest';
import { categoriesOf, classify } from './context-helpers.js';

describe('parent path', () => {
  it.each([
    ['name.first', 'person.name'], ['name.last', 'person.name'], ['fullName.given', 'person.name'], ['names[].family', 'person.name'],
    ['dob.date', 'person.date_of_birth'], ['birth.value', 'person.date_of_birth'], ['geburtsdatum.datum', 'person.date_of_birth'],
    ['login.sha256', 'credentials.password'], ['login.md5', 'credentials.password'], ['auth.hash', 'credentials.password'],
    ['login.username', 'online.username'], ['location.street.name', 'contact.address'], ['address.street.name', 'contact.address'],
    ['address.street.number', 'contact.address'], ['customer.address.line1', 'contact.address'],
    ['national_id.value', 'government.national_id'], ['nationalId.number', 'government.national_id'],
  ])('%s is %s without any value', (raw, category) => {
    expect(categoriesOf(raw)).toContain(category);
  });
  it.each([
    ['gender.code', 'person.gender'], ['sex.display', 'person.gender'], ['patient.gender.text', 'person.gender'], ['geschlecht.value', 'person.gender'], ['geslacht.omschrijving', 'person.gender'],
  ])('a coded sex or gender: %s is %s', (raw, category) => {
    expect(categoriesOf(raw)).toContain(category);
  });
  it('a coding key says nothing about gender', () => {
    expect(categoriesOf('condition.code.coding[].code')).not.toContain('person.gender');
    expect(categoriesOf('genre.code')).not.toContain('person.gender');
  });
  it('legacy name vocabulary stays a person\'s only where it is unambiguous', () => {
    expect(categoriesOf('name_last', { type: 'varchar(40)' })).toContain('person.name');
    // A school's or a system's full name; "a name given to" in prose is no given name.
    expect(categoriesOf('name_full', { type: 'varchar(40)' })).not.toContain('person.name');
    expect(categoriesOf('title', { comment: 'A name given to the speech' })).not.toContain('person.name');
    expect(categoriesOf('specialization', { comment: 'Name given to the focus or area of study' })).not.toContain('person.name');
  });
  it("a town's or a city's name is the place's, not the name of whoever lives there", () => {
    expect(categoriesOf('debtor.postalAddress.townName')).not.toContain('person.name');
    expect(categoriesOf('shipping.city_name')).not.toContain('person.name');
    // An address's or a mailbox's name is still its owner's.
    expect(categoriesOf('address_name')).toContain('person.name');
  });
  it('the evidence names the parent', () => {
    const { evidence } = classify('dob.date');
    expect(evidence).toContainEqual(expect.objectContaining({ category: 'person.date_of_birth', kind: 'parent', feature: 'parent.leaf', detector: 'parent-path', direction: 'for' }));
  });
  it('a street name is not a person name nor a position', () => {
    expect(categoriesOf('location.street.name')).not.toContain('person.name');
    expect(categoriesOf('location.street.number')).not.toContain('location.coordinates');
  });
  it('the name of an identifier record is its kind, not a person', () => {
    expect(categoriesOf('id.name')).not.toContain('person.name');
    expect(categoriesOf('document.type')).toEqual([]);
  });
  it('flat names and unrelated parents are left alone', () => {
    expect(categoriesOf('first')).toEqual([]);
    expect(categoriesOf('date')).toEqual([]);
    expect(categoriesOf('product.name')).toEqual([]);
    expect(categoriesOf('release.date')).toEqual([]);
    expect(categoriesOf('file.sha256')).toEqual([]);
  });
});

describe('a person as the enclosing object', () => {
  it('name parts under a person key are that person\'s name (citation authors)', () => {
    expect(categoriesOf('refs[].author[].family')).toEqual(['person.name']);
    expect(categoriesOf('refs[].translator.given')).toEqual(['person.name']);
    // Particles between given and family name (`van`, `de`), and the whole name written out.
    expect(categoriesOf('refs[].author[].dropping-particle')).toEqual(['person.name']);
    expect(categoriesOf('refs[].editor[].non-dropping-particle')).toEqual(['person.name']);
    expect(categoriesOf('refs[].author[].literal')).toEqual(['person.name']);
    expect(categoriesOf('persoon.naam.tussenvoegsel')).toEqual(['person.name']);
    expect(categoriesOf('refs[].publisher.literal')).toEqual([]);
    expect(categoriesOf('grammar.particle')).toEqual([]);
    expect(categoriesOf('refs[].publisher.given')).toEqual([]);
  });
  it("an enclosing user's own name is a person's name, user_name stays a login", () => {
    expect(categoriesOf('reply.to_user.name')).toEqual(['person.name']);
    expect(categoriesOf('user_name')).not.toContain('person.name');
    expect(categoriesOf('host.name')).toEqual([]);
    expect(categoriesOf('account.schemeName')).toEqual([]);
  });
});

describe('a gender column of one-digit codes', () => {
  it('a code list with a third gender (0, 1, 3) is still a gender', () => {
    expect(categoriesOf('GenderID', { values: ['0', '1', '0', '3', '1', '1', '0'] })).toContain('person.gender');
  });
  it('counts or measures under a gender word are not', () => {
    expect(categoriesOf('female', { values: ['1523', '1210', '988'] })).not.toContain('person.gender');
    expect(categoriesOf('male', { values: ['0', '1', '2', '3', '4', '5', '6'] })).not.toContain('person.gender');
  });
});

describe('people named by one-word role compounds', () => {
  it.each(['policyholder_name', 'insuree_name', 'shareholder_name'])('%s is a person\'s name', (raw) => {
    expect(categoriesOf(raw, { type: 'varchar(80)', dataset: 'policies' })).toContain('person.name');
  });
});
