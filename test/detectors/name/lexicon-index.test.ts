// The name matcher compares a field only with the lexicon terms whose phrases start the way some
// run of its tokens starts (types.ts startKey, match.ts offeredStarts). That skips a term only if
// findPhrase could not have matched it; these tests hold the matcher to that for every phrase of
// every lexicon, in the spellings field names and comments use.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPhrase, offeredStarts } from '../../../src/detectors/lexicon/match.js';
import { startKey, type Lexicon, type Phrase } from '../../../src/detectors/lexicon/types.js';
import emailName from '../../../src/detectors/name/email-name.js';
import { toFieldName } from '../../../src/util/tokenize.js';

const lexiconDir = path.resolve(import.meta.dirname, '../../../src/detectors/lexicon');
const lexicons: Lexicon[] = [];
for (const file of readdirSync(lexiconDir).filter((f) => f.endsWith('.ts'))) {
  const module = (await import(path.join(lexiconDir, file))) as Record<string, unknown>;
  for (const value of Object.values(module)) {
    if (value !== null && typeof value === 'object' && Array.isArray((value as Lexicon).terms)) lexicons.push(value as Lexicon);
  }
}

/** Token runs that spell a phrase the ways identifiers do: as is, joined, plural, split, inside others. */
function spellings(phrase: Phrase): string[][] {
  const { tokens, joined } = phrase;
  const last = tokens.at(-1) ?? '';
  const plural = (t: string): string[] => [`${t}s`, `${t}es`, `${t}en`, t.endsWith('y') ? `${t.slice(0, -1)}ies` : `${t}n`];
  return [
    [...tokens],
    [joined],
    ...plural(joined).map((p) => [p]),
    ...plural(last).map((p) => [...tokens.slice(0, -1), p]),
    [joined.slice(0, 1), joined.slice(1)],
    [joined.slice(0, 2), joined.slice(2)],
    ['x', ...tokens, 'id'],
    ['customer', joined, 'hash'],
  ].map((run) => run.filter((t) => t !== ''));
}

describe('the lexicon index', () => {
  it('has lexicons to check', () => {
    expect(lexicons.length).toBeGreaterThan(20);
  });

  it('offers the start key of every phrase findPhrase matches, across each lexicon', () => {
    let matched = 0;
    const missed: string[] = [];
    for (const lex of lexicons) {
      const phrases = lex.terms.flatMap((term) => term.phrases);
      for (const phrase of phrases) {
        for (const tokens of spellings(phrase)) {
          const starts = offeredStarts(tokens);
          for (const other of phrases) {
            if (findPhrase(tokens, other) === undefined) continue;
            matched++;
            if (!starts.has(startKey(other.joined))) missed.push(`${lex.category}: ${tokens.join(' ')} ~ ${other.text}`);
          }
        }
      }
    }
    expect(missed).toEqual([]);
    // The spellings do exercise the matcher (each phrase matches at least its own tokens).
    expect(matched).toBeGreaterThan(10_000);
  });

  it('keeps single-letter and joined spellings, plurals and prose', () => {
    const hit = (raw: string, comment?: string): string[] => {
      const found = emailName.match(toFieldName(raw, comment === undefined ? {} : { comment }));
      return (Array.isArray(found) ? found : found ? [found] : []).map((h) => h.category);
    };
    expect(hit('e_mail')).toEqual(['contact.email']);
    expect(hit('eMails')).toEqual(['contact.email']);
    expect(hit('customer_email_addresses')).toEqual(['contact.email']);
    expect(hit('notes', 'Where we send the e mail receipts')).toEqual(['contact.email']);
    expect(hit('gmail')).toEqual([]);
  });
});
