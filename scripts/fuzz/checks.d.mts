// Types for checks.mjs, so the TypeScript tests can call the fuzz script's verdicts.
export declare const EXPECTED_EXIT_CODES: number[];
export declare function crashReason(run: { code: number | null; signal: string | null; stderr: string }): string | undefined;
export declare function valueForms(value: string): string[];
export interface Leak {
  output: string;
  value: string;
  form: string;
}
export declare function findLeaks(outputs: ReadonlyArray<{ name: string; text: string }>, values: readonly string[]): Leak[];
export declare function lostFiles(
  result: { sources?: Array<{ path: string }>; datasets?: Array<{ source: string }>; errors?: Array<{ file?: string }> },
  files: readonly string[],
): string[];
