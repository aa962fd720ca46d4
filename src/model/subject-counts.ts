// What the personalization rules need counted over every row before they run (issue 24): the
// join of a purpose's dataset with its consent log, and the distinct subjects per released group.
// The scan plans these from the purpose map; a database source answers them in SQL, files are
// streamed. Only counts come back, never a key.

/** Join of one dataset of a consent-based purpose with the purpose's consent log. */
export interface ConsentJoinRequest {
  purpose: string;
  /** Dataset whose rows are checked, its subject key field and its row time field. */
  dataset: string;
  subject: string;
  time: string;
  /** The consent log dataset and its fields. */
  log: string;
  logSubject: string;
  grantedAt?: string;
  withdrawnAt: string;
  /** Only log rows whose `field` holds `value` count. */
  scope?: { field: string; value: string };
}

/** Distinct subjects per group of a dataset released as an aggregate. */
export interface GroupRequest {
  dataset: string;
  subject: string;
  groupBy: string[];
  k: number;
}
