// The world as the CLI sees it: injected so tests run `main` in-process with fake streams.
import { visibleControls } from '../util/escape.js';

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

/**
 * Writes one line of a message: everything in it that came from a file, a field name or an
 * argument has its control characters shown as escapes (`\x1b`), so no message can send escape
 * sequences to the terminal or fake another line. Every diagnostic line goes through here.
 */
export function printLine(stream: OutStream, text: string): void {
  stream.write(`${visibleControls(text)}\n`);
}

/** Text of several lines (commander's usage errors): each line made safe, the line breaks kept. */
export function safeLines(text: string): string {
  return text.split('\n').map(visibleControls).join('\n');
}
