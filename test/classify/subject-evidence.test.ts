// The dataset's subject as evidence (issue 21, part 2): contact fields of organisations, products,
// settings and system logs are company contact data, unless the values show a person.
import { describe, expect, it } from 'vitest';
import { categoriesOf, classify } from './context-helpers.js';

const CONTACT = ['address', 'postal_code', 'phone', 'latitude', 'email'];
const PERSONAL = ['contact.address', 'contact.postal_code', 'contact.phone', 'location.coordinates', 'contact.email'];

describe('dataset subject', () => {
  it.each([
    'organizations', 'companies', 'suppliers', 'payers', 'insurers', 'stores', 'warehouses', 'merchants', 'products', 'catalog_entries',
    'settings', 'system_logs', 'supplier_addresses', 'Lieferanten', 'fournisseurs', 'empresas', 'ticket_queues',
  ])('contact fields of %s are not reported as personal data', (dataset) => {
    for (const field of CONTACT) expect(categoriesOf(field, { dataset, siblings: ['id', 'name'] }), `${dataset}.${field}`).toEqual([]);
  });
  it('the same fields of people are personal data', () => {
    for (const dataset of ['customers', 'users', 'patients', 'company_contacts', 'orders']) {
      const found = CONTACT.flatMap((field) => categoriesOf(field, { dataset }));
      expect(found.sort(), dataset).toEqual([...PERSONAL].sort());
    }
  });
  it('the veto is subject evidence that says why', () => {
    const { evidence } = classify('phone', { dataset: 'suppliers' });
    expect(evidence).toContainEqual(expect.objectContaining({ category: 'contact.phone', kind: 'subject', feature: 'subject.not-person', direction: 'against', value: 1 }));
  });
  it('a person-name column beside them makes them personal again', () => {
    expect(categoriesOf('phone', { dataset: 'suppliers', siblings: ['id', 'contact_name', 'phone'] })).toEqual(['contact.phone']);
    expect(categoriesOf('email', { dataset: 'stores', siblings: ['first_name', 'last_name'] })).toEqual(['contact.email']);
  });
  it('audit columns that start with first or last name no person', () => {
    expect(categoriesOf('CorrespondAddress', { dataset: 'Queues', siblings: ['Name', 'CorrespondAddress', 'LastUpdatedBy', 'LastUpdated'] })).toEqual([]);
    expect(categoriesOf('phone', { dataset: 'suppliers', siblings: ['phone', 'first_seen_at', 'last_order_id'] })).toEqual([]);
  });
  it('only a person-name column of the same or an enclosing object counts', () => {
    const siblings = ['hq.street', 'hq.town', 'liaison[].name.surname', 'liaison[].address.town', 'owner_name'];
    expect(categoriesOf('hq.street', { dataset: 'Company', siblings: siblings.slice(0, 4) })).toEqual([]);
    expect(categoriesOf('liaison[].address.town', { dataset: 'Company', siblings: siblings.slice(0, 4) })).toEqual([]);
    expect(categoriesOf('hq.street', { dataset: 'Company', siblings })).toEqual(['contact.address']);
  });
  it('free-mail addresses show a person behind an organisation', () => {
    const own = Array.from({ length: 20 }, (_, i) => `sales${i}@acme-supply.example`);
    const free = Array.from({ length: 20 }, (_, i) => `j.doe${i}@gmail.com`);
    expect(categoriesOf('email', { dataset: 'suppliers', values: own })).toEqual([]);
    expect(categoriesOf('email', { dataset: 'suppliers', values: free })).toEqual(['contact.email']);
  });
  it('an organisation key in the path decides for that field (orders with a merchant)', () => {
    expect(categoriesOf('merchant.address', { dataset: 'orders' })).toEqual([]);
    expect(categoriesOf('customer.address', { dataset: 'orders' })).toEqual(['contact.address']);
  });
  it('names, identity numbers and special data stay personal in any dataset', () => {
    expect(categoriesOf('contact_name', { dataset: 'suppliers' })).toEqual(['person.name']);
    expect(categoriesOf('owner_ssn', { dataset: 'companies' })).toContain('government.ssn');
  });
});

describe('an ambiguous special-category word', () => {
  it('a bare fingerprint is a biometric only among people', () => {
    expect(categoriesOf('fingerprint', { dataset: 'employees' })).toEqual(['special.biometric']);
    expect(categoriesOf('fingerprint', { dataset: 'sessions' })).toEqual([]);
    expect(categoriesOf('fingerprint', { dataset: 'visits', siblings: ['ip', 'user_agent'] })).toEqual([]);
    expect(categoriesOf('fingerabdruck', { dataset: 'sessions' })).toEqual(['special.biometric']);
  });
});

describe("a table's head noun says whose rows they are", () => {
  it('a person word that only qualifies the head does not make a bare name a person\'s', () => {
    for (const dataset of ['member_preferences', 'personal_api_tokens', 'UserWorkspace']) expect(categoriesOf('name', { dataset }), dataset).toEqual([]);
    for (const dataset of ['customer_details', 'dim_employee', 'users', 'clients_fr', 'members_v2']) expect(categoriesOf('name', { dataset }), dataset).toEqual(['person.name']);
  });
});
