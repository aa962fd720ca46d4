// The workbook writer the tests share with the fuzz script (scripts/xlsx-writer.mjs).
export { workbook, workbookParts, zip, type XlsxCell, type ZipPart } from '../../scripts/xlsx-writer.mjs';
