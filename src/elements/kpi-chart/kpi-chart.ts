import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type * as ChartModule from '../lazy/chart-api.js';
import type { ChartWords } from '../i18n/chart-words.js';
import { core } from '../lazy/core.js';
import { emit } from '../contract/events.js';
import { KpiLoadError } from '../contract/load-error.js';
import { jsonAttribute, MalformedAttribute } from '../contract/data-attribute.js';
import { messagesFor } from '../lazy/messages.js';
import { KpiElement } from '../base/kpi-element.js';
import { chartTheme, vegaFormatLocale } from '../charts/chart-theme.js';
import { chartStyles } from '../charts/kpi-chart-element.styles.js';
import type { RenderContext, TableData } from '../views/render-context.js';
import { chartTable, type ChartRow } from './chart-table.js';
import { readActions } from './embed-actions.js';
import { EmbedController, type EmbedInput } from './embed-controller.js';
import { readFields, type ChartFields } from './fields.js';
import { prepareSpec, readSpec } from './user-spec.js';
import { kpiChartStyles } from './kpi-chart.styles.js';

// vega-embed, vega-lite and vega are this element's alone: a chunk of their own, loaded
// (once per page) when the first <kpi-chart> connects, beside the shared core.
type ChartApi = typeof ChartModule;
let chartApi: ChartApi | undefined;
let loadingChartApi: Promise<ChartApi> | undefined;
const loadChartApi = (): Promise<ChartApi> => (loadingChartApi ??= import('../lazy/chart-api.js').then((module) => (chartApi = module)));

/** What the spec draws when a page gives none: each series over the periods. */
function defaultSpec(by: boolean, metrics: number): Record<string, unknown> {
  const series = by ? 'member' : 'metricLabel';
  return {
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'period', type: 'ordinal', title: null },
      y: { field: 'value', type: 'quantitative', title: null },
      color: { field: series, type: 'nominal', title: null },
      ...(by && metrics > 1 && { strokeDash: { field: 'metricLabel', type: 'nominal', title: null } }),
      tooltip: [{ field: 'periodLabel' }, { field: series }, ...(by ? [{ field: 'metricLabel' }] : []), { field: 'value', format: ',.4~g' }],
    },
  };
}

/**
 * A page's own vega-lite spec, drawn over a table the kit computes: catalogue metrics over
 * periods, split by a dimension if asked (`fields="metric:mqls period:12 by:campaign"`). The
 * spec reads the table by name (`"data": {"name": "table"}`; its own `data` is replaced),
 * one row per value: `period`, `periodLabel`, `toDate`, `member` (with `by`), `metric`,
 * `metricLabel`, `unit`, `value` (null when it cannot be computed, with `reason`). Embedded
 * with vega-embed, loaded with vega-lite only when the element is on the page.
 *
 * The spec is code from the page's author: give it only specs you would run as a script.
 * What the element refuses is what reaches outside the table: a spec with a URL anywhere
 * (data, lookups, images) is an error naming it; vega's loader refuses every URL, and links
 * (`href`) are left out of the spec. It draws under a strict CSP (vega's expression interpreter,
 * no injected styles), not where Trusted Types are enforced (vega-embed writes innerHTML):
 * it says so.
 *
 * @summary A page's own vega-lite spec over metrics the kit computes.
 * @tag kpi-chart
 * @attr spec - The vega-lite spec, as JSON (or the `spec` property, an object). Default: a line per series.
 * @attr fields - The table: `metric:mqls,lead_to_mql period:12 by:campaign` (or the `fields` property, `{metrics, periods, by}`). Default `metric:leads period:12`.
 * @attr actions - vega-embed's menu: any of `export source compiled editor` (default all), or `none`.
 * @fires {KpiErrorEvent} kpi-error - Also when the spec is refused (kind `query`) or cannot be drawn (kind `render`).
 * @csspart chart - The chart's container, with vega-embed's menu.
 */
export class KpiChart extends KpiElement {
  static override styles = [...KpiElement.styles, chartStyles, kpiChartStyles];
  static override properties: PropertyDeclarations = {
    spec: { converter: jsonAttribute },
    fields: {},
    vegaActions: { attribute: 'actions' },
  };

  /** The vega-lite spec: an object, or JSON in the attribute. */
  spec: unknown;
  /** The table: `metric:mqls,leads period:12 by:campaign`, or `{metrics, periods, by}`. */
  fields?: string | ChartFields;
  /** vega-embed's actions (the `actions` attribute): `export source compiled editor`, or `none`. */
  vegaActions?: string;

  /** Why the chart could not be drawn (a spec vega-lite refuses, Trusted Types): cleared when the spec changes or on reconnect. */
  #failure: KpiLoadError | undefined;
  #memo: { result: object; key: string; rows: ChartRow[] | { error: string } } | undefined;

  protected readonly embedding = new EmbedController(this, {
    container: () => this.renderRoot?.querySelector<HTMLElement>('.chart') ?? null,
    tooltip: () => this.renderRoot?.querySelector<HTMLElement>('.tooltip') ?? null,
    input: () => {
      const ctx = this.context();
      return ctx && !this.showTable && !this.#failure && !ctx.result.empty && !this.problem(ctx) ? this.#input(ctx) : undefined;
    },
    failed: (error) => this.#fail(error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#failure = undefined;
    if (!chartApi) void loadChartApi().then(() => this.requestUpdate(), () => undefined);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('spec') || changed.has('fields') || changed.has('vegaActions')) this.#failure = undefined;
    super.willUpdate(changed);
  }

  /** Nothing to show (the loading state) until the element's own chunk is in too. */
  protected override context(): RenderContext | undefined {
    return chartApi ? super.context() : undefined;
  }

  #t(ctx: { locale: RenderContext['locale'] }): ChartWords {
    return chartApi!.CHART_WORDS[ctx.locale];
  }

  #problemText(ctx: RenderContext): string | undefined {
    const words = this.#t(ctx);
    const fields = readFields(this.fields);
    if ('problem' in fields) {
      const p = fields.problem;
      return 'token' in p ? words.fields.token(p.token) : 'key' in p ? words.fields.key(p.key) : 'periods' in p ? words.fields.periods(p.periods) : words.fields.metrics;
    }
    const actions = readActions(this.vegaActions);
    if (actions !== false && 'unknown' in actions) return words.actions(actions.unknown);
    const spec = this.#spec();
    if ('problem' in spec) {
      const p = spec.problem;
      return 'notJson' in p ? words.spec.notJson(p.notJson) : 'url' in p ? words.spec.url(p.url, p.value) : words.spec.notObject;
    }
    const unknown = this.unknownMetric(ctx, fields.metrics);
    if (unknown) return unknown;
    const rows = this.#rows(ctx);
    return 'error' in rows ? rows.error : undefined;
  }

  protected override problem(ctx: RenderContext): string | undefined {
    return super.problem(ctx) ?? this.#problemText(ctx);
  }

  /** The spec given, or the default. */
  #spec(): ReturnType<typeof readSpec> {
    if (this.spec === undefined || this.spec === null || this.spec === '') {
      const fields = readFields(this.fields);
      return { spec: 'problem' in fields ? defaultSpec(false, 1) : defaultSpec(fields.by !== undefined, fields.metrics.length) };
    }
    return readSpec(this.spec, (value) => (value instanceof MalformedAttribute ? value.message : undefined));
  }

  /** The table: once per result, fields and language. */
  #rows(ctx: RenderContext): ChartRow[] | { error: string } {
    const fields = readFields(this.fields) as ChartFields & { periods: number };
    const key = JSON.stringify([fields, ctx.locale]);
    if (this.#memo?.result === ctx.result && this.#memo.key === key) return this.#memo.rows;
    let rows: ChartRow[] | { error: string };
    try {
      rows = chartTable(ctx, fields, (id) => this.metricLabel(id));
    } catch (error) {
      if (!(error instanceof core().KpiQueryError)) throw error;
      rows = { error: error.message };
    }
    this.#memo = { result: ctx.result, key, rows };
    return rows;
  }

  #table(ctx: RenderContext): ChartRow[] {
    const rows = this.#rows(ctx);
    return 'error' in rows ? [] : rows;
  }

  protected override heading(ctx?: RenderContext): string {
    const fields = readFields(this.fields);
    if (!chartApi || !ctx || 'problem' in fields) return '';
    const words = this.#t(ctx);
    const labels = fields.metrics.map((id) => this.metricLabel(id));
    const metrics = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} ${words.and} ${labels.at(-1)!}` : labels[0]!;
    return words.heading(metrics, fields.by && core().attributeLabel(ctx.dataset, fields.by, ctx.locale, ctx.t.channel));
  }

  protected summary(ctx: RenderContext): string {
    const rows = this.#table(ctx);
    const words = this.#t(ctx);
    if (rows.length === 0) return words.none(this.heading(ctx));
    return words.summary(this.heading(ctx), rows[0]!.periodLabel, rows.at(-1)!.periodLabel, rows.length);
  }

  protected override get summaryVisible(): boolean {
    return true;
  }

  protected override isPartial(ctx: RenderContext): boolean {
    return this.#table(ctx).some((row) => row.value === null);
  }

  #input(ctx: RenderContext): EmbedInput {
    const words = this.#t(ctx);
    const { spec, fit } = prepareSpec((this.#spec() as { spec: Record<string, unknown> }).spec);
    const actions = readActions(this.vegaActions);
    return {
      embed: chartApi!.embed as unknown as EmbedInput['embed'],
      View: chartApi!.vega.View as unknown as EmbedInput['View'],
      spec,
      fit,
      rows: this.#table(ctx),
      label: this.summary(ctx),
      options: {
        actions,
        // The kit's look (the --kpi-* tokens, dark mode) and the page's number format, under the spec's own config.
        config: { ...chartApi!.chartConfig(chartTheme(this)), locale: { number: vegaFormatLocale(ctx.locale, ctx.dataset.currency) } },
        i18n: words.embed,
        downloadFileName: `${this.localName}-${ctx.result.period}`,
      },
    };
  }

  #fail(error: unknown): void {
    const t = messagesFor(this.locale) ?? core().english;
    const message = error instanceof Error ? error.message : String(error);
    // vega-embed clears its container with innerHTML, which a Trusted Types policy refuses.
    const reason = /TrustedHTML|Trusted Type/i.test(message) && chartApi ? this.#t({ locale: this.locale }).trustedTypes : message;
    this.#failure = new KpiLoadError('render', `${reason}. ${t.tableInstead}`.replace('.. ', '. '));
    this.requestUpdate();
    emit(this, 'kpi-error', { kind: 'render', message: `${t.error.render}: ${this.#failure.message}`, stale: false });
  }

  protected renderVisual(ctx: RenderContext): TemplateResult {
    if (this.#failure) return core().renderError(this, this.#failure, ctx.t);
    // vega-embed draws into .chart (which Lit renders empty and never re-creates) and puts
    // its menu there too; the drawing's text alternative is set on its own wrapper.
    return html`<div class="chart-frame ${readActions(this.vegaActions) === false ? '' : 'with-menu'}">
      <div class="chart" part="chart"></div>
      <div class="tooltip" role="tooltip" hidden></div>
    </div>`;
  }

  protected tableData(ctx: RenderContext): TableData {
    const rows = this.#table(ctx);
    const by = readFields(this.fields);
    const split = !('problem' in by) && by.by !== undefined;
    const columns = [ctx.t.period, ...(split ? [core().attributeLabel(ctx.dataset, (by as ChartFields).by!, ctx.locale, ctx.t.channel)] : []), this.#t(ctx).metric, ctx.t.value];
    return {
      caption: this.summary(ctx),
      columns,
      rows: rows.map((row) => [{ raw: row.period, text: row.periodLabel }, ...(split ? [row.member ?? null] : []), row.metricLabel, { value: row.value, unit: row.unit }]),
    };
  }
}
