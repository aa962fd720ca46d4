// Reference rows of the benchmark (issue 27): DuckDB reading the same CSV, `count(*)` (how fast
// an engine can merely read it) and `SUMMARIZE` (per-column min, max, distinct estimate, nulls,
// quantiles: the closest engine counterpart of a default datamin scan). An in-memory database,
// DuckDB's default threads (every core). Prints `rows=N` as the other cases do.
// Usage: node scripts/bench-duckdb.mjs <file.csv> count|summarize
// Needs the optional package @duckdb/node-api; exits 3 with a note when it is not installed.
const [file, query] = process.argv.slice(2);
if (!file || (query !== 'count' && query !== 'summarize')) {
  console.error('usage: node scripts/bench-duckdb.mjs <file.csv> count|summarize');
  process.exit(2);
}
let duckdb;
try {
  duckdb = await import('@duckdb/node-api');
} catch {
  console.error('bench-duckdb: @duckdb/node-api is not installed (an optional dependency); DuckDB rows skipped');
  process.exit(3);
}
const instance = await duckdb.DuckDBInstance.create(':memory:');
const connection = await instance.connect();
// A single-quoted SQL string literal: quotes doubled.
const source = `read_csv('${file.replace(/'/g, "''")}')`;
let rows;
if (query === 'count') {
  rows = Number((await connection.runAndReadAll(`SELECT count(*) FROM ${source}`)).getRowsJson()[0][0]);
} else {
  const result = await connection.runAndReadAll(`SUMMARIZE SELECT * FROM ${source}`);
  const names = result.columnNames();
  const summary = result.getRowsJson();
  // SUMMARIZE gives one row per column, each with the column's `count` (every row).
  rows = Number(summary[0]?.[names.indexOf('count')] ?? 0);
}
connection.closeSync();
instance.closeSync();
console.log(`rows=${rows}`);
