// The benchmark's realistic export (scripts/bench-realistic.mjs) must stay what it claims to be:
// the same bytes for the same seed and size, and phones mostly in national formats that the
// phone detector accepts (not the "+" form its international fast path took in the old export).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRealistic, nationalPhone, seededRandom } from '../../scripts/bench-realistic.mjs';
import { isPhoneNumber } from '../../src/detectors/validators/phone-number.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'datamin-bench-realistic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench-realistic', () => {
  it('writes the same bytes for the same seed and size, whole records up to the size', async () => {
    const a = path.join(dir, 'a.csv');
    const b = path.join(dir, 'b.csv');
    await generateRealistic(a, 300_000);
    await generateRealistic(b, 300_000);
    const text = readFileSync(a, 'utf8');
    expect(readFileSync(b, 'utf8')).toBe(text);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(300_000);
    const { data, errors } = Papa.parse<string[]>(text.trimEnd(), { header: false });
    expect(errors).toEqual([]);
    expect(new Set(data.map((row) => row.length))).toEqual(new Set([13]));
    // Free text that embeds e-mails and phones, and long cells.
    const notes = data.slice(1).map((row) => row[12] ?? '');
    expect(notes.filter((note) => note.includes('@')).length).toBeGreaterThan(notes.length / 20);
    expect(notes.filter((note) => note.includes('Call back on')).length).toBeGreaterThan(notes.length / 20);
    expect(notes.filter((note) => note.length > 1000).length).toBeGreaterThan(notes.length / 20);
  });

  it('writes phones in national formats of several countries, which the phone detector accepts', () => {
    const random = seededRandom(1);
    const phones = Array.from({ length: 5_000 }, () => nationalPhone(random));
    expect(phones.filter((phone) => phone.startsWith('+')).length).toBeLessThan(phones.length / 5);
    expect(phones.some((phone) => /^0\d( \d\d){4}$/.test(phone))).toBe(true); // FR 04 25 92 85 48
    expect(phones.some((phone) => /^\(\d{3}\) \d{3}-\d{4}$/.test(phone))).toBe(true); // US (523) 861-0908
    expect(phones.some((phone) => /^\+49 \(0\)\d+ \d+$/.test(phone))).toBe(true); // DE +49 (0)30 1234567
    expect(phones.some((phone) => /^020 \d{4} \d{4}$/.test(phone))).toBe(true); // GB 020 7946 0958
    const accepted = phones.filter((phone) => isPhoneNumber(phone, 0, phone.length, true)).length;
    expect(accepted).toBeGreaterThan(phones.length * 0.9);
  });
});
