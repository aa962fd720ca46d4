// Rule never-store: cases that fire and cases that stay silent, run through the real engine and catalog.
import { describe, expect, it } from 'vitest';
import { hashedShare } from '../../src/rules/never-store.js';
import { dataset, testRule } from '../helpers/rule-tester.js';

testRule('never-store', [
  {
    name: 'reports any card security code field',
    datasets: [dataset('payments', { fields: { cvv: ['financial.card_cvv'], amount: [] } })],
    findings: [{ dataset: 'payments', field: 'cvv', severity: 'critical', categories: ['financial.card_cvv'] }],
  },
  {
    name: 'reports a password field whose values are mostly not hashes',
    datasets: [
      dataset('users', {
        fields: { password: [{ id: 'credentials.password', detectors: ['password-name', 'password-hash'], matched: 2, sampled: 10 }] },
      }),
    ],
    findings: [{ field: 'password', categories: ['credentials.password'], data: { what: 'passwords in plaintext (only 20% of sampled values look like a password hash)', hashedShare: 20 } }],
  },
  {
    name: 'reports a password field the hash detector never matched',
    datasets: [dataset('users', { fields: { pwd: [{ id: 'credentials.password', detectors: ['password-name'], sampled: 4 }] } })],
    findings: [{ field: 'pwd', data: { what: 'passwords in plaintext (only 0% of sampled values look like a password hash)', hashedShare: 0 } }],
  },
  {
    name: 'accepts hashed passwords',
    datasets: [
      dataset('users', {
        fields: { password_hash: [{ id: 'credentials.password', detectors: ['password-name', 'password-hash'], matched: 9, sampled: 10 }] },
      }),
    ],
    findings: [],
  },
  {
    name: 'does not judge a password column without sampled values',
    datasets: [dataset('users', { fields: { password: [{ id: 'credentials.password', detectors: ['password-name'], sampled: 0 }] } })],
    findings: [],
  },
  {
    name: 'ignores card numbers, which may be stored when protected',
    datasets: [dataset('payments', { fields: { pan: ['financial.card_number'] } })],
    findings: [],
  },
]);

describe('hashedShare', () => {
  it('is undefined without samples and 0 without the hash detector', () => {
    const base = { id: 'credentials.password' as const, confidence: 1, examples: [], reasons: [] };
    expect(hashedShare({ ...base, detectors: ['password-hash'], matched: 0, sampled: 0 })).toBeUndefined();
    expect(hashedShare({ ...base, detectors: ['password-name'], matched: 5, sampled: 10 })).toBe(0);
    expect(hashedShare({ ...base, detectors: ['password-hash'], matched: 5, sampled: 10 })).toBe(0.5);
  });
});
