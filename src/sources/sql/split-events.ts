// What the SQL statement splitter hands on: statements, COPY data lines, and its one error.

export type SplitEvent =
  /** `backslashEscapes`: whether '…' strings in this statement use backslash escapes. */
  | { type: 'statement'; text: string; line: number; column: number; backslashEscapes: boolean }
  /** Data lines of the COPY block opened by the previous statement (without their line breaks). */
  | { type: 'copy-data'; lines: string[]; line: number }
  | { type: 'copy-end'; line: number };

/** A split failure at end of input (unterminated string, comment, statement or COPY block). */
export class SplitError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** Complete statements read before the failure, still to be handled. */
    readonly pending: SplitEvent[] = [],
  ) {
    super(message);
    this.name = 'SplitError';
  }
}

/**
 * Multi-row INSERTs longer than this are handed on in pieces, cut after a complete tuple, so a
 * dump written as one giant INSERT still streams in bounded memory.
 */
export const INSERT_PIECE_CHARS = 1 << 20;
