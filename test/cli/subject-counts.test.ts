// The counts processing-after-withdrawal and aggregate-release read (src/scan/subject-counts/):
// the consent join and the per-group subject counts streamed for files, their planning from the
// purpose map, and linear time in the rows (memory bounded by subjects, not rows).
import { describe, expect, it } from 'vitest';
import type { Cell, ConsentJoinRequest, GroupRequest } from '../../src/model/index.js';
import { countGroups, judgeRows, parseInstant, readConsentLog, type RowBatches } from '../../src/scan/subject-counts/stream-counts.js';
import { planCounts } from '../../src/scan/subject-counts/index.js';
import { dataset, purposeMap } from '../helpers/rule-tester.js';
import { expectLinearTime } from '../helpers/linear-time.js';

/** Rows in batches of `per`, each handed over after a turn of the event loop as a reader would. */
async function* batches(fields: string[], rows: Cell[][], per = 3): RowBatches {
  for (let i = 0; i < rows.length; i += per) {
    await Promise.resolve();
    yield { fields, rows: rows.slice(i, i + per) };
  }
}

const request: ConsentJoinRequest = {
  purpose: 'personalization',
  dataset: 'events',
  subject: 'cookie',
  time: 'ts',
  log: 'consent_log',
  logSubject: 'cookie',
  grantedAt: 'granted',
  withdrawnAt: 'withdrawn',
  scope: { field: 'purpose', value: 'personalization' },
};
const LOG_FIELDS = ['cookie', 'purpose', 'granted', 'withdrawn'];
const log: Cell[][] = [
  ['a', 'personalization', '2024-01-01T09:00:00Z', ''],
  ['b', 'personalization', '2024-01-01', '2024-03-01T00:00:00Z'],
  // b consented again later: events in that window are covered.
  ['b', 'personalization', '2024-06-01', null],
  ['c', 'newsletter', '2024-01-01', ''],
];

describe('parseInstant', () => {
  it.each([
    ['2024-03-01', Date.UTC(2024, 2, 1)],
    ['2024-03-01T10:00:00Z', Date.UTC(2024, 2, 1, 10)],
    ['2024-03-01 10:00:00+00', Date.UTC(2024, 2, 1, 10)],
    ['2024-03-01T10:00:00.5+02:00', Date.UTC(2024, 2, 1, 8, 0, 0, 500)],
    ['2024-03-01T10:00', Date.UTC(2024, 2, 1, 10)],
  ])('%s', (text, ms) => expect(parseInstant(text)).toBe(ms));
  it.each(['yesterday', '01/03/2024', '2024-3-1', ''])('rejects %j', (text) => expect(parseInstant(text)).toBeNaN());
});

describe('consent join streamed', () => {
  it('counts rows and distinct subjects after withdrawal, without consent, and unchecked', async () => {
    const windows = await readConsentLog(batches(LOG_FIELDS, log), request);
    expect(windows.bySubject.size).toBe(2); // c's consent is for another scope
    const events: Cell[][] = [
      ['a', '2023-12-31T10:00:00Z'], // before a's grant: without consent
      ['a', '2024-02-01T10:00:00Z'], // covered
      ['b', '2024-02-01T10:00:00Z'], // covered
      ['b', '2024-03-01T00:00:00Z'], // at the withdrawal: after
      ['b', '2024-04-01T00:00:00Z'], // after
      ['b', '2024-07-01T00:00:00Z'], // covered by the second consent
      ['c', '2024-02-01T10:00:00Z'], // other scope only: without consent
      ['d', '2024-02-01T10:00:00Z'], // not in the log
      ['d', '2024-02-02T10:00:00Z'],
      [null, '2024-02-02T10:00:00Z'], // no subject
      ['a', 'soon'], // unreadable time
    ];
    const tally = await judgeRows(batches(['cookie', 'ts'], events), request, windows);
    expect(tally).toEqual({ afterWithdrawal: { rows: 2, subjects: 1 }, withoutConsent: { rows: 4, subjects: 3 }, unchecked: 2 });
  });

  it('finds a field that first appears after some rows (NDJSON)', async () => {
    async function* growing(): RowBatches {
      await Promise.resolve();
      yield { fields: ['ts'], rows: [['2024-02-01']] };
      yield { fields: ['ts', 'cookie'], rows: [['2024-04-01', 'b']] };
    }
    const windows = await readConsentLog(batches(LOG_FIELDS, log), request);
    expect(await judgeRows(growing(), request, windows)).toEqual({ afterWithdrawal: { rows: 1, subjects: 1 }, withoutConsent: { rows: 0, subjects: 0 }, unchecked: 1 });
  });

  it('counts log rows with unreadable times instead of dropping them silently', async () => {
    const windows = await readConsentLog(batches(LOG_FIELDS, [['a', 'personalization', 'last week', '']]), request);
    expect(windows).toEqual({ bySubject: new Map(), unreadable: 1 });
  });

  it('runs in time linear in the rows', async () => {
    const windows = await readConsentLog(batches(LOG_FIELDS, log), request);
    await expectLinearTime(
      'consent join',
      20_000,
      (n) => Array.from({ length: n }, (_, i): Cell[] => [i % 7 === 0 ? `v${i}` : 'b', `2024-0${1 + (i % 9)}-15T10:00:00Z`]),
      (rows) => judgeRows(batches(['cookie', 'ts'], rows, 1000), request, windows),
    );
  });
});

describe('released groups streamed', () => {
  const groups: GroupRequest = { dataset: 'segments', subject: 'customer', groupBy: ['segment', 'region'], k: 3 };
  it('counts distinct subjects per group, not rows', async () => {
    const rows: Cell[][] = [
      ['x', 'loyal', 'north'], ['y', 'loyal', 'north'], ['z', 'loyal', 'north'],
      ['x', 'risk', 'north'], ['x', 'risk', 'north'], ['x', 'risk', 'north'], ['y', 'risk', 'north'],
      ['q', 'new', null], [null, 'new', null],
    ];
    expect(await countGroups(batches(['customer', 'segment', 'region'], rows), groups)).toEqual({ groups: 3, smallGroups: 2, smallest: 1 });
  });
  it('runs in time linear in the rows', async () => {
    await expectLinearTime(
      'group count',
      20_000,
      (n) => Array.from({ length: n }, (_, i): Cell[] => [`c${i}`, `s${i % 50}`, 'north']),
      (rows) => countGroups(batches(['customer', 'segment', 'region'], rows, 1000), { ...groups, k: 10 }),
    );
  });
});

describe('planCounts', () => {
  const map = purposeMap(`
version: 1
purposes:
  personalization:
    legal_basis: consent
    consent: { dataset: consent_log, subject: cookie_id, withdrawn_at: withdrawn_at, scope_field: purpose, scope: web }
  orders: { legal_basis: contract }
datasets:
  events:
    subject: cookie_id
    timestamp_field: ts
    fields:
      page_url: [personalization]
  orders:
    fields:
      email: [orders]
  segments:
    release: aggregate
    group_by: [segment]
    subject: customer_id
    fields:
      segment: [orders]
`);
  const events = dataset('events', { fields: { page_url: ['behavior.browsing'], cookie_id: ['online.cookie_id'], ts: [] } });
  const consentLog = dataset('consent_log', { fields: { cookie_id: ['online.cookie_id'], withdrawn_at: ['consent.record'] } });
  const segments = dataset('segments', { fields: { segment: ['behavior.profile'], customer_id: [] } });

  it('joins each dataset of a purpose with its consent log and counts each released dataset', () => {
    const plan = planCounts(map, [events, consentLog, segments, dataset('orders', { fields: { email: ['contact.email'] } })]);
    expect(plan.errors).toEqual([]);
    expect(plan.consent.map((c) => c.request)).toEqual([
      { purpose: 'personalization', dataset: 'events', subject: 'cookie_id', time: 'ts', log: 'consent_log', logSubject: 'cookie_id', withdrawnAt: 'withdrawn_at', scope: { field: 'purpose', value: 'web' } },
    ]);
    expect(plan.groups.map((g) => g.request)).toEqual([{ dataset: 'segments', subject: 'customer_id', groupBy: ['segment'], k: 10 }]);
  });

  it('warns, naming the purpose, when the consent log was not scanned', () => {
    const plan = planCounts(map, [events]);
    expect(plan.consent).toEqual([]);
    expect(plan.errors).toEqual([expect.objectContaining({ level: 'warning', message: "purpose 'personalization': its consent log 'consent_log' was not scanned, so rows after a withdrawal were not counted" })]);
  });
});
