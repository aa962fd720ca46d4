// A client of a protocol is a program (issue 21): the name of an OAuth or API client is an
// application's, while a table of clients is about customers.
import { describe, expect, it } from 'vitest';
import { categoriesOf } from './context-helpers.js';

describe('clients of a protocol', () => {
  it("a customers' table of clients names people", () => {
    expect(categoriesOf('name', { dataset: 'clients' })).toEqual(['person.name']);
    expect(categoriesOf('name', { dataset: 'ip_clients' })).toEqual(['person.name']);
  });
  it.each(['oauth_clients', 'api_clients', 'OidcClients', 'mqtt_client'])('the name in %s is an application\'s', (dataset) => {
    expect(categoriesOf('name', { dataset })).toEqual([]);
  });
});
