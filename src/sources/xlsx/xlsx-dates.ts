// Which cell styles of a workbook show dates: Excel stores a date as a serial day number and only
// the cell's number format says it is one (ECMA-376 Part 1 §18.8.30 numFmt; built-in formats
// 14–22 and 45–47 are dates and times, §18.8.30's table). Dates become ISO strings so the
// profiler sees them as it sees a CSV's dates.

type ReadPart = (part: string, handlers: { open?(name: string, attributes: Record<string, string>): void; close?(name: string): void }) => Promise<void>;

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A custom format code shows a date when it has a day, month, year, hour or second token outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** Style indexes (the `s` attribute of a cell) whose number format is a date or time. */
export async function dateStyles(read: ReadPart): Promise<Set<number>> {
  const customDates = new Set<number>();
  const styles = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  await read('xl/styles.xml', {
    open: (name, attributes) => {
      if (name === 'numFmt' && attributes.formatCode !== undefined && isDateFormat(attributes.formatCode)) customDates.add(Number(attributes.numFmtId));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const format = Number(attributes.numFmtId ?? 0);
        if (BUILT_IN_DATE_FORMATS.has(format) || customDates.has(format)) styles.add(index);
        index++;
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** Excel's 1900 date system: serial 25569 is 1970-01-01 (serials below 61 carry Excel's leap-year bug, ignored here). */
export function excelDate(serial: number): string | undefined {
  if (serial < 1 || serial > 2_958_465) return undefined; // 9999-12-31
  const ms = Math.round((serial - 25569) * 86_400_000);
  const iso = new Date(ms).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19);
}
