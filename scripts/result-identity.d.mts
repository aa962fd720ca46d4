// Types of scripts/result-identity.mjs for the test that imports it.
/** A result with timings, start time and version dropped; the named roots and today's date replaced by placeholders. */
export declare function normalizeResult(value: unknown, roots?: Record<string, string | undefined>): unknown;
/** The first differences between two values, as `path: a ≠ b` lines. */
export declare function differences(a: unknown, b: unknown, at?: string, out?: string[], limit?: number): string[];
/** The differences between two folders of normalized results (empty when identical). */
export declare function compareFolders(dirA: string, dirB: string): string[];
