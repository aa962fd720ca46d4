// What the value detectors see of a long cell. A sampled value used to be cut at 2,048
// characters, so an e-mail address at character 5,000 of a note was never looked at (issue 26).
// Now a long value keeps its head and, from all the rest, the stretches the embedded detectors
// can match (email-in-text needs an '@', phone-in-text and card-in-text seven digits or more):
// one linear pass over the whole cell, and a bounded result.

/** Characters of a value kept as they are. */
export const HEAD_CHARS = 2048;
/**
 * Characters kept from after the head at most, for the stretches around '@' and for those around
 * long digit groups each: text dense with figures cannot crowd out a later address.
 */
const TAIL_BUDGET = 3072;
/** Context kept around an '@': an address's local part has at most 64 characters (RFC 5321 §4.5.3.1.1). */
const BEFORE_AT = 64;
const AFTER_AT = 256;
/** Context kept around a digit group (phone-in-text's candidates are at most 24 characters). */
const AROUND_DIGITS = 32;
/** Digits a group needs to be kept: the fewest a phone number can have (ITU-T E.164 national numbers). */
const MIN_GROUP_DIGITS = 7;
/**
 * Between kept stretches: a line break and an ellipsis, which no embedded detector's candidate
 * spans, so two stretches cannot join into a false match.
 */
const GAP = '\n\u2026\n';

/** `text` as sampled: whole when short, else its head plus what of the rest detectors can match. */
export function sampledText(text: string): string {
  return text.length <= HEAD_CHARS ? text : condense(text);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Separators inside a phone or card number ("+44 20 7946 0958", "4242-4242…", "(030) 1234"). */
function isNumberSeparator(code: number): boolean {
  return code === 32 || code === 45 || code === 46 || code === 47 || code === 40 || code === 41 || code === 43;
}

function condense(text: string): string {
  const pieces: string[] = [text.slice(0, HEAD_CHARS)];
  /** What is left to keep around '@' [0] and around digit groups [1]. */
  const budgets = [TAIL_BUDGET, TAIL_BUDGET];
  /** End of the last stretch kept (stretches are kept in order and never overlap). */
  let keptTo = HEAD_CHARS;
  const keep = (from: number, to: number, kind: 0 | 1): void => {
    const start = Math.max(from, keptTo);
    const end = Math.min(to, text.length, start + budgets[kind]);
    if (end <= start) return;
    // Adjacent stretches join without a gap; anything skipped between them gets one.
    if (start > keptTo || pieces.length === 1) pieces.push(GAP);
    pieces.push(text.slice(start, end));
    budgets[kind] -= end - start;
    keptTo = end;
  };
  let groupStart = -1;
  let groupDigits = 0;
  let lastDigit = -1;
  for (let at = HEAD_CHARS; at < text.length && (budgets[0] > 0 || budgets[1] > 0); at++) {
    const code = text.charCodeAt(at);
    if (isDigit(code)) {
      if (groupStart < 0) groupStart = at;
      groupDigits++;
      lastDigit = at;
      continue;
    }
    if (groupStart >= 0 && !(isNumberSeparator(code) && at - lastDigit <= 2)) {
      if (groupDigits >= MIN_GROUP_DIGITS) keep(groupStart - AROUND_DIGITS, lastDigit + 1 + AROUND_DIGITS, 1);
      groupStart = -1;
      groupDigits = 0;
    }
    if (code === 64) keep(at - BEFORE_AT, at + AFTER_AT, 0);
  }
  if (groupStart >= 0 && groupDigits >= MIN_GROUP_DIGITS) keep(groupStart - AROUND_DIGITS, lastDigit + 1 + AROUND_DIGITS, 1);
  return pieces.join('');
}
