// US Social Security number assignment rules (ssa.gov/employer/randomization.html; SSA POMS
// RM 10201.035): areas 000, 666 and 900-999, group 00 and serial 0000 are never assigned.

/** SSNs printed in advertising and then misused as real ones (SSA, "Misuse of SSNs"). */
const ADVERTISING_NUMBERS = new Set([78051120, 219099999]);

/** True when area-group-serial could be an assigned SSN. */
export function isAssignableSsn(area: number, group: number, serial: number): boolean {
  if (area === 0 || area === 666 || area >= 900 || group === 0 || serial === 0) return false;
  return !ADVERTISING_NUMBERS.has(area * 1000000 + group * 10000 + serial);
}
