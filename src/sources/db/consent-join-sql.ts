// The consent join both counting dialects (PostgreSQL, MySQL/MariaDB) run: each event row judged
// against its subject's consent log as covered, after a withdrawal, without any consent, or
// unchecked (no subject or time). Only the expressions and the final tally differ by dialect.

export interface ConsentJoinParts {
  events: string;
  log: string;
  /** Column expressions, already quoted and cast by the dialect. */
  logSubject: string;
  grantedAt: string;
  withdrawnAt: string;
  subject: string;
  time: string;
  /** ` AND <scope field> = <placeholder>`, or ''. */
  scope: string;
}

/** The `WITH … judged AS (…)` part: one row per event with its subject `s` and its `verdict`. */
export function judgedEventsSql(p: ConsentJoinParts): string {
  return `
    WITH log AS (
      SELECT ${p.logSubject} AS s, ${p.grantedAt} AS g, ${p.withdrawnAt} AS w
        FROM ${p.log} WHERE ${p.logSubject} IS NOT NULL${p.scope}
    ), ev AS (
      SELECT ${p.subject} AS s, ${p.time} AS t FROM ${p.events}
    ), judged AS (
      SELECT ev.s, CASE
        WHEN ev.s IS NULL OR ev.t IS NULL THEN 'unchecked'
        WHEN EXISTS (SELECT 1 FROM log WHERE log.s = ev.s AND (log.g IS NULL OR log.g <= ev.t) AND (log.w IS NULL OR ev.t < log.w)) THEN 'covered'
        WHEN EXISTS (SELECT 1 FROM log WHERE log.s = ev.s AND log.w <= ev.t) THEN 'after'
        ELSE 'without' END AS verdict
      FROM ev
    )`;
}
