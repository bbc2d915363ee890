import type { Locale } from '../metrics/types.js';

// RFC 4180 CSV for exports. Text from data (channel names, labels) is quoted when it holds a
// separator (either one: the file may be opened with `,` or `;`), a quote or a line break,
// and a cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR or NUL first) is
// prefixed with an apostrophe (OWASP's advice on CSV injection). Numbers are written
// unrounded.

export type CsvCell = string | number | boolean | null | undefined;

/** How a spreadsheet of a locale reads CSV: pt-BR and es use `;` between cells and a decimal comma. */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
}

export const CSV_DIALECT: Record<Locale, CsvDialect> = {
  en: { separator: ',', decimal: '.' },
  'pt-BR': { separator: ';', decimal: ',' },
  es: { separator: ';', decimal: ',' },
};

const FORMULA_START = /^[=+\-@\t\r\0]/;
const NEEDS_QUOTES = /[",;\r\n]/;

export function csvCell(cell: CsvCell, dialect: CsvDialect = CSV_DIALECT.en): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const text = String(cell); // "0" for -0 too
    return dialect.decimal === ',' ? text.replace('.', ',') : text;
  }
  if (typeof cell === 'boolean') return String(cell);
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file: the header, then the rows; `,` and `.` unless a dialect says otherwise. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>, dialect: CsvDialect = CSV_DIALECT.en): string {
  return [header, ...rows].map((row) => row.map((cell) => csvCell(cell, dialect)).join(dialect.separator)).join('\r\n') + '\r\n';
}
