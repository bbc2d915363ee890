import type { CsvCell } from '../core/format/csv.js';

/** Rows of numbers and words, aligned for a terminal (numbers to 4 significant digits). */
export function textTable(header: string[], rows: CsvCell[][]): string {
  const cell = (v: CsvCell) => (typeof v === 'number' ? String(Number(v.toPrecision(4))) : (v ?? '—').toString());
  const text = rows.map((r) => r.map(cell));
  const widths = header.map((h, c) => Math.max(h.length, ...text.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...text.map(line)].join('\n') + '\n';
}
