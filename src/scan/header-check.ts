// The CSV header check by value detectors, handed to the CSV source (which does not know the
// detectors). Loaded on first use: a worker that reads byte ranges of a file never loads the
// detectors for it, and a scan without CSV files never loads them for this.

export async function headerCellsAreValues(cells: readonly string[]): Promise<boolean> {
  const { headerCellsAreValues: check } = await import('../detectors/header-values.js');
  return check(cells);
}
