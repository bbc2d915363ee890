import type { BreakdownRow } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import type { ChartInput } from '../charts/chart-controller.js';
import { d3Format } from '../charts/d3-format.js';
import { KpiChartElement } from '../charts/kpi-chart-element.js';
import { SingleMetric } from '../base/single-metric.js';
import type { RenderContext, TableData } from '../views/render-context.js';
import { messagesFor } from '../lazy/messages.js';
import { selectDetail, type KpiSelectDetail } from '../contract/events.js';

/**
 * A metric by channel (CAC by channel, MQLs by channel…), largest first. Channels where
 * the metric cannot be computed are listed in the text, not drawn as zero. At most 20
 * bars: beyond that the rest are one "other" bar, computed from their summed facts (so a
 * rate of the rest is a true rate); the table and the CSV keep every channel.
 *
 * @summary A metric by channel.
 * @tag kpi-breakdown
 * @fires {KpiSelectEvent} kpi-select - A channel's bar was clicked: detail.channel, metric and period (the "other channels" bar selects nothing).
 */
export class KpiBreakdown extends SingleMetric(KpiChartElement) {
  protected override heading(): string {
    // The same title while loading as once loaded ("MQLs · channel", never "MQLs ·").
    const label = this.metricLabel(this.metric);
    return label && `${label} · ${(messagesFor(this.locale)?.channel.toLowerCase() ?? '')}`;
  }

  #sorted: { result: object; metric: string; rows: Array<{ channel: string; value: number | null }> } | undefined;

  /** Every channel, largest first (channels without a value last); once per result, since 50,000 channels are possible. */
  #rows(ctx: RenderContext): Array<{ channel: string; value: number | null }> {
    if (this.#sorted?.result !== ctx.result || this.#sorted.metric !== this.metric) {
      const rows = core().metricByChannel(ctx.dataset, ctx.result.interval, { metric: this.metric, mode: ctx.result.mode }, core().channelsOf(ctx.dataset)).map((p) => ({ channel: p.channel!, value: p.value }));
      this.#sorted = { result: ctx.result, metric: this.metric, rows: rows.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity)) };
    }
    return this.#sorted.rows;
  }

  /** What the chart draws: the top channels, and the rest as one bar of their summed facts. */
  #bars(ctx: RenderContext): BreakdownRow[] {
    const drawable = this.#rows(ctx).filter((r): r is BreakdownRow => r.value !== null);
    if (drawable.length <= core().MAX_BARS) return drawable;
    const top = drawable.slice(0, core().MAX_BARS - 1);
    const rest = this.#rows(ctx).slice(core().MAX_BARS - 1).map((r) => r.channel);
    const other = core().metricForChannels(ctx.dataset, ctx.result.interval, { metric: this.metric, mode: ctx.result.mode }, rest).value;
    return other === null ? top : [...top, { channel: ctx.t.otherChannels(rest.length), value: other }];
  }

  protected override isPartial(ctx: RenderContext): boolean {
    return this.#rows(ctx).some((r) => r.value === null);
  }

  protected summary(ctx: RenderContext): string {
    const unit = this.definition.unit;
    const rows = this.#rows(ctx);
    // As drawn: every channel while they fit, else the top ones and a count of the rest.
    const shown = rows.length > core().MAX_BARS ? core().MAX_BARS - 1 : rows.length;
    const named = rows.slice(0, shown).map((r) => `${r.channel} ${ctx.format(r.value, unit)}`);
    const more = rows.length > shown ? `; ${ctx.t.otherChannels(rows.length - shown)}` : '';
    return `${this.definition.label[ctx.locale]}, ${ctx.periodText}: ${named.join('; ')}${more}.`;
  }

  protected chartInput(ctx: RenderContext): ChartInput {
    const unit = this.definition.unit;
    const values = this.#bars(ctx);
    return {
      chart: core().breakdownChart({ valueTitle: this.definition.label[ctx.locale], valueFormat: d3Format(unit), channelTitle: ctx.t.channel }),
      values,
      locale: ctx.locale,
      currency: ctx.dataset.currency,
    };
  }

  protected override selection(ctx: RenderContext, datum: Record<string, unknown>): KpiSelectDetail | undefined {
    const channel = datum.channel;
    // Only a channel of the data: the "other channels" bar is many.
    if (typeof channel !== 'string' || !this.#rows(ctx).some((r) => r.channel === channel)) return undefined;
    return selectDetail(ctx.result.period, { channel, metric: this.metric });
  }

  protected tableData(ctx: RenderContext): TableData {
    const unit = this.definition.unit;
    const rows = this.#rows(ctx);
    return {
      caption: this.summary(ctx),
      columns: [ctx.t.channel, this.definition.label[ctx.locale]],
      rows: rows.map((r) => [r.channel, { value: r.value, unit }]),
    };
  }
}
