import type { CsvCell, Dataset, Locale, MetricsResult, Unit } from '../../core/kit.js';
import type { Messages } from '../i18n/en.js';

/** What an element's render methods get: the computed numbers and the words to show them with. */
export interface RenderContext {
  result: MetricsResult;
  dataset: Dataset;
  locale: Locale;
  t: Messages;
  /** The period as every element names it: "2026-03", or "2026-03 to date (day 18 of 31)" while it runs. */
  periodText: string;
  /** A metric value in its unit, formatted for the locale and currency; null as "—". */
  format(value: number | null, unit: Unit, compact?: boolean): string;
}

/**
 * One cell of an element's table: words as they are; a number in its unit (formatted for
 * the locale on screen, raw in the CSV); or a raw value for the CSV with its text for the
 * screen. Empty (null) cells show "—".
 */
export type TableCell = string | null | { value: number | null; unit: Unit } | { raw: CsvCell; text: string };

/** The numbers an element shows, as a table: its "view as table" and its CSV. */
export interface TableData {
  caption: string;
  columns: string[];
  /** The first cell of each row heads it; columns holding numbers are right-aligned. */
  rows: TableCell[][];
}
