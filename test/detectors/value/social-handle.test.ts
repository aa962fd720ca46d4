// Tests for the social-handle value detector and the e-mail detector's column check: handles,
// profile URLs and Fediverse addresses are usernames; a column of e-mail addresses stays e-mail.
import { describe, expect, it } from 'vitest';
import detector from '../../../src/detectors/value/social-handle.js';
import email from '../../../src/detectors/value/email.js';
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
