// The transparency content shared by the HTML and PDF reports (src/reporters/transparency.ts).
import { describe, expect, it } from 'vitest';
import type { ProcessingPurpose, ScanResult } from '../../src/model/index.js';
import { durationInWords, transparency } from '../../src/reporters/transparency.js';

const purpose = (extra: Partial<ProcessingPurpose>): ProcessingPurpose => ({ id: 'p', declared: true, datasets: ['d'], fields: [], categories: [], ...extra });
const result = (purposes: ProcessingPurpose[]) => ({ processing: { purposes } }) as unknown as ScanResult;

describe('transparency', () => {
  it.each([
    ['P1Y', '1 year'],
    ['P2Y', '2 years'],
    ['P1Y6M', '1 year and 6 months'],
    ['P1Y2M3D', '1 year, 2 months and 3 days'],
    ['P30D', '30 days'],
    ['PT36H', 'PT36H'],
  ])('writes %s as %s', (iso, words) => expect(durationInWords(iso)).toBe(words));

  it('lists only purposes that personalization data serves', () => {
    const entries = transparency(result([purpose({ id: 'orders', categories: ['contact.email'] }), purpose({ id: 'ads', categories: ['online.advertising_id'], legalBasis: 'consent', retention: 'P6M' })]));
    expect(entries.map((e) => e.purpose)).toEqual(['ads']);
    expect(entries[0].incomplete).toBe(false);
  });

  it('says what is missing instead of inventing a basis or a retention', () => {
    const [entry] = transparency(result([purpose({ description: 'Suggest sizes', categories: ['behavior.preference'], directMarketing: true })]));
    expect(entry.incomplete).toBe(true);
    expect(entry.sentences).toEqual([
      'To suggest sizes, we use the preferences you give us (interests, sizes, communication preferences).',
      'The legal basis for this is not declared yet.',
      'You can object to this direct marketing at any time, and we then stop (GDPR Art. 21(2)-(3)).',
      'How long we keep this data is not declared yet.',
    ]);
  });

  it('is empty without a purpose map', () => {
    expect(transparency({} as ScanResult)).toEqual([]);
  });
});
