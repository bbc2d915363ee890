import type { MetricsResult } from '../metrics/compute.js';
import type { SplitResult } from '../metrics/members.js';
import { getMetric } from '../metrics/registry.js';
import { SCORECARD_METRICS } from '../metrics/scorecard.js';
import type { Locale } from '../metrics/types.js';
import { toCsv, type CsvCell } from './csv.js';
import { metricLabel } from './stage-names.js';
import { periodLabel, previousLabel, PRORATED_TEXT, REASON_TEXT, SLA_STATUS_TEXT, statusText } from './messages.js';
import { formatDelta, formatPercent, formatValue } from './number.js';

// A metrics result as a flat table: what the CLI's csv and table formats print and what
// the elements' CSV downloads contain. One column set, so every export reads the same.

export const REPORT_COLUMNS = ['metric', 'label', 'value', 'unit', 'reason', 'n', 'previous', 'previous_basis', 'delta', 'target', 'target_expected', 'attainment', 'benchmark_position', 'benchmark_verdict', 'status'] as const;

export function reportRows(result: MetricsResult, locale: Locale = 'en'): CsvCell[][] {
  return Object.values(result.metrics).map((m) => [
    m.id,
    metricLabel(m.id, locale, result.stageLabels),
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

/** The terminal tables' own words, in each language (`--lang`). */
const TABLE_WORDS = {
  en: { header: ['Metric', 'Value', 'vs previous', 'Target', 'Expected by now', 'Status'], slaHeader: ['SLA', 'Actual', 'Target', 'Attainment', 'Status'], mode: { period: 'period mode', cohort: 'cohort mode' }, by: 'by', total: 'Total' },
  'pt-BR': { header: ['Métrica', 'Valor', 'vs anterior', 'Meta', 'Esperado até agora', 'Status'], slaHeader: ['SLA', 'Realizado', 'Meta', 'Atingimento', 'Status'], mode: { period: 'modo período', cohort: 'modo coorte' }, by: 'por', total: 'Total' },
  es: { header: ['Métrica', 'Valor', 'vs anterior', 'Meta', 'Esperado a la fecha', 'Estado'], slaHeader: ['SLA', 'Real', 'Meta', 'Cumplimiento', 'Estado'], mode: { period: 'modo período', cohort: 'modo cohorte' }, by: 'por', total: 'Total' },
} as const;

/** A plain-text table for terminals, values formatted and words in the locale. */
export function reportTable(result: MetricsResult, locale: Locale = 'en'): string {
  const options = { locale, currency: result.currency };
  const words = TABLE_WORDS[locale];
  const rows = Object.values(result.metrics).map((m) => [
    metricLabel(m.id, locale, result.stageLabels),
    m.value === null ? `— (${REASON_TEXT[m.reason!][locale]})` : formatValue(m.value, m.unit, options),
    m.previous ? `${formatDelta(m.previous, m.unit, options)}${m.previous.basis === 'prorated' ? ` (${PRORATED_TEXT[locale]})` : ''}` : '',
    m.target ? formatValue(m.target.value, m.unit, options) : '',
    m.target?.expected !== undefined ? formatValue(m.target.expected, m.unit, options) : '',
    statusText(m, locale),
  ]);
  // While the period runs, the title names the window compared; a prorated delta says so.
  const running = Object.values(result.metrics).find((m) => m.previous?.basis === 'to-date')?.previous;
  const versus = running ? ` · ${previousLabel(running, locale)}` : '';
  const title = `${periodLabel(result.period, result.progress, locale)} · ${words.mode[result.mode]}${result.channel !== undefined ? ` · ${result.channel}` : ''}${versus}`;
  return [title, ...aligned(words.header, rows), ...slaLines(result, locale)].join('\n') + '\n';
}

/** A header and its rows in columns, with the rule under the header. */
function aligned(header: readonly string[], rows: readonly string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The dataset's SLAs after the metrics, each named as its gauge names it (all of the data: SLAs bind whole teams). */
function slaLines(result: MetricsResult, locale: Locale): string[] {
  if (result.slas.length === 0) return [];
  const options = { locale, currency: result.currency };
  const rows = result.slas.map((s) => {
    // A response or acceptance SLA is a share of MQLs; another is in its metric's unit (the contract holds it to a catalogue metric).
    const unit = s.metric === undefined ? 'rate' : getMetric(s.metric)!.unit;
    return [
      s.labels?.[locale] ?? s.label ?? s.id,
      s.actual === null ? `— (${REASON_TEXT[s.reason ?? 'no-data'][locale]})` : formatValue(s.actual, unit, options),
      formatValue(s.target, unit, options),
      s.attainment === null ? '—' : formatPercent(s.attainment, options),
      SLA_STATUS_TEXT[s.status][locale],
    ];
  });
  return ['', ...aligned(TABLE_WORDS[locale].slaHeader, rows)];
}

/** What a member without a value of `by` is called in exports and tables. */
export const UNASSIGNED_TEXT = { en: '(unassigned)', 'pt-BR': '(não atribuído)', es: '(sin asignar)' } as const;

const memberName = (value: string | null, locale: Locale) => value ?? UNASSIGNED_TEXT[locale];

/** A view split by a dimension as CSV: one row per member (then the total), one column per metric's value. */
export function reportByCsv(split: SplitResult, locale: Locale = 'en'): string {
  const ids = Object.keys(split.total.metrics);
  const rows: CsvCell[][] = [...split.members.map((m) => ({ name: memberName(m.value, locale), result: m.result })), { name: 'total', result: split.total }].map(({ name, result }) => [name, ...ids.map((id) => result.metrics[id]!.value)]);
  return toCsv([split.by, ...ids], rows);
}

/** A view split by a dimension for terminals: one row per member (then the total), the scorecard's metrics formatted. */
export function reportByTable(split: SplitResult, locale: Locale = 'en'): string {
  const options = { locale, currency: split.total.currency };
  const words = TABLE_WORDS[locale];
  const header = [split.by, ...SCORECARD_METRICS.map((id) => metricLabel(id, locale, split.total.stageLabels))];
  const rows = [...split.members.map((m) => ({ name: memberName(m.value, locale), result: m.result })), { name: words.total, result: split.total }].map(({ name, result }) => [
    name,
    ...SCORECARD_METRICS.map((id) => {
      const m = result.metrics[id]!;
      return m.value === null ? '—' : formatValue(m.value, m.unit, options);
    }),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  const title = `${periodLabel(split.total.period, split.total.progress, locale)} · ${words.mode[split.total.mode]} · ${words.by} ${split.by}`;
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
