// Who the rows are about and what a column means in its table (issue 21, part 2): animals are no
// persons, handles of things are slugs, a table of secrets keys its rows by the secret, a
// message's header fields are addresses, and the name beside a contact item is its owner's.
import { describe, expect, it } from 'vitest';
import { categoriesOf, classify } from './context-helpers.js';

describe('animals are not natural persons', () => {
  it.each(['pets', 'dogs', 'hunde', 'animaux', 'mascotas', 'huisdieren'])('name, birth date, sex and age of %s are not personal', (dataset) => {
    for (const field of ['name', 'birth_date', 'gender', 'age']) {
      expect(categoriesOf(field, { dataset, siblings: ['id', 'name', 'birth_date', 'owner_id'] }), `${dataset}.${field}`).toEqual([]);
    }
  });
  it('the same fields of people are personal', () => {
    expect(categoriesOf('birth_date', { dataset: 'customers' })).toEqual(['person.date_of_birth']);
    expect(categoriesOf('gender', { dataset: 'members' })).toEqual(['person.gender']);
  });
  it("the owner's fields in a pets table stay personal", () => {
    expect(categoriesOf('owner_phone', { dataset: 'pets' })).toEqual(['contact.phone']);
    expect(categoriesOf('owner_name', { dataset: 'pets' })).toEqual(['person.name']);
  });
  it('a treatments table keyed by an animal and no person is about the animal', () => {
    const siblings = ['treatment_id', 'dog_id', 'diagnosis', 'treated_on'];
    expect(categoriesOf('diagnosis', { dataset: 'treatments', siblings })).toEqual([]);
    expect(categoriesOf('diagnosis', { dataset: 'treatments', siblings: ['treatment_id', 'patient_id', 'diagnosis'] })).toEqual(['special.health']);
  });
  it('the veto is subject evidence that says why', () => {
    const { evidence } = classify('geburtsdatum', { dataset: 'hunde' });
    expect(evidence).toContainEqual(expect.objectContaining({ category: 'person.date_of_birth', feature: 'subject.not-person', direction: 'against' }));
  });
});

describe('handles of things', () => {
  it.each(['products', 'collections', 'stores', 'organizations'])('a handle of %s is a slug, not a username', (dataset) => {
    expect(categoriesOf('handle', { dataset })).toEqual([]);
  });
  it("a person's handle or nickname is a username", () => {
    expect(categoriesOf('handle', { dataset: 'customers' })).toEqual(['online.username']);
    expect(categoriesOf('nickname', { dataset: 'users' })).toEqual(['online.username']);
  });
  it('a strong username term holds in any dataset', () => {
    expect(categoriesOf('username', { dataset: 'stores' })).toEqual(['online.username']);
  });
  it('an account name is no username (a CRM account is a company)', () => {
    expect(categoriesOf('account_name', { dataset: 'opportunities' })).not.toContain('online.username');
  });
});

describe('tables of secrets', () => {
  it.each([
    ['sessions', 'id'], ['session', 'sid'], ['nonces', 'nonce'], ['passcodes', 'code'], ['api_keys', 'value'], ['recovery_codes', 'code'],
  ])('%s.%s holds the secret itself', (dataset, field) => {
    expect(categoriesOf(field, { dataset, type: 'varchar(64)', siblings: ['expires', 'user_id'] })).toContain('credentials.secret');
  });
  it('an id beside a column holding the secret is a surrogate key', () => {
    expect(categoriesOf('id', { dataset: 'Session', type: 'string', siblings: ['id', 'sessionToken', 'userId', 'expires'] })).toEqual([]);
  });
  it('sessions of a parliament or a course are meetings', () => {
    expect(categoriesOf('id', { dataset: 'legislative_sessions', type: 'varchar(64)' })).toEqual([]);
    expect(categoriesOf('legislative_session_id', { dataset: 'motions' })).toEqual([]);
  });
  it('an integer session id is a key, never a secret', () => {
    expect(categoriesOf('id', { dataset: 'sessions', type: 'integer' })).toEqual([]);
  });
  it('one-time values and the Authorization header are secrets; a proof nonce is public', () => {
    expect(categoriesOf('nonce', { dataset: 'emails' })).toContain('credentials.secret');
    expect(categoriesOf('invoice_url_key', { dataset: 'invoices' })).toContain('credentials.secret');
    expect(categoriesOf('Authorization', { dataset: 'GET /accounts parameters' })).toContain('credentials.secret');
    expect(categoriesOf('proof.nonce', { dataset: 'credential' })).toEqual([]);
  });
});

describe('messages and contact owners', () => {
  it.each(['from', 'to', 'cc', 'reply_to', 'sender'])("a message's %s is an e-mail address", (field) => {
    expect(categoriesOf(field, { dataset: 'email_messages' })).toEqual(['contact.email']);
  });
  it('`from` and `to` elsewhere are ranges or places', () => {
    expect(categoriesOf('from', { dataset: 'price_ranges' })).toEqual([]);
    expect(categoriesOf('to', { dataset: 'transfers' })).toEqual([]);
  });
  it.each(['email_to_name', 'email_from_name', 'address_name', 'phone_name'])('%s names the owner of the contact item', (field) => {
    expect(categoriesOf(field, { dataset: 'orders' })).toEqual(['person.name']);
  });
  it('names of reviewers, identities and viewers are person names; a product name is not', () => {
    expect(categoriesOf('name', { dataset: 'reviews' })).toEqual(['person.name']);
    expect(categoriesOf('name', { dataset: 'identities' })).toEqual(['person.name']);
    expect(categoriesOf('viewerName', { dataset: 'View' })).toEqual(['person.name']);
    expect(categoriesOf('name', { dataset: 'products' })).toEqual([]);
  });
  it('patronymics, card owners and authors are names; an author role is not', () => {
    expect(categoriesOf('patronymic_name', { dataset: 'other_names' })).toEqual(['person.name']);
    expect(categoriesOf('cc_owner', { dataset: 'orders' })).toEqual(['person.name']);
    expect(categoriesOf('author', { dataset: 'entries', type: 'text' })).toEqual(['person.name']);
    expect(categoriesOf('authorRole', { dataset: 'items' })).toEqual([]);
  });
  it('address parts: suburb, PO box, building number, address-book lines', () => {
    for (const field of ['suburb', 'po_box', 'building_number', 'Postfach']) expect(categoriesOf(field, { dataset: 'customers' }), field).toEqual(['contact.address']);
    expect(categoriesOf('line1', { dataset: 'addressbook' })).toEqual(['contact.address']);
  });
});

describe('gender lookalikes', () => {
  it('a column of one single-letter code is not gender', () => {
    expect(categoriesOf('c4', { values: Array.from({ length: 30 }, () => 'D') })).toEqual([]);
  });
  it('a column of m/f codes is gender', () => {
    expect(categoriesOf('c4', { values: Array.from({ length: 30 }, (_, i) => (i % 2 ? 'M' : 'F')) })).toEqual(['person.gender']);
  });
  it('counts under `male` and `female` are counts', () => {
    expect(categoriesOf('female', { dataset: 'population', values: ['1523', '877', '2045'] })).toEqual([]);
    expect(categoriesOf('is_female', { dataset: 'patients', values: ['0', '1', '1'] })).toEqual(['person.gender']);
  });
  it('a salutation is a courtesy title, not gender', () => {
    expect(categoriesOf('salutation', { dataset: 'contacts' })).toEqual([]);
  });
  it('an encryption method of a password is not a password', () => {
    expect(categoriesOf('password_encryption_method', { dataset: 'users' })).toEqual([]);
  });
});

describe('consent records', () => {
  it('a consent flag, enum or timestamp is not vetoed by its declared type', () => {
    expect(categoriesOf('marketing_opt_in', { dataset: 'customers', type: 'boolean' })).toEqual(['consent.record']);
    expect(categoriesOf('newsletter', { dataset: 'customers', type: 'tinyint(1)' })).toEqual(['consent.record']);
    expect(categoriesOf('termsAcceptedAt', { dataset: 'User', type: 'datetime' })).toEqual(['consent.record']);
    expect(categoriesOf('consent_status', { dataset: 'customers', type: "enum('granted','denied')" })).toEqual(['consent.record']);
  });
  it('the status, date and log of a table of consents or subscriptions are the record', () => {
    const siblings = ['id', 'customer_id', 'status', 'date', 'log', 'dbl_opt'];
    for (const dataset of ['cookie_consents', 'newsletter_subscribers', 'newsletter_subscriber_log', 'marketing_opt_outs']) {
      for (const field of ['status', 'date', 'log', 'dbl_opt']) expect(categoriesOf(field, { dataset, siblings }), `${dataset}.${field}`).toEqual(['consent.record']);
    }
  });
  it('the same columns elsewhere, or a consents table of no person, are not', () => {
    expect(categoriesOf('status', { dataset: 'orders', siblings: ['id', 'customer_id', 'status'] })).toEqual([]);
    expect(categoriesOf('status', { dataset: 'consent_templates', siblings: ['id', 'status'] })).toEqual([]);
    expect(categoriesOf('created_at', { dataset: 'consents', siblings: ['id', 'user_id', 'created_at'] })).toEqual([]);
  });
});

describe('national identity numbers by the names of their schemes', () => {
  it.each(['nric', 'national_number', 'civil_id', 'curp', 'cnp', 'hetu', 'jmbg', 'resident_registration_number', 'emirates_id', 'personal_code', 'id_no'])('%s is a national id', (field) => {
    expect(categoriesOf(field, { dataset: 'citizens' })).toContain('government.national_id');
  });
  it('a vehicle or tax identification number is not', () => {
    expect(categoriesOf('vehicle_identification_number', { dataset: 'cars' })).not.toContain('government.national_id');
  });
});

describe('names of places are not owners of contact items', () => {
  it('a city name or a town name is no person name', () => {
    expect(categoriesOf('geoip.city_name', { dataset: 'ecommerce' })).not.toContain('person.name');
    expect(categoriesOf('town_name', { dataset: 'orders' })).not.toContain('person.name');
  });
});

describe("a field that names whose it is", () => {
  it("the owner's or customer's contact data in a dataset about things is personal", () => {
    expect(categoriesOf('owner_email', { dataset: 'shop_tag' })).toEqual(['contact.email']);
    expect(categoriesOf('customer_phone', { dataset: 'stores' })).toEqual(['contact.phone']);
    expect(categoriesOf('email', { dataset: 'shop_tag' })).toEqual([]);
  });
});

describe("logins of systems, not of persons", () => {
  it.each(['smtp_username', 'db_user', 'proxy_login', 'ldap_bind_user', 'ftp_user'])('%s in a settings table is a system account', (field) => {
    expect(categoriesOf(field, { dataset: 'settings', siblings: ['id', field, 'updated_at'] })).toEqual([]);
  });
  it('the username of a connection stored beside its host and port is a system account', () => {
    const siblings = ['id', 'account_id', 'username', 'password', 'host', 'port'];
    expect(categoriesOf('username', { dataset: 'integrations', siblings })).toEqual([]);
    const { evidence } = classify('username', { dataset: 'integrations', siblings });
    expect(evidence).toContainEqual(expect.objectContaining({ category: 'online.username', feature: 'subject.not-person', direction: 'against' }));
  });
  it("a person's own mail account or a users table keeps the login personal", () => {
    expect(categoriesOf('user', { dataset: 'mailacct', siblings: ['id', 'uid', 'server', 'port', 'user', 'pass'] })).toEqual(['online.username']);
    expect(categoriesOf('smtp_username', { dataset: 'users', siblings: ['id', 'email', 'smtp_username'] })).toEqual(['online.username']);
    expect(categoriesOf('username', { dataset: 'accounts', siblings: ['id', 'username', 'email'] })).toEqual(['online.username']);
  });
});
