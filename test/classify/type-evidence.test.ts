// The declared type as evidence for and against categories (issue 21, part 2), and the head noun
// of a field name that says the field is something else.
import { describe, expect, it } from 'vitest';
import { typeFamily } from '../../src/classify/context/declared-type.js';
import { categoriesOf, classify } from './context-helpers.js';

describe('declared type families', () => {
  it.each([
    ['uuid', 'uuid'], ['UNIQUEIDENTIFIER', 'uuid'], ['ObjectId', 'uuid'], ['ObjectId[]', 'uuid'], ['objectId', 'uuid'], ['string/uuid', 'uuid'], ['boolean', 'boolean'], ['tinyint(1)', 'boolean'],
    ['bit', 'boolean'], ['bit(1)', 'boolean'], ['bit(8)', 'text'], ['int(11)', 'integer'], ['bigint', 'integer'], ['integer', 'integer'],
    ['numeric(12,0)', 'integer'], ['number', 'integer'], ['numeric(9,6)', 'decimal'], ['double precision', 'decimal'], ['inet', 'inet'],
    ['cidr', 'inet'], ['string/ipv4', 'inet'], ['macaddr', 'macaddr'], ['macaddr8', 'macaddr'], ["enum('a','b')", 'enum'], ['jsonb', 'json'],
    ['json', 'json'], ['geography', 'spatial'], ['point', 'spatial'], ['bytea', 'binary'], ['varbinary(16)', 'binary'], ['string/byte', 'binary'], ['timestamp with time zone', 'temporal'],
    ['date', 'temporal'], ['string/date-time', 'temporal'], ['varchar(255)', 'text'], ['text', 'text'], ['string/email', 'text'],
  ])('%s is %s', (type, family) => {
    expect(typeFamily(type)).toBe(family);
  });
});

describe('declared type against categories', () => {
  it('a uuid is never a tax number (a tax_id uuid foreign key)', () => {
    expect(categoriesOf('tax_id', { type: 'uuid' })).toEqual([]);
    expect(categoriesOf('tax_id', { type: 'varchar(20)' })).toContain('government.tax_id');
  });
  it('a MongoDB ObjectId reference is no login nor name (a Mongoose `user: ObjectId`)', () => {
    expect(categoriesOf('user', { type: 'ObjectId' })).toEqual([]);
    expect(categoriesOf('author', { type: 'ObjectId' })).toEqual([]);
    expect(categoriesOf('login', { type: 'ObjectId' })).toEqual([]);
    expect(categoriesOf('login', { type: 'String' })).toContain('online.username');
  });
  it('the uuid veto is evidence, with its feature and weight', () => {
    const { evidence } = classify('tax_id', { type: 'uuid' });
    expect(evidence).toContainEqual(expect.objectContaining({ category: 'government.tax_id', kind: 'type', feature: 'type.excludes', direction: 'against', weight: 1 }));
    expect(evidence).toContainEqual(expect.objectContaining({ category: 'government.tax_id', kind: 'name', feature: 'name.lexicon', direction: 'for' }));
  });
  it('an inet is an IP address, never a postal address', () => {
    expect(categoriesOf('current_sign_in_address', { type: 'inet' })).toEqual(['online.ip_address']);
    expect(categoriesOf('remote_addr', { type: 'cidr' })).toEqual(['online.ip_address']);
    expect(categoriesOf('last_seen_from', { type: 'inet' })).toEqual(['online.ip_address']);
  });
  it('a macaddr is a MAC address', () => {
    expect(categoriesOf('hw', { type: 'macaddr' })).toEqual(['online.mac_address']);
  });
  it.each(['boolean', 'tinyint(1)', 'bit'])('a %s is never coordinates', (type) => {
    expect(categoriesOf('latitude', { type })).toEqual([]);
    expect(categoriesOf('location', { type })).toEqual([]);
  });
  it.each([
    ['marketing_opt_out', 'boolean'],
    ['accepts_marketing', 'tinyint(1)'],
    ['withdrawn_at', 'timestamp with time zone'],
    ['consented_at', 'date'],
    ['consent_status', "enum('granted','withdrawn')"],
  ])('a typed consent column (%s %s) is still a consent record: flags, times and states are its shape', (name, type) => {
    expect(categoriesOf(name, { type })).toContain('consent.record');
  });
  it('a boolean still states a special-category fact (is_smoker)', () => {
    expect(categoriesOf('is_smoker', { type: 'boolean' })).toContain('special.health');
  });
  it('position integer is not coordinates; an integer is never a name or an email', () => {
    expect(categoriesOf('position', { type: 'integer' })).toEqual([]);
    expect(categoriesOf('longitude', { type: 'integer' })).toEqual([]);
    expect(categoriesOf('email', { type: 'integer' })).toEqual([]);
    expect(categoriesOf('phone', { type: 'bigint' })).toContain('contact.phone');
  });
  it('a decimal holds coordinates or measurements, never an identifier', () => {
    expect(categoriesOf('latitude', { type: 'numeric(9,6)' })).toEqual(['location.coordinates']);
    expect(categoriesOf('postal_code', { type: 'double precision' })).toEqual([]);
    expect(categoriesOf('ssn', { type: 'float' })).toEqual([]);
  });
  it('an enum is a label: a gender yes, an email or a phone no', () => {
    expect(categoriesOf('gender', { type: "enum('f','m','x')" })).toEqual(['person.gender']);
    expect(categoriesOf('email', { type: "enum('daily','weekly')" })).toEqual([]);
    expect(categoriesOf('phone', { type: "enum('home','work')" })).toEqual([]);
  });
  it('a json document is not a single checked identifier, but may hold an address', () => {
    expect(categoriesOf('passport', { type: 'jsonb' })).toEqual([]);
    expect(categoriesOf('shipping_address', { type: 'jsonb' })).toEqual(['contact.address']);
  });
  it('binary holds a hash or a template, never a name or an email', () => {
    expect(categoriesOf('first_name', { type: 'bytea' })).toEqual([]);
    expect(categoriesOf('password', { type: 'bytea' })).toEqual(['credentials.password']);
    expect(categoriesOf('ip', { type: 'varbinary(16)' })).toEqual(['online.ip_address']);
    // Card data kept encrypted.
    expect(categoriesOf('cc_cvv', { type: 'blob' })).toEqual(['financial.card_cvv']);
    expect(categoriesOf('card_number', { type: 'varbinary(255)' })).toEqual(['financial.card_number']);
  });
  it('a geometry holds coordinates, also as bytes (well-known binary)', () => {
    expect(categoriesOf('home_location', { type: 'geography(Point,4326)' })).toEqual(['location.coordinates']);
    expect(categoriesOf('SpatialLocation', { type: 'bytea' })).toContain('location.coordinates');
  });
  it('a bare location is a place or a reference unless its values or a path say coordinates', () => {
    expect(categoriesOf('location', { dataset: 'meetups' })).toEqual([]);
    expect(categoriesOf('venue_position', { dataset: 'events' })).toEqual([]);
    expect(categoriesOf('location', { dataset: 'check_ins', values: Array.from({ length: 20 }, (_, i) => `${(48.8566 + i / 1000).toFixed(4)}, ${(2.3522 + i / 1000).toFixed(4)}`) })).toEqual(['location.coordinates']);
    expect(categoriesOf('gps_location')).toEqual(['location.coordinates']);
  });
  it("an object's description alone is about the structure, not a value", () => {
    const comment = 'An organisation that issues badges, reachable by its contact email address';
    expect(categoriesOf('awardedBy', { type: 'object', comment })).toEqual([]);
    expect(categoriesOf('awardedBy', { type: 'string', comment })).toEqual(['contact.email']);
    expect(categoriesOf('home_address', { type: 'object', comment: 'Postal address of the member' })).toEqual(['contact.address']);
  });
  it('a date holds a birth date, never a phone', () => {
    expect(categoriesOf('birth', { type: 'date' })).toEqual(['person.date_of_birth']);
    expect(categoriesOf('phone', { type: 'timestamp' })).toEqual([]);
  });
  it('the type vetoes value evidence too: a uuid column of values is no tax number', () => {
    const values = Array.from({ length: 30 }, (_, i) => `0b1c${String(i).padStart(4, '0')}-1d2e-4f5a-8b9c-0d1e2f3a4b5c`);
    expect(categoriesOf('tax_id', { type: 'uuid', values })).toEqual([]);
  });
});

describe('the head noun of a field name', () => {
  it('email_image_file_name is a file name, not an email', () => {
    expect(categoriesOf('email_image_file_name')).toEqual([]);
    const { evidence } = classify('email_image_file_name');
    expect(evidence).toContainEqual(expect.objectContaining({ category: 'contact.email', feature: 'name.head-noun', direction: 'against' }));
  });
  it.each(['phone_icon_url', 'address_template_path', 'customerEmailLogo', 'ip_counter', 'first_name_label'])('%s is not the category it qualifies', (raw) => {
    expect(categoriesOf(raw)).toEqual([]);
  });
  it.each(['mail_sender_name', 'shipping_address_name', 'phone_alias', 'contact_email_nickname'])('%s is a name, not the contact data it names', (raw) => {
    const { categories, evidence } = classify(raw);
    expect(categories.filter((c) => c.startsWith('contact.'))).toEqual([]);
    expect(evidence).toContainEqual(expect.objectContaining({ feature: 'name.head-noun', direction: 'against' }));
  });
  it('a name head keeps what it names when the term is the name itself', () => {
    expect(categoriesOf('street_name')).toEqual(['contact.address']);
    expect(categoriesOf('user_name')).toContain('online.username');
  });
  it('a head first is the category itself (file_email is an email)', () => {
    expect(categoriesOf('email')).toEqual(['contact.email']);
    expect(categoriesOf('image_email')).toEqual(['contact.email']);
  });
  it('an image of a biometric sample is still biometric data', () => {
    expect(categoriesOf('biometric_template_image')).toContain('special.biometric');
    expect(categoriesOf('fingerabdruck_bild')).toContain('special.biometric');
  });
  it('a phrase ending with the head is the category (email_address, postal_code)', () => {
    expect(categoriesOf('email_address')).toEqual(['contact.email']);
    expect(categoriesOf('billing_postal_code')).toContain('contact.postal_code');
  });
});

describe('head noun of browsing behaviour', () => {
  const VISITS = { dataset: 'visits', siblings: ['customer_id', 'visited_at'] };
  it('a referrer or a clicked link held as a URL is the page browsed', () => {
    expect(categoriesOf('referer_url', VISITS)).toContain('behavior.browsing');
    expect(categoriesOf('referrer_path', VISITS)).toContain('behavior.browsing');
  });
  it('a count or a template of them is not', () => {
    expect(categoriesOf('referrer_count', VISITS)).not.toContain('behavior.browsing');
    expect(categoriesOf('referrer_template', VISITS)).not.toContain('behavior.browsing');
  });
});
