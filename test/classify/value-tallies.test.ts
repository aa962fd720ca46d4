import { describe, expect, it } from 'vitest';
import type { ValueDetector } from '../../src/model/detector.js';
import { ValueTallies } from '../../src/classify/value-tallies.js';

const digitsOnly: ValueDetector = {
  id: 'digits-only',
  kind: 'value',
  categories: ['government.national_id'],
  description: 'test: a value of digits',
  scope: 'whole',
  strength: 0.9,
  match: (value) => (/^\d+$/.test(value) ? { category: 'government.national_id' } : undefined),
};
const embeddedAt: ValueDetector = {
  id: 'embedded-at',
  kind: 'value',
  categories: ['contact.email'],
  description: 'test: an @ inside text',
  scope: 'embedded',
  strength: 0.9,
  match: (value) => {
    const at = value.indexOf('@');
    return at > 0 ? { category: 'contact.email', start: at - 1, end: at + 1 } : undefined;
  },
};

function tallies(): ValueTallies {
  return new ValueTallies({ detectors: { name: [], value: [digitsOnly, embeddedAt] }, showValues: false });
}
const digitsTally = (t: ValueTallies) => t.tallies.find((x) => x.detector.id === 'digits-only')!;

describe('ValueTallies: settled verdicts', () => {
  it('judges every value of a small field', () => {
    const t = tallies();
    for (let i = 0; i < 1500; i++) t.add(String(i));
    expect(t.progress).toEqual({ offered: 1500, judged: 1500, settled: false });
    expect(digitsTally(t).sampled).toBe(1500);
    expect(digitsTally(t).matched.get('government.national_id')).toBe(1500);
  });

  it('thins the judging once a whole-value detector matches nearly every value', () => {
    const t = tallies();
    const n = 1_000_000;
    for (let i = 0; i < n; i++) t.add(String(i));
    const { offered, judged, settled } = t.progress;
    expect(offered).toBe(n);
    expect(settled).toBe(true);
    // About SETTLE_AFTER / 8 judged values per doubling of the stream after the first 2 000.
    expect(judged).toBeLessThan(5_000);
    expect(digitsTally(t).sampled).toBe(judged);
    expect(digitsTally(t).matched.get('government.national_id')).toBe(judged);
  });

  it('does not settle a field whose best detector matches under 95 %', () => {
    const t = tallies();
    for (let i = 0; i < 20_000; i++) t.add(i % 10 === 0 ? `note ${i}` : String(i));
    expect(t.progress).toEqual({ offered: 20_000, judged: 20_000, settled: false });
  });

  it('goes back to judging every value when a settled column stops matching', () => {
    const t = tallies();
    for (let i = 0; i < 50_000; i++) t.add(String(i));
    expect(t.progress.settled).toBe(true);
    const before = t.progress.judged;
    for (let i = 0; i < 50_000; i++) t.add(`a@b ${i}`);
    const { judged, settled } = t.progress;
    expect(settled).toBe(false);
    // Within one window of 100 judged values (at most 12 800 offered) every value is judged again.
    expect(judged - before).toBeGreaterThan(35_000);
    const embedded = t.tallies.find((x) => x.detector.id === 'embedded-at')!;
    expect(embedded.matched.get('contact.email')).toBeGreaterThan(35_000);
  });
});
