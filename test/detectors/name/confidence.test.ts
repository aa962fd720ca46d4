// Confidence levels of the shared name matcher: strong vs weak names, context, hashing, comments.
import { describe, expect, it } from 'vitest';
import { nameDetectors } from '../../../src/detectors/name/index.js';
import type { CategoryId, NameHit } from '../../../src/model/index.js';
import { toFieldName } from '../../../src/util/tokenize.js';

type Extra = Parameters<typeof toFieldName>[1];

function hits(raw: string, extra?: Extra): NameHit[] {
  const field = toFieldName(raw, extra);
  return nameDetectors.flatMap((d) => {
    const h = d.match(field);
    return h === undefined ? [] : Array.isArray(h) ? h : [h];
  });
}

function confidenceOf(raw: string, category: CategoryId, extra?: Extra): number | undefined {
  return hits(raw, extra).find((h) => h.category === category)?.confidence;
}

describe('name matcher confidence', () => {
  const cases: Array<[string, CategoryId, number, number, Extra?]> = [
    // [name, category, min, max, extra]
    ['email', 'contact.email', 0.9, 0.95],
    ['iban', 'financial.iban', 0.9, 0.95],
    ['ssn', 'government.ssn', 0.9, 0.95],
    ['date_of_birth', 'person.date_of_birth', 0.9, 0.95],
    ['mail', 'contact.email', 0.6, 0.7],
    ['tel', 'contact.phone', 0.6, 0.7],
    ['sex', 'person.gender', 0.6, 0.7],
    ['city', 'contact.address', 0.4, 0.4],
    ['customer.address.city', 'contact.address', 0.7, 0.7],
    ['name', 'person.name', 0.35, 0.35],
    ['customer.name', 'person.name', 0.7, 0.7],
    ['name', 'person.name', 0.7, 0.7, { dataset: 'patients' }],
    // WordNet's person nouns name rows of people; those that are as often a program's role do not.
    ['name', 'person.name', 0.7, 0.7, { dataset: 'athletes' }],
    ['name', 'person.name', 0.7, 0.7, { dataset: 'referees' }],
    ['guardian_name', 'person.name', 0.7, 0.7],
    ['name', 'person.name', 0.35, 0.35, { dataset: 'kafka_brokers' }],
    ['name', 'person.name', 0.35, 0.35, { dataset: 'ci_runners' }],
    ['name', 'person.name', 0.35, 0.35, { dataset: 'card_readers' }],
    ['email_hash', 'contact.email', 0.6, 0.6],
    ['password_hash', 'credentials.password', 0.9, 0.95],
    ['birth_year', 'person.date_of_birth', 0.6, 0.6],
    ['age_group', 'person.age', 0.5, 0.6],
    ['phone.number', 'contact.phone', 0.8, 0.85],
    ['notes', 'person.date_of_birth', 0.6, 0.6, { comment: "customer's date of birth" }],
    ['dob', 'person.date_of_birth', 0.95, 0.95, { comment: 'Date of birth of the customer' }],
    ['name', 'person.name', 0.6, 0.6, { dataset: 'products', comment: 'Full name of the customer' }],
  ];
  for (const [raw, category, min, max, extra] of cases) {
    it(`${raw}${extra ? ` ${JSON.stringify(extra)}` : ''} → ${category} in ${min}..${max}`, () => {
      const c = confidenceOf(raw, category, extra);
      expect(c).toBeDefined();
      expect(c!).toBeGreaterThanOrEqual(min);
      expect(c!).toBeLessThanOrEqual(max);
    });
  }

  it('says why: the matched phrase, and where it was found', () => {
    expect(hits('customer_email')[0]?.reason).toBe('name has "email"');
    expect(hits('phone.number')[0]?.reason).toBe('path has "phone"');
    expect(hits('col', { comment: 'IBAN of the payee' })[0]?.reason).toBe('comment has "iban"');
  });

  it('reports nothing for the negative-context names of the brief', () => {
    const negatives = [
      'email_count', 'emails_sent', 'email_sent_count', 'email_verified', 'email_template', 'email_enabled', 'phone_model',
      'phone_brand', 'address_verified', 'address_type', 'ip_version', 'password_changed_at', 'password_reset_required',
      'has_iban', 'name_length', 'file_name', 'product_name', 'company_name', 'hostname', 'username_length', 'card_type',
      'card_brand', 'dob_verified', 'created_at', 'updated_at', 'order_id', 'sku', 'tracking_number', 'zip_file',
      'mac_os_version', 'token_count', 'secret_santa', 'has_phone',
    ];
    for (const raw of negatives) expect(hits(raw), raw).toEqual([]);
  });

  it('lets the declared type rule a category out', () => {
    expect(hits('email_verified', { type: 'boolean' })).toEqual([]);
    expect(hits('email', { type: 'integer' })).toEqual([]);
    expect(hits('address', { type: 'bigint' })).toEqual([]);
    expect(confidenceOf('phone', 'contact.phone', { type: 'bigint' })).toBeDefined();
    expect(confidenceOf('is_smoker', 'special.health', { type: 'boolean' })).toBeDefined();
  });

  it('does not let a comment revive a negated name', () => {
    expect(hits('email_verified', { comment: 'the email address' })).toEqual([]);
  });

  it('reports one category for names that look like two', () => {
    expect(hits('email_address').map((h) => h.category)).toEqual(['contact.email']);
    expect(hits('ip_address').map((h) => h.category)).toEqual(['online.ip_address']);
    expect(hits('birth_year').map((h) => h.category)).toEqual(['person.date_of_birth']);
    expect(hits('user_name').map((h) => h.category)).toEqual(['online.username']);
  });
});
