// Whether the cells of a CSV's first row are values rather than column names: a headerless
// export of people starts with a person's record, and taking it for a header prints that
// person's name, e-mail or phone as field names in every report (issue 26). The shape checks of
// the CSV sniffer cannot know names; the value detectors can.
import type { ValueDetector } from '../model/index.js';
import { valueDetectors } from './index.js';

/** Detectors whose match on a single short cell is specific enough to call it a value. */
const IDENTIFYING = new Set(['email', 'phone', 'person-name', 'ipv4', 'ipv6', 'iban', 'card-number', 'us-ssn', 'uk-nino', 'mac-address', 'jwt', 'date-of-birth']);
const detectors: readonly ValueDetector[] = valueDetectors.filter((d) => IDENTIFYING.has(d.id));

/** True when at least half of the non-empty cells are matched by an identifying value detector. */
export function headerCellsAreValues(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '' && c.length <= 200);
  if (filled.length === 0) return false;
  let values = 0;
  for (const cell of filled) {
    if (detectors.some((d) => (d.prefilter?.(cell) ?? true) && d.match(cell) !== undefined)) values++;
  }
  return values * 2 >= filled.length;
}
