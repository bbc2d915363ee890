import { html, isServer, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { BenchmarkComparison, BenchmarkRow, BenchmarkVerdict, MetricResult } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import { messagesFor } from '../lazy/messages.js';
import { ownChunk } from '../lazy/own-chunk.js';
import { benchmarkColors } from '../charts/chart-theme.js';
import { selectDetail, type KpiSelectDetail } from '../contract/events.js';
import type { ChartInput } from '../charts/chart-controller.js';
import { KpiChartElement } from '../charts/kpi-chart-element.js';
import { benchmarkStyles } from './kpi-benchmark.styles.js';
import type { RenderContext, TableData } from '../views/render-context.js';

// The chart's compiled template is this element's alone: a chunk of its own, loaded with the vega runtime.
const template = ownChunk(() => import('../../core/specs/compiled-benchmark.generated.js').then((m) => m.COMPILED_BENCHMARK));

/** In legend and colour order: good news, no judgement, bad news. */
const VERDICTS: readonly BenchmarkVerdict[] = ['better', 'within', 'worse'];
/** Below this chart width the verdicts' words leave the chart for the list beneath it. */
const WORDS_MIN_WIDTH = 480;
/** A bar's row and the scale's axis under them, in px (the spec's `height: { step }`, and its axis as drawn). */
const BAR_STEP = 34;
const AXIS_HEIGHT = 44;

interface Compared {
  id: string;
  m: MetricResult & { value: number; benchmark: BenchmarkComparison };
}

/**
 * Several metrics against their benchmark bands, as bullet charts on a common "better is
 * right" scale (1 = the benchmark; lower-is-better metrics are scored reference / value),
 * each bar coloured and named by its verdict, each benchmark's source on screen beneath.
 *
 * @summary Metrics against their benchmarks, with sources.
 * @tag kpi-benchmark
 * @attr metrics - Space-separated metric ids; default: every metric the dataset benchmarks.
 * @fires {KpiSelectEvent} kpi-select - A metric's bar was clicked: detail.metric and period.
 * @csspart sources - The list of benchmark sources.
 */
export class KpiBenchmark extends KpiChartElement {
  static override styles = [...KpiChartElement.styles, benchmarkStyles];
  static override properties: PropertyDeclarations = {
    metrics: {},
  };

  /** Space-separated metric ids; default: every benchmarked metric. */
  metrics = '';

  /** The ids asked for, or none. */
  #asked(): string[] {
    return this.metrics.trim() ? this.metrics.trim().split(/\s+/) : [];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The height held before the numbers (kpi-benchmark.styles.ts) is every benchmarked metric's;
    // with `metrics`, that many rows' (a chart's row and a line of the list each, measured at 640
    // and 320 px), or two rows left about 250 px blank under their bars.
    if (isServer || !changed.has('metrics')) return;
    const rows = this.#asked().length;
    for (const [name, value] of [['--_reserve', `${9 + 5.3 * rows}rem`], ['--_reserve-narrow', `${4.75 + 9.25 * rows}rem`]] as const) {
      if (rows > 0) this.style.setProperty(name, value);
      else this.style.removeProperty(name);
    }
  }

  protected override problem(ctx: RenderContext): string | undefined {
    return this.unknownMetric(ctx, this.#asked());
  }

  #compared(ctx: RenderContext): Compared[] {
    const asked = this.#asked();
    const ids = asked.length > 0 ? asked : [...new Set(ctx.dataset.benchmarks.map((b) => b.metric))];
    return ids.flatMap((id) => {
      const m = ctx.result.metrics[id];
      return m && m.value !== null && m.benchmark ? [{ id, m: m as Compared['m'] }] : [];
    });
  }

  protected override heading(ctx: RenderContext | undefined): string {
    return messagesFor(ctx?.locale ?? this.locale)?.headings.benchmark ?? '';
  }

  protected summary(ctx: RenderContext): string {
    return `${ctx.periodText}: ${this.#compared(ctx)
      .map(({ id, m }) => `${core().metricLabel(id, ctx.locale, ctx.dataset.stageLabels)} ${ctx.format(m.value, m.unit)}, ${core().BENCHMARK_VERDICT_TEXT[m.benchmark.verdict][ctx.locale]}`)
      .join('; ')}.`;
  }

  #row(ctx: RenderContext, { id, m }: Compared, besideBars: boolean): BenchmarkRow {
    const b = m.benchmark;
    const bandText = b.value !== undefined ? `${b.comparator ?? ''} ${ctx.format(b.value, m.unit)}`.trim() : `${ctx.format(b.low ?? b.median ?? null, m.unit)} – ${ctx.format(b.high ?? b.median ?? null, m.unit)}`;
    const score = core().benchmarkScore(m.value, b, core().getMetric(id)!.polarity);
    return { metric: id, label: core().metricLabel(id, ctx.locale, ctx.dataset.stageLabels), ...score, end: Math.max(score.value, score.high), verdict: core().BENCHMARK_VERDICT_TEXT[b.verdict][ctx.locale], words: besideBars ? core().BENCHMARK_VERDICT_TEXT[b.verdict][ctx.locale] : '', valueText: ctx.format(m.value, m.unit), bandText };
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The chart holds its bars' height (a step each, and the axis) from the numbers' first frame,
    // not its usual one: the list beneath it must not move when vega draws them (a phone's layout shift).
    this.renderRoot.querySelector<HTMLElement>('.chart')?.style.setProperty('min-height', `${this.#bars * BAR_STEP + AXIS_HEIGHT}px`);
  }

  protected override chartPreload(): Promise<unknown> {
    return template.load();
  }

  protected chartInput(ctx: RenderContext): ChartInput {
    return {
      chart: core().benchmarkChart({ valueTitle: ctx.t.value, bandTitle: ctx.t.benchmark, scaleTitle: ctx.t.againstBenchmark, verdicts: VERDICTS.map((v) => core().BENCHMARK_VERDICT_TEXT[v][ctx.locale]), ...benchmarkColors(this) }),
      // Narrow, the verdicts' words beside the bars would squeeze the plot to a few pixels:
      // the bars keep their colours and the list beneath says each verdict in words.
      values: this.#compared(ctx).map((c) => this.#row(ctx, c, (this.renderRoot.querySelector('.chart')?.clientWidth ?? Infinity) >= WORDS_MIN_WIDTH)),
      locale: ctx.locale,
      currency: ctx.dataset.currency,
      template: () => template.load(),
    };
  }

  /** The bars drawn: the chart's height, known before vega draws it (see `updated`). */
  #bars = 0;

  protected override renderVisual(ctx: RenderContext): TemplateResult {
    const compared = this.#compared(ctx);
    this.#bars = compared.length;
    return html`${super.renderVisual(ctx)}
      <ul class="note" part="sources">
        ${compared.map(({ id, m }) => html`<li><strong>${core().metricLabel(id, ctx.locale, ctx.dataset.stageLabels)}</strong> ${ctx.format(m.value, m.unit)}: ${core().benchmarkText(ctx, m)}</li>`)}
      </ul>`;
  }

  protected override selection(ctx: RenderContext, datum: Record<string, unknown>): KpiSelectDetail | undefined {
    const metric = datum.metric;
    if (typeof metric !== 'string' || !this.#compared(ctx).some((c) => c.id === metric)) return undefined;
    return selectDetail(ctx.result.period, { metric, channel: ctx.result.channel, where: ctx.result.where });
  }

  protected tableData(ctx: RenderContext): TableData {
    const rows = this.#compared(ctx);
    return {
      caption: this.summary(ctx),
      columns: [ctx.t.metric, ctx.t.value, ctx.t.benchmark, ctx.t.source],
      rows: rows.map(({ id, m }) => [
        { raw: id, text: core().metricLabel(id, ctx.locale, ctx.dataset.stageLabels) },
        { value: m.value, unit: m.unit },
        { raw: m.benchmark.verdict, text: core().BENCHMARK_VERDICT_TEXT[m.benchmark.verdict][ctx.locale] },
        m.benchmark.source.name,
      ]),
    };
  }
}
