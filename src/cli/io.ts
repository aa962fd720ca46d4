// The world as the CLI sees it: injected so tests run `main` in-process with fake streams.

export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Injected clock for deterministic dates in results. */
  now(): Date;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, now: () => new Date() };
}
