// The counts of processing-after-withdrawal and aggregate-release computed inside PostgreSQL,
// so no row and no key leaves the database: one aggregate query per request, in the scan's
// read-only transaction. The SQL mirrors src/scan/subject-counts/stream-counts.ts.
import { SourceError, type ConsentJoinRequest, type GroupRequest } from '../../model/index.js';
import { connectPostgres, type PostgresSession } from './postgres.js';
import { parseDatabaseUrl, quoteIdent, schemaList } from './shared.js';
import { judgedEventsSql } from './consent-join-sql.js';

/**
 * `schema.table` of a dataset name (`table`, or `schema.table` when the name was ambiguous),
 * looked up among the schemas the URL scans (`?schema=`), as the scan listed them.
 */
async function tableOf(session: PostgresSession, dataset: string, schemas: readonly string[]): Promise<string> {
  const dot = dataset.indexOf('.');
  const found = await session.query<{ schema: string; table: string }>(
    `SELECT n.nspname AS schema, c.relname AS table FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
        AND ((n.nspname = $1 AND c.relname = $2) OR c.relname = $3)
        AND (cardinality($4::text[]) = 0 OR n.nspname = ANY($4::text[]))
      ORDER BY (n.nspname = $1 AND c.relname = $2) DESC, n.nspname = 'public' DESC, n.nspname LIMIT 1`,
    [dot < 0 ? '' : dataset.slice(0, dot), dot < 0 ? '' : dataset.slice(dot + 1), dataset, schemas],
  );
  const row = found.rows[0];
  if (!row) throw new SourceError(`table ${dataset} not found when counting`, session.location);
  return `${quoteIdent(row.schema)}.${quoteIdent(row.table)}`;
}

/**
 * Runs one counting query. A failure names the SQLSTATE only: PostgreSQL's message for a bad
 * cast quotes the value (`invalid input syntax for type timestamp: "…"`).
 */
async function countQuery<R extends Record<string, unknown>>(session: PostgresSession, what: string, sql: string, params: unknown[]): Promise<R> {
  return session.guarded(async () => {
    try {
      return (await session.query<R>(sql, params)).rows[0];
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw new SourceError(`${what} failed inside the database (SQLSTATE ${typeof code === 'string' ? code : 'unknown'}; check that the time fields hold timestamps)`, session.location);
    }
  });
}

/** A column as text, empty text as NULL: CSV loaded as text and typed columns compare alike. */
const text = (column: string): string => `NULLIF(${quoteIdent(column)}::text, '')`;
const instant = (column: string): string => `${text(column)}::timestamptz`;

export interface PgConsentTally {
  afterWithdrawal: { rows: number; subjects: number };
  withoutConsent: { rows: number; subjects: number };
  unchecked: number;
}

/** A connection for counting, with the schemas its URL scans. */
export interface CountingSession {
  session: PostgresSession;
  schemas: string[];
}

export async function openCountingSession(url: string): Promise<CountingSession> {
  return { session: await connectPostgres(url), schemas: schemaList(parseDatabaseUrl(url)) };
}

export async function consentJoinInPostgres({ session, schemas }: CountingSession, request: ConsentJoinRequest): Promise<PgConsentTally> {
  const [events, log] = [await tableOf(session, request.dataset, schemas), await tableOf(session, request.log, schemas)];
  const params: unknown[] = [];
  let scope = '';
  if (request.scope) {
    params.push(request.scope.value);
    scope = ` AND ${text(request.scope.field)} = $1`;
  }
  const granted = request.grantedAt === undefined ? 'NULL::timestamptz' : instant(request.grantedAt);
  const judged = judgedEventsSql({
    events, log, logSubject: text(request.logSubject), grantedAt: granted, withdrawnAt: instant(request.withdrawnAt),
    subject: text(request.subject), time: instant(request.time), scope,
  });
  const sql = `${judged}
    SELECT count(*) FILTER (WHERE verdict = 'after') AS after_rows,
           count(DISTINCT s) FILTER (WHERE verdict = 'after') AS after_subjects,
           count(*) FILTER (WHERE verdict = 'without') AS without_rows,
           count(DISTINCT s) FILTER (WHERE verdict = 'without') AS without_subjects,
           count(*) FILTER (WHERE verdict = 'unchecked') AS unchecked
      FROM judged`;
  const r = await countQuery<Record<string, string>>(session, `joining ${request.dataset} with the consent log ${request.log}`, sql, params);
  return {
    afterWithdrawal: { rows: Number(r.after_rows), subjects: Number(r.after_subjects) },
    withoutConsent: { rows: Number(r.without_rows), subjects: Number(r.without_subjects) },
    unchecked: Number(r.unchecked),
  };
}

export async function groupsInPostgres({ session, schemas }: CountingSession, request: GroupRequest): Promise<{ groups: number; smallGroups: number; smallest: number }> {
  const table = await tableOf(session, request.dataset, schemas);
  const groupBy = request.groupBy.map((f) => `coalesce(${text(f)}, '')`).join(', ');
  const sql = `
    SELECT count(*) AS groups, count(*) FILTER (WHERE n < $1) AS small, min(n) FILTER (WHERE n < $1) AS smallest
      FROM (SELECT count(DISTINCT ${text(request.subject)}) AS n FROM ${table}
             WHERE ${text(request.subject)} IS NOT NULL GROUP BY ${groupBy}) AS g`;
  const r = await countQuery<Record<string, string | null>>(session, `counting the subjects per group of ${request.dataset}`, sql, [request.k]);
  const small = Number(r.small);
  return { groups: Number(r.groups), smallGroups: small, smallest: small === 0 ? request.k : Number(r.smallest) };
}

