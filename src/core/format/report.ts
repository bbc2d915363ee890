import type { MetricsResult } from '../metrics/compute.js';
import { getMetric } from '../metrics/registry.js';
import type { Locale } from '../metrics/types.js';
import { toCsv, type CsvCell } from './csv.js';
import { periodLabel, previousLabel, PRORATED_TEXT, REASON_TEXT } from './messages.js';
import { formatDelta, formatValue } from './number.js';

// A metrics result as a flat table: what the CLI's csv and table formats print and what
// the elements' CSV downloads contain. One column set, so every export reads the same.

export const REPORT_COLUMNS = ['metric', 'label', 'value', 'unit', 'reason', 'n', 'previous', 'previous_basis', 'delta', 'target', 'target_expected', 'attainment', 'benchmark_position', 'benchmark_verdict', 'status'] as const;

export function reportRows(result: MetricsResult, locale: Locale = 'en'): CsvCell[][] {
  return Object.values(result.metrics).map((m) => [
    m.id,
    getMetric(m.id)?.label[locale] ?? m.id,
    m.value,
    m.unit,
    m.reason ?? '',
    m.n,
    m.previous?.value ?? null,
    m.previous?.basis ?? '',
    m.previous?.delta ?? null,
    m.target?.value ?? null,
    m.target?.expected ?? null,
    m.target?.attainment ?? null,
    m.benchmark?.position ?? '',
    m.benchmark?.verdict ?? '',
    m.status,
  ]);
}

export function reportCsv(result: MetricsResult, locale: Locale = 'en'): string {
  return toCsv(REPORT_COLUMNS, reportRows(result, locale));
}

/** A plain-text table for terminals, values formatted for the locale. */
export function reportTable(result: MetricsResult, locale: Locale = 'en'): string {
  const options = { locale, currency: result.currency };
  const header = ['Metric', 'Value', 'vs previous', 'Target', 'Expected by now', 'Status'];
  const rows = Object.values(result.metrics).map((m) => [
    getMetric(m.id)?.label[locale] ?? m.id,
    m.value === null ? `— (${REASON_TEXT[m.reason!][locale]})` : formatValue(m.value, m.unit, options),
    m.previous ? `${formatDelta(m.previous, m.unit, options)}${m.previous.basis === 'prorated' ? ` (${PRORATED_TEXT[locale]})` : ''}` : '',
    m.target ? formatValue(m.target.value, m.unit, options) : '',
    m.target?.expected !== undefined ? formatValue(m.target.expected, m.unit, options) : '',
    m.status,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  // While the period runs, the title names the window compared; a prorated delta says so.
  const running = Object.values(result.metrics).find((m) => m.previous?.basis === 'to-date')?.previous;
  const versus = running ? ` · ${previousLabel(running, locale)}` : '';
  const title = `${periodLabel(result.period, result.progress, locale)} · ${result.mode} mode${result.channel !== undefined ? ` · ${result.channel}` : ''}${versus}`;
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
