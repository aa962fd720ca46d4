// Tests for the social-handle value detector and the e-mail detector's column check: handles,
// profile URLs and Fediverse addresses are usernames; a column of e-mail addresses stays e-mail.
import { describe, expect, it } from 'vitest';
import detector from '../../../src/detectors/value/social-handle.js';
import email from '../../../src/detectors/value/email.js';
import { FEDIVERSE_ADDRESS, isClearHandle, isHandleShaped } from '../../../src/detectors/lexicon/social.js';
import { testValueDetector } from '../../helpers/detector-tester.js';

const handle = (value: string) => ({ value, category: 'online.username' as const });

testValueDetector(detector, {
  valid: [
    handle('@ada_lovelace'), handle('@ada.l'), handle('twitter.com/ada'), handle('https://x.com/ada_l'),
    handle('https://www.instagram.com/ada.l/'), handle('linkedin.com/in/ada-lovelace'), handle('github.com/adal'),
    handle('https://www.tiktok.com/@ada'), handle('bsky.app/profile/ada.bsky.social'), handle('@ada@mastodon.social'),
    handle('ada@fosstodon.org'), handle('ada@example.com'),
  ],
  invalid: ['@', '@@', 'ada', 'https://example.com/ada', 'twitter.com/', '@ada lovelace', '@ada@', 'ada@localhost'],
});

describe('social handles against e-mail', () => {
  const fediverse = ['@ada@mastodon.social', 'bob@fosstodon.org', '@carol@hachyderm.io', 'dan@chaos.social', '@eve@mas.to'];
  const leadingAt = ['@ada@example.org', '@bob@mail.example.com', '@carol@example.net', 'dan@example.org'];
  const emails = ['ada@example.com', 'bob@example.org', 'carol@mail.example.net', 'dan@example.de'];

  it('a column of Fediverse addresses is usernames, and the e-mail detector steps aside', () => {
    expect(detector.column!(fediverse)).toBeUndefined();
    expect(email.column!(fediverse)).toMatch(/social handles/);
  });

  it('a column where most values have a leading @ is usernames, whatever the hosts', () => {
    expect(detector.column!(leadingAt)).toBeUndefined();
    expect(email.column!(leadingAt)).toMatch(/social handles/);
  });

  it('a column of e-mail addresses stays e-mail', () => {
    expect(detector.column!(emails)).toMatch(/e-mail addresses/);
    expect(email.column!(emails)).toBeUndefined();
  });
});

describe('isHandleShaped', () => {
  // The detector's value test before it ran the address pattern once: isClearHandle, then the pattern again.
  const reference = (value: string): boolean => value.length <= 120 && (isClearHandle(value) || FEDIVERSE_ADDRESS.test(value));
  const values = [
    '', '@', '@@', 'ada', '@ada', '@ada_lovelace', '@ada.l', '@ada lovelace', '@ada@', '@ada@mastodon.social', '@ada@example.org',
    'ada@fosstodon.org', 'ada@example.com', 'ADA@EXAMPLE.COM', 'zoë.müller@example.de', 'ada@localhost', 'ada@chaos.social',
    'twitter.com/ada', 'https://x.com/ada_l', 'https://www.instagram.com/ada.l/', 'linkedin.com/in/ada-lovelace',
    'https://www.tiktok.com/@ada', 'bsky.app/profile/ada.bsky.social', 'https://example.com/ada', 'twitter.com/', 'twitter.com',
    'ada/bob@example.com', 'a@b/c.com', ' ada@example.com', 'ada@example.com ', '@' + 'a'.repeat(119), 'a'.repeat(110) + '@example.com',
    'a'.repeat(115) + '@x.social', 'github.com/' + 'a'.repeat(60), 'github.com/' + 'a'.repeat(61), '06 12 34 56 78', 'ada@ex ample.com',
  ];

  it('is isClearHandle(value) || FEDIVERSE_ADDRESS.test(value), up to 120 characters', () => {
    for (const value of values) expect(isHandleShaped(value), value).toBe(reference(value));
  });

  it('is what the detector matches', () => {
    for (const value of values) expect(detector.match(value) !== undefined, value).toBe(reference(value));
  });
});
