// Counts over every row that the personalization rules need before they run (issue 24): each
// dataset of a purpose with a consent log joined with that log (processing-after-withdrawal),
// and the distinct subjects per group of a dataset released as an aggregate (aggregate-release).
// Planned from the purpose map and the scanned datasets; counted in SQL when both sides sit in
// one PostgreSQL database, otherwise by reading the rows again (stream-counts.ts). Failures
// become scan errors naming the input and never quote a value.
import type { DatasetEvidence, PurposeMap, SubjectCounts, ConsentCount, GroupCount } from '../../model/rule.js';
import type { ConsentJoinRequest, GroupRequest } from '../../model/subject-counts.js';
import type { ScanError } from '../../model/result.js';
import { DEFAULT_K } from '../../rules/aggregate-release.js';
import { declarationFor, fieldCoverage, isPersonal } from '../../rules/shared/purposes.js';
import { countGroups, judgeRows, readConsentLog, type ConsentWindows } from './stream-counts.js';
import { rowBatches } from './row-batches.js';

/** Where an input is read again: a file or a database URL. */
export interface CountInput {
  file?: string;
  url?: string;
  cwd: string;
}

/** A dataset of the scan, by the input it came from. */
interface Located {
  name: string;
  source: string;
}

interface ConsentPlan {
  request: ConsentJoinRequest;
  dataset: Located;
  log: Located;
}

interface GroupPlan {
  request: GroupRequest;
  dataset: Located;
}

/** The joins and group counts the purpose map asks for on the scanned datasets. */
export function planCounts(map: PurposeMap, evidence: readonly DatasetEvidence[]): { consent: ConsentPlan[]; groups: GroupPlan[]; errors: ScanError[] } {
  const consent: ConsentPlan[] = [];
  const groups: GroupPlan[] = [];
  const errors: ScanError[] = [];
  for (const [purpose, declared] of Object.entries(map.purposes).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const source = declared.consent;
    if (!source) continue;
    const log = evidence.find((e) => e.summary.name === source.dataset);
    const users = evidence.filter((e) => e !== log && e.fields.some((f) => isPersonal(f) && fieldCoverage(map, e.summary.name, f.field).purposeIds.includes(purpose)));
    if (!log) {
      if (users.length > 0) {
        errors.push({
          code: 'config-warning',
          level: 'warning',
          ...(map.file === undefined ? {} : { file: map.file }),
          message: `purpose '${purpose}': its consent log '${source.dataset}' was not scanned, so rows after a withdrawal were not counted`,
        });
      }
      continue;
    }
    for (const user of users) {
      const declaration = declarationFor(map, user.summary.name)?.declaration;
      const time = declaration?.timestamp_field ?? declaration?.retention_field;
      if (declaration?.subject === undefined || time === undefined) continue;
      consent.push({
        dataset: { name: user.summary.name, source: user.summary.source },
        log: { name: log.summary.name, source: log.summary.source },
        request: {
          purpose,
          dataset: user.summary.name,
          subject: declaration.subject,
          time,
          log: log.summary.name,
          logSubject: source.subject,
          withdrawnAt: source.withdrawn_at,
          ...(source.granted_at === undefined ? {} : { grantedAt: source.granted_at }),
          ...(source.scope === undefined || source.scope_field === undefined ? {} : { scope: { field: source.scope_field, value: source.scope } }),
        },
      });
    }
  }
  for (const e of evidence) {
    const declaration = declarationFor(map, e.summary.name)?.declaration;
    if (declaration?.release !== 'aggregate' || declaration.subject === undefined || declaration.group_by === undefined) continue;
    groups.push({
      dataset: { name: e.summary.name, source: e.summary.source },
      request: { dataset: e.summary.name, subject: declaration.subject, groupBy: declaration.group_by, k: declaration.k ?? DEFAULT_K },
    });
  }
  return { consent, groups, errors };
}

function failure(file: string, doing: string, error: unknown): ScanError {
  // A SourceError of ours never quotes a value; anything else keeps only its type.
  const message = error instanceof Error && error.name === 'SourceError' ? error.message : `unexpected ${error instanceof Error ? error.name : typeof error}`;
  return { code: 'source-error', level: 'error', file, message: `${doing}: ${message}; the count is missing` };
}

/** An engine that answers the counts in SQL: one connection per database URL. */
interface SqlCounter {
  consentJoin(request: ConsentJoinRequest): Promise<Omit<ConsentCount, 'purpose' | 'dataset' | 'source' | 'countedBy'>>;
  groups(request: GroupRequest): Promise<Omit<GroupCount, 'dataset' | 'source' | 'countedBy'>>;
  close(): Promise<void>;
}

/** The SQL counter for a database URL, or undefined for an engine counted by streaming. Drivers load only here. */
async function sqlCounter(url: string): Promise<SqlCounter | undefined> {
  if (/^postgres(ql)?:/i.test(url)) {
    const pg = await import('../../sources/db/postgres-counts.js');
    const counting = await pg.openCountingSession(url);
    return { consentJoin: (r) => pg.consentJoinInPostgres(counting, r), groups: (r) => pg.groupsInPostgres(counting, r), close: () => counting.session.close() };
  }
  if (/^(mysql|mariadb):/i.test(url)) {
    const my = await import('../../sources/db/mysql-counts.js');
    const counting = await my.openMysqlCountingSession(url);
    return { consentJoin: (r) => my.consentJoinInMysql(counting, r), groups: (r) => my.groupsInMysql(counting, r), close: () => counting.session.close() };
  }
  return undefined;
}

/**
 * Runs every planned count. `inputs` maps each dataset source (as in DatasetSummary.source) to
 * the input it was read from. A join whose two datasets sit in one PostgreSQL or MySQL database
 * runs there; anything else (files, a table joined with a file) reads the rows.
 */
export async function countSubjects(map: PurposeMap, evidence: readonly DatasetEvidence[], inputs: ReadonlyMap<string, CountInput>): Promise<{ counts: SubjectCounts; errors: ScanError[] }> {
  const plan = planCounts(map, evidence);
  const errors = [...plan.errors];
  const counts: SubjectCounts = { consent: [], groups: [] };
  const counters = new Map<string, Promise<SqlCounter | undefined>>();
  const counterFor = (input: CountInput): Promise<SqlCounter | undefined> => {
    if (input.url === undefined) return Promise.resolve(undefined);
    let counter = counters.get(input.url);
    if (!counter) {
      counter = sqlCounter(input.url);
      counter.catch(() => undefined);
      counters.set(input.url, counter);
    }
    return counter;
  };
  const logs = new Map<string, Promise<ConsentWindows>>();
  try {
    for (const { request, dataset, log } of plan.consent) {
      const [input, logInput] = [inputs.get(dataset.source), inputs.get(log.source)];
      if (!input || !logInput) continue;
      try {
        const sql = input.url !== undefined && input.url === logInput.url ? await counterFor(input) : undefined;
        let tally: Omit<ConsentCount, 'purpose' | 'dataset' | 'source' | 'countedBy'>;
        if (sql) tally = await sql.consentJoin(request);
        else {
          const key = JSON.stringify([log.source, request.log, request.logSubject, request.grantedAt, request.withdrawnAt, request.scope]);
          let windows = logs.get(key);
          if (!windows) {
            windows = readConsentLog(rowBatches(logInput, log.name), request);
            windows.catch(() => undefined);
            logs.set(key, windows);
          }
          const read = await windows;
          if (read.unreadable > 0) {
            errors.push({ code: 'source-warning', level: 'warning', file: log.source, message: `${read.unreadable} consent log rows of ${log.name} have a time that is no ISO 8601 date or timestamp; they were left out of the consent windows` });
            read.unreadable = 0;
          }
          tally = await judgeRows(rowBatches(input, dataset.name), request, read);
        }
        counts.consent.push({ purpose: request.purpose, dataset: dataset.name, source: dataset.source, ...tally, countedBy: sql ? 'database' : 'stream' });
        if (tally.unchecked > 0) {
          errors.push({ code: 'source-warning', level: 'warning', file: dataset.source, message: `${tally.unchecked} rows of ${dataset.name} have no ${request.subject} or no readable ${request.time}; they were not checked against the consent log` });
        }
      } catch (error) {
        errors.push(failure(dataset.source, `counting rows of ${dataset.name} after consent withdrawal for purpose '${request.purpose}'`, error));
      }
    }
    for (const { request, dataset } of plan.groups) {
      const input = inputs.get(dataset.source);
      if (!input) continue;
      try {
        const sql = await counterFor(input);
        const tally = sql ? await sql.groups(request) : await countGroups(rowBatches(input, dataset.name), request);
        counts.groups.push({ dataset: dataset.name, source: dataset.source, ...tally, countedBy: sql ? 'database' : 'stream' });
      } catch (error) {
        errors.push(failure(dataset.source, `counting the subjects per group of ${dataset.name}`, error));
      }
    }
  } finally {
    for (const counter of counters.values()) await counter.then((c) => c?.close(), () => undefined);
  }
  return { counts, errors };
}
