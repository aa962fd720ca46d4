// Loads the optional package @duckdb/node-api on first use (Parquet files and DuckDB databases),
// so installs without it still scan everything else and say what to install when it is needed.

export type DuckdbModule = typeof import('@duckdb/node-api');
export type DuckdbInstance = Awaited<ReturnType<DuckdbModule['DuckDBInstance']['create']>>;
export type DuckdbConnection = Awaited<ReturnType<DuckdbInstance['connect']>>;

let loaded: Promise<DuckdbModule | undefined> | undefined;

/** The optional package, or undefined when it is not installed. */
export async function loadDuckdb(): Promise<DuckdbModule | undefined> {
  loaded ??= import('@duckdb/node-api').then(
    (module) => module,
    () => undefined,
  );
  return loaded;
}

/** DuckDB's message without its stack: the error class and the first line say enough ("IO Error: …"). */
export function describeDuckdbError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 200);
}
