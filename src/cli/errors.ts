// Known error kinds print one line and exit 2; anything else is "unexpected" (stack with --debug).

export class UsageError extends Error {
  readonly code = 'usage-error';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

interface KnownError {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export function isKnownError(error: unknown): error is Error & KnownError {
  if (!(error instanceof Error)) return false;
  const code = (error as Partial<KnownError>).code;
  return typeof code === 'string' && code.endsWith('-error');
}

export function formatLocation(e: { file?: string; line?: number; column?: number }): string {
  if (!e.file) return '';
  return `${e.file}${e.line ? `:${e.line}` : ''}${e.line && e.column ? `:${e.column}` : ''}: `;
}
