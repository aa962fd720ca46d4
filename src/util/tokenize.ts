// Identifier tokenization: field names and paths split into lower-case, accent-free tokens.
import type { FieldName } from '../model/detector.js';

/**
 * Letters that Unicode NFKD does not decompose into a base letter plus a mark, mapped to the
 * ASCII spelling people type when they avoid them (`straße` → `strasse`).
 */
const FOLD: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i',
};
const FOLD_PATTERN = /[ßẞæÆœŒøØłŁđĐı]/gu;
const COMBINING_MARK = /\p{M}/gu;

/**
 * One token per match, tried in order:
 * 1. an upper-case run followed by a capitalised word keeps its last capital (`IPAddress` → `IP`);
 * 2. a capitalised or lower-case word (`Address`, `billing`);
 * 3. an all-capitals run (`SSN`);
 * 4. a digit run (`2`): digits are their own token, so `billingAddress2` → billing, address, 2
 *    and `ipv4` → ipv, 4 (lexicon phrases are matched on joined tokens too, so `ipv4` still matches);
 * 5. letters without case (CJK and similar scripts).
 * Everything else (`_`, `-`, `.`, spaces, `[]`, punctuation) separates tokens.
 */
const TOKEN = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+|[\p{Lo}\p{Lm}]+/gu;

/** NFKD, then drop the combining marks and fold the letters NFKD keeps. */
function foldNormalized(s: string): string {
  return s.normalize('NFKD').replace(COMBINING_MARK, '').replace(FOLD_PATTERN, (c) => FOLD[c] ?? c);
}

/** Last code point of Latin Extended-B: Latin-1 Supplement and Latin Extended-A/B fold per character. */
const LATIN_END = 0x024f;
/** Folded form of each non-ASCII Latin character met so far (at most 464 entries). */
const foldedLatin = new Map<number, string>();

/**
 * Removes accents and folds the few letters NFKD keeps (`Straße` → `Strasse`, `é` → `e`).
 * ASCII is returned as is (NFKD leaves it unchanged and FOLD lists none of it). Text of ASCII
 * and precomposed Latin letters folds one character at a time from a cache: NFKD decomposes
 * each character on its own and only reorders combining marks, which are all dropped, so the
 * result is the same as normalising the whole string; anything else (a combining mark, Greek,
 * CJK) takes the full path.
 */
export function foldAccents(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 128) i++;
  if (i === s.length) return s;
  let folded = s.slice(0, i);
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      folded += s[i];
    } else if (code <= LATIN_END) {
      let letter = foldedLatin.get(code);
      if (letter === undefined) foldedLatin.set(code, (letter = foldNormalized(s[i])));
      folded += letter;
    } else {
      return foldNormalized(s);
    }
  }
  return folded;
}

/**
 * Splits an identifier (camelCase, PascalCase, snake_case, kebab-case, dotted, spaced or prose)
 * into lower-case tokens without accents: `userIPAddress` → user, ip, address;
 * `billingAddress2` → billing, address, 2; `Geburtsdatum` → geburtsdatum.
 */
export function tokenizeIdentifier(s: string): string[] {
  const folded = foldAccents(s);
  const tokens: string[] = [];
  for (const m of folded.matchAll(TOKEN)) tokens.push(m[0].toLowerCase());
  return tokens;
}

/**
 * Splits a path on its separators: `.` and array markers `[]`, `[0]`, `[*]` (a `[` up to the next
 * `]`; a `[` with no `]` after it is an ordinary character). A scan rather than the regular
 * expression `/\.|\[[^\]]*\]/`, which looks for a `]` from every `[` and so takes quadratic
 * time on a name holding a long run of `[` (100 KB of them took 19 s).
 */
export function splitPath(raw: string): string[] {
  const segments: string[] = [];
  let start = 0;
  /** Index of the next `]` at or after the scan position, or -1 once none is left. */
  let nextClose = raw.indexOf(']');
  for (let i = 0; i < raw.length; i++) {
    const char = raw.charCodeAt(i);
    if (char === 0x2e /* . */) {
      segments.push(raw.slice(start, i));
      start = i + 1;
    } else if (char === 0x5b /* [ */ && nextClose !== -1) {
      // Every `]` before i was passed by the scan, so a stale index only moves forward: each
      // character is searched over at most once.
      if (nextClose < i) nextClose = raw.indexOf(']', i);
      if (nextClose === -1) continue;
      segments.push(raw.slice(start, i));
      i = nextClose;
      start = i + 1;
    }
  }
  segments.push(raw.slice(start));
  return segments;
}

/**
 * Builds the `FieldName` name detectors read. The raw name is split into path segments on `.`
 * and `[...]` (`customer.billingAddress.zip`, `items[].sku`); `tokens` are the last segment's
 * tokens and `parentTokens` those of the enclosing segments, outermost first.
 */
export function toFieldName(raw: string, extra?: { type?: string; comment?: string; dataset?: string; siblings?: readonly string[] }): FieldName {
  const segments = splitPath(raw).filter((segment) => segment.trim() !== '');
  const last = segments.pop() ?? '';
  const name: FieldName = {
    raw,
    tokens: tokenizeIdentifier(last),
    parentTokens: segments.flatMap(tokenizeIdentifier),
  };
  if (extra?.type !== undefined) name.type = extra.type.toLowerCase();
  if (extra?.comment !== undefined) name.comment = extra.comment;
  if (extra?.dataset !== undefined) name.dataset = extra.dataset;
  if (extra?.siblings !== undefined) name.siblings = extra.siblings;
  return name;
}
