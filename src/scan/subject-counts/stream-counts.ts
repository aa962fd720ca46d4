// The counts of processing-after-withdrawal and aggregate-release computed by reading rows, for
// inputs whose engine cannot run SQL (files). Memory is bounded by subjects, not rows: the
// consent log is held as time windows per subject, a released group keeps its subject set only
// until it reaches k, and a verdict keeps the set of subjects it counted. Keys never leave here.
import type { Cell } from '../../model/dataset.js';
import type { ConsentJoinRequest, GroupRequest } from '../../model/subject-counts.js';

/** Rows of one dataset: each batch with the dataset's field names as they stand (NDJSON may add fields). */
export type RowBatches = AsyncIterable<{ fields: readonly string[]; rows: ReadonlyArray<readonly Cell[]> }>;

/** A cell's text, or undefined when empty, absent or a list (a flattened array is no single key). */
export function cellText(cell: Cell): string | undefined {
  if (cell === undefined || cell === null || Array.isArray(cell)) return undefined;
  const text = String(cell);
  return text.trim() === '' ? undefined : text;
}

/**
 * Milliseconds since the epoch of an ISO 8601 date or timestamp (`2024-05-01`,
 * `2024-05-01T10:00:00Z`, PostgreSQL's `2024-05-01 10:00:00+00`); a time without a zone is UTC,
 * as in the database sessions (postgres.ts sets TimeZone UTC). NaN when unreadable.
 */
export function parseInstant(text: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(text.trim());
  if (!m) return NaN;
  if (m[2] === undefined) return Date.parse(`${m[1]}T00:00:00Z`);
  let zone = m[3] ?? 'Z';
  if (/^[+-]\d{2}$/.test(zone)) zone += ':00';
  else if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return Date.parse(`${m[1]}T${m[2]}${zone.toUpperCase()}`);
}

/** Field index resolved lazily: a field of an NDJSON file may first appear after some rows. */
class FieldIndex {
  private index = -1;
  constructor(private readonly name: string) {}
  of(fields: readonly string[]): number {
    if (this.index < 0) this.index = fields.indexOf(this.name);
    return this.index;
  }
}

/** Consent windows [granted, withdrawn) per subject, read from the log; unreadable rows counted. */
export interface ConsentWindows {
  bySubject: Map<string, Array<[number, number]>>;
  /** Log rows with a subject whose times could not be read: left out of the windows. */
  unreadable: number;
}

export async function readConsentLog(batches: RowBatches, request: ConsentJoinRequest): Promise<ConsentWindows> {
  const subject = new FieldIndex(request.logSubject);
  const granted = request.grantedAt === undefined ? undefined : new FieldIndex(request.grantedAt);
  const withdrawn = new FieldIndex(request.withdrawnAt);
  const scope = request.scope ? { index: new FieldIndex(request.scope.field), value: request.scope.value } : undefined;
  const bySubject = new Map<string, Array<[number, number]>>();
  let unreadable = 0;
  for await (const { fields, rows } of batches) {
    const [s, g, w, sc] = [subject.of(fields), granted?.of(fields) ?? -1, withdrawn.of(fields), scope?.index.of(fields) ?? -1];
    for (const row of rows) {
      const key = s < 0 ? undefined : cellText(row[s]);
      if (key === undefined) continue;
      if (scope && (sc < 0 || cellText(row[sc]) !== scope.value)) continue;
      const grantedText = g < 0 ? undefined : cellText(row[g]);
      const withdrawnText = w < 0 ? undefined : cellText(row[w]);
      const from = grantedText === undefined ? -Infinity : parseInstant(grantedText);
      const until = withdrawnText === undefined ? Infinity : parseInstant(withdrawnText);
      if (Number.isNaN(from) || Number.isNaN(until)) {
        unreadable++;
        continue;
      }
      const windows = bySubject.get(key);
      if (windows) windows.push([from, until]);
      else bySubject.set(key, [[from, until]]);
    }
  }
  return { bySubject, unreadable };
}

export interface ConsentTally {
  afterWithdrawal: { rows: number; subjects: number };
  withoutConsent: { rows: number; subjects: number };
  unchecked: number;
}

/**
 * Judges every row of a dataset against the consent windows: covered when a window of its
 * subject holds its time; otherwise after withdrawal when a window of its subject ended at or
 * before it, else without consent. Rows without a subject or a readable time are unchecked.
 */
export async function judgeRows(batches: RowBatches, request: ConsentJoinRequest, log: ConsentWindows): Promise<ConsentTally> {
  const subject = new FieldIndex(request.subject);
  const time = new FieldIndex(request.time);
  const after = { rows: 0, subjects: new Set<string>() };
  const without = { rows: 0, subjects: new Set<string>() };
  let unchecked = 0;
  for await (const { fields, rows } of batches) {
    const [s, t] = [subject.of(fields), time.of(fields)];
    for (const row of rows) {
      const key = s < 0 ? undefined : cellText(row[s]);
      const text = t < 0 ? undefined : cellText(row[t]);
      const at = text === undefined ? NaN : parseInstant(text);
      if (key === undefined || Number.isNaN(at)) {
        unchecked++;
        continue;
      }
      const windows = log.bySubject.get(key) ?? [];
      if (windows.some(([from, until]) => from <= at && at < until)) continue;
      const verdict = windows.some(([, until]) => until <= at) ? after : without;
      verdict.rows++;
      verdict.subjects.add(key);
    }
  }
  return {
    afterWithdrawal: { rows: after.rows, subjects: after.subjects.size },
    withoutConsent: { rows: without.rows, subjects: without.subjects.size },
    unchecked,
  };
}

export interface GroupTally {
  groups: number;
  smallGroups: number;
  smallest: number;
}

/** Distinct subjects per group; a group's subject set is dropped once it reaches k. Rows without a subject are skipped. */
export async function countGroups(batches: RowBatches, request: GroupRequest): Promise<GroupTally> {
  const subject = new FieldIndex(request.subject);
  const groupFields = request.groupBy.map((name) => new FieldIndex(name));
  const groups = new Map<string, Set<string> | 'enough'>();
  for await (const { fields, rows } of batches) {
    const s = subject.of(fields);
    const g = groupFields.map((f) => f.of(fields));
    for (const row of rows) {
      const key = s < 0 ? undefined : cellText(row[s]);
      if (key === undefined) continue;
      const group = JSON.stringify(g.map((i) => (i < 0 ? '' : (cellText(row[i]) ?? ''))));
      const seen = groups.get(group);
      if (seen === 'enough') continue;
      const set = seen ?? new Set<string>();
      set.add(key);
      groups.set(group, set.size >= request.k ? 'enough' : set);
    }
  }
  let smallGroups = 0;
  let smallest = Infinity;
  for (const seen of groups.values()) {
    if (seen === 'enough') continue;
    smallGroups++;
    smallest = Math.min(smallest, seen.size);
  }
  return { groups: groups.size, smallGroups, smallest: smallGroups === 0 ? request.k : smallest };
}
