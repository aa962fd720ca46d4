// The progress line shown on a terminal while inputs stream: bytes read of the file's size, rows,
// and an estimated time left. Pure text and timing arithmetic; the caller decides where it goes.
import { visibleControls } from '../util/escape.js';

/** One input's progress as the sources report it. */
export interface InputProgress {
  /** How the input is named in messages. */
  label: string;
  /** Rows read so far. */
  rows: number;
  /** Bytes consumed so far (0 for databases, which report rows only). */
  bytes: number;
  /** The file's size when known; no percentage or ETA without it. */
  totalBytes?: number | undefined;
}

/** Shown only on a terminal and without --quiet: logs and pipes get no progress noise. */
export function showsProgress(options: { quiet?: boolean; isTTY?: boolean }): boolean {
  return options.quiet !== true && options.isTTY === true;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** Decimal units (1 MB = 10^6 bytes), as disks and `ls -lh --si` count. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${UNITS[unit]}`;
}

/** `45 s`, `3 min 20 s`, `1 h 05 min`. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * Time left, extrapolating the average rate so far; undefined until there is enough to go on
 * (1 % of the file and one second), or when the size is unknown or already passed.
 */
export function estimateRemainingMs(bytes: number, totalBytes: number | undefined, elapsedMs: number): number | undefined {
  if (totalBytes === undefined || totalBytes <= 0 || bytes <= 0 || bytes >= totalBytes) return undefined;
  if (bytes < totalBytes / 100 || elapsedMs < 1000) return undefined;
  return (elapsedMs * (totalBytes - bytes)) / bytes;
}

/** `customers.csv: 512 MB of 1.0 GB (51%) · 3,330,000 rows · about 12 s left`. */
export function formatProgress(progress: InputProgress, elapsedMs: number): string {
  const { label, rows, bytes, totalBytes } = progress;
  const parts: string[] = [];
  if (bytes > 0 && totalBytes !== undefined && totalBytes > 0) {
    const percent = Math.min(100, Math.floor((100 * bytes) / totalBytes));
    parts.push(`${formatBytes(bytes)} of ${formatBytes(totalBytes)} (${percent}%)`);
  } else if (bytes > 0) parts.push(formatBytes(bytes));
  parts.push(`${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'}`);
  const remaining = estimateRemainingMs(bytes, totalBytes, elapsedMs);
  // Rounded to whole seconds, the last half second read 'about 0 s left'.
  if (remaining !== undefined) parts.push(remaining < 500 ? 'almost done' : `about ${formatDuration(remaining)} left`);
  // The label is a file name: a control character in it would act on the terminal.
  return `${visibleControls(label)}: ${parts.join(' · ')}`;
}

/** Redraws at most this often: a terminal cannot show more, and each redraw costs. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Remembers when each input started (inputs run in parallel with --jobs) and throttles redraws:
 * `update` returns the line to show, or undefined when it is too soon to redraw.
 */
export class ProgressTracker {
  private readonly started = new Map<string, number>();
  private lastDrawn = -Infinity;

  constructor(private readonly intervalMs = PROGRESS_INTERVAL_MS) {}

  update(progress: InputProgress, nowMs: number): string | undefined {
    let started = this.started.get(progress.label);
    if (started === undefined) this.started.set(progress.label, (started = nowMs));
    if (nowMs - this.lastDrawn < this.intervalMs) return undefined;
    this.lastDrawn = nowMs;
    return formatProgress(progress, nowMs - started);
  }
}
