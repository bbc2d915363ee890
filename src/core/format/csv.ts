// RFC 4180 CSV for exports. Text from data (channel names, labels) is quoted, and a cell
// that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an
// apostrophe (OWASP's advice on CSV injection). Numbers are written raw, unrounded.

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(Object.is(cell, -0) ? 0 : cell) : '';
  if (typeof cell === 'boolean') return String(cell);
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
