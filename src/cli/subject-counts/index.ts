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

const isPostgres = (input: CountInput | undefined): boolean => input?.url !== undefined && /^postgres(ql)?:/i.test(input.url);

/**
 * Runs every planned count. `inputs` maps each dataset source (as in DatasetSummary.source) to
 * the input it was read from.
 */
export async function countSubjects(map: PurposeMap, evidence: readonly DatasetEvidence[], inputs: ReadonlyMap<string, CountInput>): Promise<{ counts: SubjectCounts; errors: ScanError[] }> {
  const plan = planCounts(map, evidence);
  const errors = [...plan.errors];
  const counts: SubjectCounts = { consent: [], groups: [] };
  if (plan.consent.length === 0 && plan.groups.length === 0) return { counts, errors };
  // The PostgreSQL driver loads only when a count runs in a database.
  const pg = [...inputs.values()].some(isPostgres) ? await import('../../sources/db/postgres-counts.js') : undefined;
  const sessions = new Map<string, Promise<Awaited<ReturnType<NonNullable<typeof pg>['openCountingSession']>>>>();
  const session = (url: string) => {
    let s = sessions.get(url);
    if (!s) {
      s = pg!.openCountingSession(url);
      s.catch(() => undefined);
      sessions.set(url, s);
    }
    return s;
  };
  const logs = new Map<string, Promise<ConsentWindows>>();
  try {
    for (const { request, dataset, log } of plan.consent) {
      const [input, logInput] = [inputs.get(dataset.source), inputs.get(log.source)];
      const doing = `counting rows of ${dataset.name} after consent withdrawal for purpose '${request.purpose}'`;
      if (!input || !logInput) continue;
      try {
        let tally;
        let countedBy: ConsentCount['countedBy'] = 'stream';
        if (isPostgres(input) && input.url === logInput.url && pg) {
          tally = await pg.consentJoinInPostgres(await session(input.url!), request);
          countedBy = 'database';
        } else {
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
        counts.consent.push({ purpose: request.purpose, dataset: dataset.name, source: dataset.source, ...tally, countedBy });
        if (tally.unchecked > 0) {
          errors.push({ code: 'source-warning', level: 'warning', file: dataset.source, message: `${tally.unchecked} rows of ${dataset.name} have no ${request.subject} or no readable ${request.time}; they were not checked against the consent log` });
        }
      } catch (error) {
        errors.push(failure(dataset.source, doing, error));
      }
    }
    for (const { request, dataset } of plan.groups) {
      const input = inputs.get(dataset.source);
      if (!input) continue;
      try {
        const database = isPostgres(input) && pg !== undefined;
        const tally = database ? await pg.groupsInPostgres(await session(input.url!), request) : await countGroups(rowBatches(input, dataset.name), request);
        const count: GroupCount = { dataset: dataset.name, source: dataset.source, ...tally, countedBy: database ? 'database' : 'stream' };
        counts.groups.push(count);
      } catch (error) {
        errors.push(failure(dataset.source, `counting the subjects per group of ${dataset.name}`, error));
      }
    }
  } finally {
    for (const s of sessions.values()) await s.then((open) => open.session.close(), () => undefined);
  }
  return { counts, errors };
}
