import { describe, expect, it } from 'vitest';
import { redact } from '../../src/util/redact.js';

describe('redact', () => {
  it.each([
    ['jane.doe@example.com', 'contact.email', 'j***@e***.com'],
    ['4111 1111 1111 1111', 'financial.card_number', '**** **** **** 1111'],
    ['4111111111111111', 'financial.card_number', '************1111'],
    ['DE89370400440532013000', 'financial.iban', 'DE****************3000'],
    ['192.168.10.20', 'online.ip_address', '192.168.*.*'],
    ['1985-03-12', 'person.date_of_birth', '19**-**-**'],
    ['Jane Doe', 'person.name', 'J*** D***'],
    ['hunter2', 'credentials.password', '[7 characters]'],
    ['52.520008, 13.404954', 'location.coordinates', '52.5**, 13.4**'],
  ] as const)('%s as %s', (value, category, expected) => {
    expect(redact(value, category)).toBe(expected);
  });
  it('never returns a secret character', () => {
    expect(redact('ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'credentials.secret')).not.toMatch(/ghp|abc/);
  });
});
