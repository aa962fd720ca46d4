// The counts of processing-after-withdrawal and aggregate-release computed inside MySQL or
// MariaDB, so no row and no key leaves the server: one aggregate query per request in the scan's
// read-only transaction (session time zone UTC). The SQL mirrors postgres-counts.ts without
// FILTER, which MySQL lacks. Times are compared as DATETIME: typed DATETIME/TIMESTAMP columns, or
// text MySQL can cast (a zone suffix in text is not applied).
import { SourceError, type ConsentJoinRequest, type GroupRequest } from '../../model/index.js';
import { connectMysql, type MysqlSession } from './mysql.js';
import { parseDatabaseUrl, quoteMysqlIdent, schemaList } from './shared.js';
import { judgedEventsSql } from './consent-join-sql.js';

/** A connection for counting, with the databases its URL scans. */
export interface MysqlCountingSession {
  session: MysqlSession;
  schemas: string[];
}

export async function openMysqlCountingSession(rawUrl: string): Promise<MysqlCountingSession> {
  const url = parseDatabaseUrl(rawUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  const schemas = schemaList(url).length > 0 ? schemaList(url) : database ? [database] : [];
  return { session: await connectMysql(rawUrl), schemas };
}

/** `db`.`table` of a dataset name (`table`, or `db.table` when the name was ambiguous). */
async function tableOf({ session, schemas }: MysqlCountingSession, dataset: string): Promise<string> {
  const dot = dataset.indexOf('.');
  const candidates = await session.rows<{ s: string; t: string }>(
    `SELECT TABLE_SCHEMA AS s, TABLE_NAME AS t FROM information_schema.TABLES
      WHERE TABLE_TYPE = 'BASE TABLE' AND ((TABLE_SCHEMA = ? AND TABLE_NAME = ?) OR TABLE_NAME = ?)
      ORDER BY (TABLE_SCHEMA = ? AND TABLE_NAME = ?) DESC, TABLE_SCHEMA`,
    [dot < 0 ? '' : dataset.slice(0, dot), dot < 0 ? '' : dataset.slice(dot + 1), dataset, dot < 0 ? '' : dataset.slice(0, dot), dot < 0 ? '' : dataset.slice(dot + 1)],
  );
  const row = candidates.find((c) => schemas.length === 0 || schemas.includes(c.s));
  if (!row) throw new SourceError(`table ${dataset} not found when counting`, session.location);
  return `${quoteMysqlIdent(row.s)}.${quoteMysqlIdent(row.t)}`;
}

/** Runs one counting query; a failure names the server's error code only (its message may quote a value). */
async function countQuery(session: MysqlSession, what: string, sql: string, params: unknown[]): Promise<Record<string, unknown>> {
  try {
    const [rows] = await session.connection.query({ sql, values: params, rowsAsArray: false });
    return (rows as Array<Record<string, unknown>>)[0];
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new SourceError(`${what} failed inside the database (${typeof code === 'string' ? code : 'unknown error'}; check that the time fields hold timestamps)`, session.location);
  }
}

const text = (column: string): string => `NULLIF(CAST(${quoteMysqlIdent(column)} AS CHAR), '')`;
const instant = (column: string): string => `CAST(${text(column)} AS DATETIME(6))`;

export async function consentJoinInMysql(counting: MysqlCountingSession, request: ConsentJoinRequest) {
  const [events, log] = [await tableOf(counting, request.dataset), await tableOf(counting, request.log)];
  const params: unknown[] = [];
  let scope = '';
  if (request.scope) {
    params.push(request.scope.value);
    scope = ` AND ${text(request.scope.field)} = ?`;
  }
  const granted = request.grantedAt === undefined ? 'CAST(NULL AS DATETIME(6))' : instant(request.grantedAt);
  const judged = judgedEventsSql({
    events, log, logSubject: text(request.logSubject), grantedAt: granted, withdrawnAt: instant(request.withdrawnAt),
    subject: text(request.subject), time: instant(request.time), scope,
  });
  const sql = `${judged}
    SELECT COALESCE(SUM(verdict = 'after'), 0) AS after_rows,
           COUNT(DISTINCT CASE WHEN verdict = 'after' THEN s END) AS after_subjects,
           COALESCE(SUM(verdict = 'without'), 0) AS without_rows,
           COUNT(DISTINCT CASE WHEN verdict = 'without' THEN s END) AS without_subjects,
           COALESCE(SUM(verdict = 'unchecked'), 0) AS unchecked
      FROM judged`;
  const r = await countQuery(counting.session, `joining ${request.dataset} with the consent log ${request.log}`, sql, params);
  return {
    afterWithdrawal: { rows: Number(r.after_rows), subjects: Number(r.after_subjects) },
    withoutConsent: { rows: Number(r.without_rows), subjects: Number(r.without_subjects) },
    unchecked: Number(r.unchecked),
  };
}

export async function groupsInMysql(counting: MysqlCountingSession, request: GroupRequest): Promise<{ groups: number; smallGroups: number; smallest: number }> {
  const table = await tableOf(counting, request.dataset);
  const groupBy = request.groupBy.map((f) => `COALESCE(${text(f)}, '')`).join(', ');
  const sql = `
    SELECT COUNT(*) AS \`groups\`, COALESCE(SUM(n < ?), 0) AS small, MIN(CASE WHEN n < ? THEN n END) AS smallest
      FROM (SELECT COUNT(DISTINCT ${text(request.subject)}) AS n FROM ${table}
             WHERE ${text(request.subject)} IS NOT NULL GROUP BY ${groupBy}) AS g`;
  const r = await countQuery(counting.session, `counting the subjects per group of ${request.dataset}`, sql, [request.k, request.k]);
  const small = Number(r.small);
  return { groups: Number(r.groups), smallGroups: small, smallest: small === 0 ? request.k : Number(r.smallest) };
}
