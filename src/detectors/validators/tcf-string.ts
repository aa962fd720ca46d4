// IAB Transparency & Consent Framework consent strings (TC strings): the core segment is
// base64url of a bit field (IAB TCF v2.2 "Consent string and vendor list formats", Core String:
// Version 6 bits, Created 36, LastUpdated 36 in deciseconds since the epoch, CmpId 12,
// CmpVersion 12, ConsentScreen 6, ConsentLanguage 12 as two letters 0..25; TCF v1.1 has the same
// header). The header is checked, so base64 look-alikes fail.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Bits of the header read (through ConsentLanguage). */
const HEADER_BITS = 120;
/** TCF v1 began in 2018; a Created date before 2017 or after 2040 is not a consent string. */
const EARLIEST_DECISECONDS = Date.UTC(2017, 0, 1) / 100;
const LATEST_DECISECONDS = Date.UTC(2040, 0, 1) / 100;

function bitsOf(text: string, count: number): string | undefined {
  let bits = '';
  for (let i = 0; bits.length < count && i < text.length; i++) {
    const index = ALPHABET.indexOf(text[i]);
    if (index < 0) return undefined;
    bits += index.toString(2).padStart(6, '0');
  }
  return bits.length >= count ? bits : undefined;
}

/** Whether `value` is a TCF v1 or v2 consent string (its core segment's header is valid). */
export function isTcfConsentString(value: string): boolean {
  const core = value.split('.')[0];
  const bits = bitsOf(core, HEADER_BITS);
  if (bits === undefined) return false;
  const read = (from: number, length: number): number => parseInt(bits.slice(from, from + length), 2);
  const version = read(0, 6);
  if (version !== 1 && version !== 2) return false;
  const created = read(6, 36);
  const updated = read(42, 36);
  if (created < EARLIEST_DECISECONDS || created > LATEST_DECISECONDS) return false;
  if (updated < created || updated > LATEST_DECISECONDS) return false;
  return read(108, 6) <= 25 && read(114, 6) <= 25;
}
