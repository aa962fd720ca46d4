// Types for xlsx-writer.mjs, so the TypeScript tests write workbooks the way the fuzz script does.
export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** Pretend the part inflates to this many bytes (for refusal tests; the data is not that long). */
  declaredSize?: number;
}
/** A cell: a string (shared), a number, a boolean, or a date (written as a serial with a date style). */
export type XlsxCell = string | number | boolean | Date | null;
export declare function zip(parts: readonly ZipPart[]): Buffer;
export declare function workbookParts(sheets: Record<string, XlsxCell[][]>): ZipPart[];
export declare function workbook(sheets: Record<string, XlsxCell[][]>): Buffer;
