// Redaction of evidence: the only way a value reaches a FieldProfile. Runs in the profiler so
// no reporter can leak a raw value (STYLE.md guideline 9).
import type { CategoryId } from '../model/taxonomy.js';

const MAX_SHOWN = 40;

function stars(n: number): string {
  return '*'.repeat(Math.max(3, Math.min(n, 8)));
}

/** Keep the first character of each word: `Jane Doe` → `J*** D***`. */
function maskWords(value: string): string {
  return value
    .split(/(\s+)/)
    .map((part) => (/^\s+$/.test(part) || part === '' ? part : part[0] + stars(part.length - 1)))
    .join('');
}

/** `jane.doe@example.com` → `j***@e***.com` */
function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 1) return maskWords(value);
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${value[0]}***@${domain[0] ?? ''}***${tld}`;
}

/** Keep the last `keep` digits, mask other digits, keep separators: `**** **** **** 4242`. */
function maskDigitsKeepLast(value: string, keep: number): string {
  let digitsSeen = 0;
  const total = (value.match(/[0-9]/g) ?? []).length;
  let out = '';
  for (const ch of value) {
    if (ch >= '0' && ch <= '9') {
      digitsSeen++;
      out += digitsSeen > total - keep ? ch : '*';
    } else if (/[A-Za-z]/.test(ch)) out += '*';
    else out += ch;
  }
  return out;
}

/** IBAN: country code kept, all but the last four characters masked. */
function maskIban(value: string): string {
  const compact = value.replace(/\s+/g, '');
  return `${compact.slice(0, 2)}${'*'.repeat(Math.max(0, compact.length - 6))}${compact.slice(-4)}`;
}

/** IPv4 keeps the first two octets; IPv6 the first two groups. */
function maskIp(value: string): string {
  if (value.includes(':')) return value.split(':').slice(0, 2).join(':') + ':****';
  const parts = value.split('.');
  return parts.length === 4 ? `${parts[0]}.${parts[1]}.*.*` : maskWords(value);
}

/** Dates keep the century only: `1985-03-12` → `19**-**-**`. */
function maskDate(value: string): string {
  return value.replace(/[0-9]/g, (d, i: number) => (i < 2 && /^[0-9]{4}/.test(value) ? d : '*'));
}

/** Coordinates keep one decimal: about 10 km. */
function maskCoordinates(value: string): string {
  return value.replace(/(-?[0-9]+\.[0-9])[0-9]+/g, '$1**');
}

function truncate(s: string): string {
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s;
}

/**
 * Redacts one value as evidence for `category`. Secrets, passwords and card codes show only
 * their shape, never a character of the value.
 */
export function redact(value: string, category: CategoryId): string {
  const v = value.trim();
  switch (category) {
    case 'contact.email':
      return truncate(maskEmail(v));
    case 'financial.card_number':
    case 'financial.bank_account':
    case 'government.ssn':
      return truncate(maskDigitsKeepLast(v, 4));
    case 'contact.phone':
      return truncate(maskDigitsKeepLast(v, 2));
    case 'financial.iban':
      return truncate(maskIban(v));
    case 'online.ip_address':
      return truncate(maskIp(v));
    case 'person.date_of_birth':
      return truncate(maskDate(v));
    case 'location.coordinates':
      return truncate(maskCoordinates(v));
    case 'credentials.password':
    case 'credentials.secret':
    case 'financial.card_cvv':
      return `[${v.length} characters]`;
    case 'person.gender':
    case 'person.age':
      return '***';
    default:
      return truncate(maskWords(v));
  }
}
