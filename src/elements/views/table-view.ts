import { html, type TemplateResult } from 'lit';
import type { CsvCell, Unit } from '../../core/kit.js';
import { NO_VALUE } from '../../core/format/number.js';
import type { TableCell, TableData } from './render-context.js';

// An element's numbers as a table ("View as table") and as CSV rows: the same cells, raw in
// the CSV, formatted on screen, so every element's table reads the same.

/** A cell as the CSV has it: raw. */
function rawOf(cell: TableCell): CsvCell {
  return cell === null || typeof cell === 'string' ? cell : 'unit' in cell ? cell.value : cell.raw;
}

/** Whether a cell holds a number (its column is right-aligned). */
const isNumeric = (cell: TableCell | undefined) => cell !== null && cell !== undefined && typeof cell === 'object' && ('unit' in cell || typeof cell.raw === 'number');

/** The table's rows as the CSV has them. */
export function csvRows(table: TableData): CsvCell[][] {
  return table.rows.map((row) => row.map(rawOf));
}

/** The table on screen, each number formatted in its unit; the first cell of a row heads it. */
export function renderTable(table: TableData, format: (value: number | null, unit: Unit) => string): TemplateResult {
  const textOf = (cell: TableCell): string => (cell === null ? NO_VALUE : typeof cell === 'string' ? cell : 'unit' in cell ? format(cell.value, cell.unit) : cell.text);
  const align = table.columns.map((_, i) => (table.rows.some((row) => isNumeric(row[i])) ? 'num' : ''));
  // A wide table scrolls in its own box, never the page; the box takes the keyboard (it holds nothing focusable) and is named by the caption.
  return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="table-caption"><table part="table">
    <caption id="table-caption">${table.caption}</caption>
    <thead>
      <tr>${table.columns.map((c, i) => html`<th scope="col" class=${align[i]!}>${c}</th>`)}</tr>
    </thead>
    <tbody>
      ${table.rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${textOf(cell)}</th>` : html`<td class=${align[i]!}>${textOf(cell)}</td>`))}</tr>`)}
    </tbody>
  </table></div>`;
}
