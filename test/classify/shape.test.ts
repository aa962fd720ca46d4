// Tests for the value-shape helpers that overrule a name: counts under plural names, keys under
// names of text categories.
import { describe, expect, it } from 'vitest';
import { looksLikeCounts, looksLikeDates, looksLikeGeneratedIds, looksLikeKeys, pluralLeaf } from '../../src/classify/combine.js';
import { classifyField } from '../../src/classify/classify-field.js';
import { nameDetectors } from '../../src/detectors/name/index.js';
import { valueDetectors } from '../../src/detectors/value/index.js';
import { toFieldName } from '../../src/util/tokenize.js';

const options = { detectors: { name: nameDetectors, value: valueDetectors }, showValues: false };
const ids = (raw: string, values: string[], extra?: Parameters<typeof toFieldName>[1]): string[] =>
  classifyField(toFieldName(raw, extra), values, options).map((m) => m.id);
const repeat = (values: string[], n = 30): string[] => Array.from({ length: n }, (_, i) => values[i % values.length]);

describe('value shapes', () => {
  it('reads small whole numbers as counts, not codes or amounts', () => {
    expect(looksLikeCounts(repeat(['0', '10', '3', '142']))).toBe(true);
    expect(looksLikeCounts(repeat(['195662009', '10']))).toBe(false);
    expect(looksLikeCounts(repeat(['1.5', '2']))).toBe(false);
    expect(looksLikeCounts(['1', '2'])).toBe(false);
  });

  it('reads integers and UUIDs as keys, not logins', () => {
    expect(looksLikeKeys(repeat(['1042', '550e8400-e29b-41d4-a716-446655440000']))).toBe(true);
    expect(looksLikeKeys(repeat(['eddie', 'mary']))).toBe(false);
    // Generated ids of one length: Slack user ids, MongoDB ObjectIds; logins with digits differ in length.
    expect(looksLikeGeneratedIds(repeat(['U023BECGF', 'U0G9QF9C6', 'W012A3CDE']))).toBe(true);
    expect(looksLikeGeneratedIds(repeat(['507f1f77bcf86cd799439011', '5f8d0d55b54764421b7156c3']))).toBe(true);
    expect(looksLikeGeneratedIds(repeat(['jsmith42', 'maria.k1987', 'bob2', 'x_coder99', 'anna.lee7']))).toBe(false);
    // Two fixed lengths of one scheme, and one system account in ten without digits, are still generated ids.
    const slackLike = [...repeat(['U023BECGF', 'U0G9QF9C6'], 8), 'W012A3CDE9X', 'W0Q1B2CDE3F', 'USLACKBOT'];
    expect(looksLikeGeneratedIds(slackLike)).toBe(true);
    expect(ids('user', slackLike)).toEqual([]);
    // Logins with digits spread over many lengths are not, even when two lengths are common.
    expect(looksLikeGeneratedIds(repeat(['jsmith42', 'bob2', 'mkl77', 'ann.lee7', 'x_coder99', 'tom1234', 'dave_m1']))).toBe(false);
    expect(ids('user', repeat(['jsmith42', 'bob2', 'mkl77', 'ann.lee7', 'x_coder99', 'tom1234', 'dave_m1']))).toContain('online.username');
  });

  it('reads ISO and day-first dates as dates, not free text with a date in it', () => {
    expect(looksLikeDates(repeat(['2001-01-01', '2019-12-31T08:15:00Z', '2020-02-29 10:00', '31/12/1999', '1.2.2003']))).toBe(true);
    expect(looksLikeDates(repeat(['2001-01-01', '1 High St']))).toBe(false);
    expect(looksLikeDates(['2001-01-01', '2002-02-02'])).toBe(false);
  });

  it('knows plural leaves from Latin singulars', () => {
    expect(pluralLeaf(['covered', 'medications'])).toBe(true);
    expect(pluralLeaf(['allergies', '2'])).toBe(true);
    expect(pluralLeaf(['diagnosis'])).toBe(false);
    expect(pluralLeaf(['status'])).toBe(false);
    expect(pluralLeaf(['address'])).toBe(false);
  });
});

describe('classifyField with value shapes', () => {
  // A JSON export declares no types: its values say the same as a declared date type.
  it('an untyped column of dates holds no address or name, whatever its path says; a birth date stays', () => {
    const dates = repeat(['2001-01-01', '2005-06-30', '1999-12-31']);
    expect(ids('addressList.address[].addressStartDate', dates)).not.toContain('contact.address');
    expect(ids('nameList.name[].nameStartDate', dates)).not.toContain('person.name');
    expect(ids('address.moved_in', dates)).not.toContain('contact.address');
    expect(ids('details.dateOfBirth', dates)).toContain('person.date_of_birth');
    expect(ids('address.line1', repeat(['1 High St', '22 Low Rd']))).toContain('contact.address');
  });

  it('a reference to a user holding generated ids is no login; logins stay', () => {
    expect(ids('user', repeat(['U023BECGF', 'U0G9QF9C6', 'W012A3CDE', 'U04ABCD12', 'U0ZZZZZZ1']))).not.toContain('online.username');
    expect(ids('username', repeat(['jsmith42', 'maria.k1987', 'bob2', 'x_coder99', 'anna.lee7']))).toContain('online.username');
    // Tokens and hashes are of one length too: they stay secrets.
    expect(ids('api_token', repeat(['9f86d081884c7d659a2f', 'a3f1c2d4e5b6978812ab', '0b1c2d3e4f5a6b7c8d9e']))).toContain('credentials.secret');
  });

  it("an address's or a name's dates, sequence numbers and postcode are not the address or the name", () => {
    for (const raw of ['addressStartDate', 'address_end_dates', 'addressSequenceNumber', 'address_seq', 'nameStartDate', 'name_sequence_number']) {
      const got = ids(raw, []);
      expect(got, raw).not.toContain('contact.address');
      expect(got, raw).not.toContain('person.name');
    }
    expect(ids('addressPostcode', [])).toEqual(['contact.postal_code']);
  });

  it('a count of medications is not health data; a list of them is', () => {
    expect(ids('COVERED_MEDICATIONS', repeat(['0', '10', '3']))).not.toContain('special.health');
    expect(ids('medications', repeat(['Loratadine 5 MG Chewable Tablet', 'Aspirin']))).toContain('special.health');
  });

  it('a 0/1 flag under a plural-looking name is a flag, not a count', () => {
    expect(ids('has_allergies', repeat(['0', '1', '1', '0']))).toContain('special.health');
    expect(ids('allergies', repeat(['0', '1', '0']))).toContain('special.health');
    expect(ids('allergies', repeat(['0', '4', '2']))).not.toContain('special.health');
    // A flag never carries an e-mail address: 0/1 under `emails` still counts something.
    expect(ids('emails', repeat(['0', '1', '1']))).not.toContain('contact.email');
  });

  it('a bare `user` column of logins is a username; one of ids is a key', () => {
    expect(ids('user', repeat(['eddie', 'mary', 'oliver']))).toContain('online.username');
    expect(ids('user', repeat(['1042', '17', '99']))).not.toContain('online.username');
  });

  it('SNOMED CT codes are health data, not BSNs that pass the 11-test by chance', () => {
    // 399208008 is a SNOMED CT concept that also passes the BSN 11-test.
    const got = ids('PROCEDURE_CODE', repeat(['399208008']));
    expect(got).toContain('special.health');
    expect(got).not.toContain('government.national_id');
    expect(ids('c7', repeat(['111222333', '123456782']))).toContain('government.national_id');
  });

  it('generic columns of a clinical table with a patient column are health data', () => {
    const siblings = ['START', 'PATIENT', 'ENCOUNTER', 'CODE'];
    expect(ids('DESCRIPTION', repeat(['Body Height', 'Heart rate']), { dataset: 'observations', siblings })).toContain('special.health');
    expect(ids('DESCRIPTION', repeat(['Body Height', 'Heart rate']), { dataset: 'observations', siblings: ['START', 'CODE'] })).toEqual([]);
  });
});

describe('classifyField with personalization values', () => {
  const person = { dataset: 'customers', siblings: ['customer_id', 'email'] };

  it('a count of orders or page views is the person’s behaviour, not a count to discount', () => {
    expect(ids('orders', repeat(['0', '4', '12']), person)).toContain('behavior.purchase');
    expect(ids('page_views', repeat(['3', '10', '142']), person)).toContain('behavior.browsing');
  });

  it('a GA client id or TCF string decides alone; a UUID alone is no cookie or advertising id', () => {
    expect(ids('c7', repeat(['GA1.2.123456789.1712345678', 'GA1.2.987654321.1612345678']))).toEqual(['online.cookie_id']);
    expect(ids('x1', repeat(['CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA']))).toEqual(['consent.record']);
    const uuids = repeat(['c6ef3124-b53a-4b13-a233-0088f79dcbcb', '6d92078a-8246-4ba4-ae5b-76104861e7dc']);
    expect(ids('ref', uuids)).toEqual([]);
    expect(ids('ad_id', uuids)).toContain('online.advertising_id');
    expect(ids('ad_id', repeat(['1042', '77']))).not.toContain('online.advertising_id');
  });

  it('a gclid name is strengthened by gclid-shaped values', () => {
    const [gclid] = classifyField(toFieldName('gclid'), repeat(['Cj0KCQjwxYOiBhC9ARIsANiEIfYQ0e3xExampleClickIdValue_AbCdEfGh']), options);
    const [bare] = classifyField(toFieldName('gclid'), [], options);
    expect(gclid.id).toBe('online.advertising_id');
    expect(gclid.confidence).toBeGreaterThan(bare.confidence);
  });
});
