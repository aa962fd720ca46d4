// Email address syntax (RFC 5322 §3.4.1 dot-atom local part, RFC 1035/5321 domain labels),
// checked with a character loop: no regular expression, so no backtracking on long inputs.
// Quoted local parts and address literals are left out: they do not occur in real exports.

/** RFC 5322 atext besides letters and digits, as a lookup table by char code. */
const ATEXT_SYMBOL = new Uint8Array(128);
for (const symbol of "!#$%&'*+/=?^_`{|}~-") ATEXT_SYMBOL[symbol.charCodeAt(0)] = 1;

/** A character allowed in a dot-atom local part (dots included; non-ASCII per RFC 6531). */
export function isLocalChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 46 || code >= 128 || ATEXT_SYMBOL[code] === 1;
}

/** A character allowed in a domain name (letters, digits, hyphen, dot; non-ASCII for IDNs). */
export function isDomainChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    code === 45 || code === 46 || code >= 128;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 128;
}

/** True when value[start, end) is `local@domain` with a dotted domain and an alphabetic TLD. */
export function isEmailAddress(value: string, start = 0, end = value.length): boolean {
  if (end - start < 6 || end - start > 254) return false;
  const at = value.lastIndexOf('@', end - 1);
  if (at <= start || at - start > 64 || at >= end - 4) return false;
  // Local part: atext runs separated by single dots.
  let previous = 46; // treat the start as after a dot, so a leading dot fails
  for (let i = start; i < at; i++) {
    const code = value.charCodeAt(i);
    if (!isLocalChar(code) || (code === 46 && previous === 46)) return false;
    previous = code;
  }
  if (previous === 46) return false;
  // Domain: labels of 1..63 letters, digits and inner hyphens; at least two labels.
  let labelStart = at + 1;
  let labels = 0;
  for (let i = at + 1; i <= end; i++) {
    const code = i === end ? 46 : value.charCodeAt(i);
    if (code !== 46) {
      if (!isDomainChar(code)) return false;
      continue;
    }
    const length = i - labelStart;
    if (length < 1 || length > 63) return false;
    if (value.charCodeAt(labelStart) === 45 || value.charCodeAt(i - 1) === 45) return false;
    labels++;
    if (i === end) {
      // Top-level domain: alphabetic, or an IDN A-label (xn--).
      if (length < 2) return false;
      if (!value.startsWith('xn--', labelStart)) {
        for (let j = labelStart; j < i; j++) if (!isLetter(value.charCodeAt(j))) return false;
      }
    }
    labelStart = i + 1;
  }
  return labels >= 2;
}
