import type { MetricPoint, Reason, Unit } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import type { RenderContext } from '../views/render-context.js';
import type { ChartFields } from './fields.js';

/**
 * One row of the table a <kpi-chart> spec draws (long, tidy: one value per row), as the
 * README's "Your own chart" documents it. Values come from the core's series
 * (metricOverPeriods, metricByChannel, metricForChannels): no formula is written here.
 */
export interface ChartRow {
  /** The period's key ("2026-03"), oldest first. */
  period: string;
  /** The period as the elements name it ("2026-03 to date (day 18 of 31)" while it runs). */
  periodLabel: string;
  /** Whether the period is still running: its value is to date. */
  toDate: boolean;
  /** With `by`: the member ("Unassigned" for data without one, "N others" for the rest past the 20 with the most leads). */
  member?: string;
  /** The catalogue metric's id, its label in the page's language, and its unit. */
  metric: string;
  metricLabel: string;
  unit: Unit;
  /** The value (a rate as a fraction); null when it cannot be computed, with the reason. */
  value: number | null;
  reason?: Reason;
}

/** The table of the element's fields, in the element's view, up to its period. */
export function chartTable(ctx: RenderContext, fields: Required<Omit<ChartFields, 'by'>> & Pick<ChartFields, 'by'>, metricLabel: (id: string) => string): ChartRow[] {
  const kit = core();
  const { dataset, result, locale } = ctx;
  const where = result.where;
  const base = { mode: result.mode, ...(where && { where }) };
  const row = (p: MetricPoint, metric: string, member?: string): ChartRow => ({
    period: p.period,
    periodLabel: kit.periodLabel(p.period, p.progress, locale),
    toDate: p.progress !== undefined,
    ...(member !== undefined && { member }),
    metric,
    metricLabel: metricLabel(metric),
    unit: kit.getMetric(metric)!.unit,
    value: p.value,
    ...(p.reason && { reason: p.reason }),
  });
  const series = fields.metrics.map((metric) => ({ metric, points: kit.metricOverPeriods(dataset, result.interval, { ...base, metric }, fields.periods) }));
  if (!fields.by) return series.flatMap(({ metric, points }) => points.map((p) => row(p, metric)));

  const by = fields.by;
  const { shown, rest } = kit.foldMembers(kit.rankedMembers(dataset, result.interval, result.mode, { by, ...(where && { where }) }));
  const restLabel = by === 'channel' ? ctx.t.otherChannels(rest.length) : ctx.t.others(rest.length);
  const rows: ChartRow[] = [];
  for (const p of series[0]!.points) {
    const period = kit.parsePeriod(p.period)!;
    for (const metric of fields.metrics) {
      const query = { ...base, by, metric };
      kit.metricByChannel(dataset, period, query, shown).forEach((point, i) => rows.push(row(point, metric, kit.memberLabel(ctx, shown[i]!))));
      if (rest.length > 0) rows.push(row(kit.metricForChannels(dataset, period, query, rest), metric, restLabel));
    }
  }
  return rows;
}
