import { property } from 'lit/decorators.js';
import { breakdownSpec, channelsOf, getMetric, metricByChannel, type BreakdownRow } from '../../core/index.js';
import type { ChartInput } from '../shared/chart-controller.js';
import { d3Format } from '../shared/d3-format.js';
import { KpiChartElement } from '../shared/kpi-chart-element.js';
import type { RenderContext, TableData } from '../shared/kpi-element.js';

/**
 * A metric by channel (CAC by channel, MQLs by channel…), largest first. Channels where
 * the metric cannot be computed are listed in the text, not drawn as zero.
 *
 * @summary A metric by channel.
 * @tag kpi-breakdown
 *
 * @attr metric - Catalogue metric id.
 * @attr data - The dataset as JSON (or set the `data` property).
 * @attr src - URL of the dataset.
 * @attr period - Period key; default: the latest with data.
 * @attr mode - `period` (default) or `cohort`.
 * @attr theme - `light` or `dark`.
 *
 * @fires kpi-load - The data arrived and is valid.
 * @fires kpi-error - Fetching, parsing or validating failed.
 *
 * @csspart chart - The chart's container.
 * @csspart table - The "view as table" table.
 * @cssprop --kpi-accent - The bars.
 */
export class KpiBreakdown extends KpiChartElement {
  /** Catalogue metric id. */
  @property() metric = 'mqls';

  protected override problem(ctx: RenderContext): string | undefined {
    return this.unknownMetric(ctx, [this.metric]);
  }

  protected heading(ctx: RenderContext | undefined): string {
    const label = getMetric(this.metric)?.label[this.locale] ?? this.metric;
    return `${label} · ${ctx?.t.channel.toLowerCase() ?? ''}`.trim();
  }

  #rows(ctx: RenderContext): Array<{ channel: string; value: number | null }> {
    return metricByChannel(ctx.dataset, ctx.result.interval, { metric: this.metric, mode: ctx.result.mode }, channelsOf(ctx.dataset)).map((p) => ({ channel: p.channel!, value: p.value }));
  }

  protected override isPartial(ctx: RenderContext): boolean {
    return this.#rows(ctx).some((r) => r.value === null);
  }

  protected summary(ctx: RenderContext): string {
    const unit = getMetric(this.metric)!.unit;
    const rows = this.#rows(ctx).sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
    return `${getMetric(this.metric)!.label[ctx.locale]}, ${ctx.periodText}: ${rows.map((r) => `${r.channel} ${ctx.format(r.value, unit)}`).join('; ')}.`;
  }

  protected chartInput(ctx: RenderContext): ChartInput {
    const unit = getMetric(this.metric)!.unit;
    const values: BreakdownRow[] = this.#rows(ctx).flatMap((r) => (r.value === null ? [] : [{ channel: r.channel, value: r.value }]));
    return {
      spec: breakdownSpec({ valueTitle: getMetric(this.metric)!.label[ctx.locale], valueFormat: d3Format(unit), width: 400, channelTitle: ctx.t.channel }),
      shape: `${this.metric}|${ctx.locale}|${this.theme ?? ''}`,
      values,
      locale: ctx.locale,
      currency: ctx.dataset.currency,
    };
  }

  protected tableData(ctx: RenderContext): TableData {
    const unit = getMetric(this.metric)!.unit;
    const rows = this.#rows(ctx);
    return {
      caption: this.summary(ctx),
      columns: [ctx.t.channel, getMetric(this.metric)!.label[ctx.locale]],
      rows: rows.map((r) => [r.channel, r.value]),
      display: rows.map((r) => [r.channel, ctx.format(r.value, unit)]),
      numeric: [1],
    };
  }
}
