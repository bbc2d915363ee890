import { html, type TemplateResult } from 'lit';
import type { MenuAction } from '../views/actions-menu.js';
import type { RenderContext } from '../views/render-context.js';
import { KpiElement } from '../base/kpi-element.js';
import { chartStyles } from './kpi-chart-element.styles.js';
import { ChartController, type ChartInput } from './chart-controller.js';
import { core } from '../lazy/core.js';
import { emit, type KpiSelectDetail } from '../contract/events.js';
import { KpiLoadError } from '../contract/load-error.js';
import { messagesFor } from '../lazy/messages.js';

/**
 * The base of the charts: a container Lit never replaces, our own tooltip in the
 * shadow root, a text alternative, and PNG / SVG exports from the live view.
 *
 * @csspart chart - The chart's container (its text alternative is the summary).
 * @csspart note - The note under a chart (the running period's marks).
 */
export abstract class KpiChartElement extends KpiElement {
  static override styles = [...KpiElement.styles, chartStyles];

  protected readonly chart = new ChartController(this, {
    container: () => this.renderRoot?.querySelector<HTMLElement>('.chart') ?? null,
    tooltip: () => this.renderRoot?.querySelector<HTMLElement>('.tooltip') ?? null,
    input: () => {
      const ctx = this.context();
      return ctx && !this.showTable && !this.#failure && !ctx.result.empty && !this.problem(ctx) ? this.chartInput(ctx) : undefined;
    },
    failed: (error) => this.#fail(error),
    preload: () => this.chartPreload(),
    clicked: (datum) => {
      const ctx = this.context();
      const detail = ctx && this.selection(ctx, datum);
      if (detail) emit(this, 'kpi-select', detail);
    },
  });

  /** Starts loading what the chart draws with besides vega's runtime (a template of the element's own), if anything. */
  protected chartPreload(): Promise<unknown> | undefined {
    return undefined;
  }

  /** What a click on a mark selects (a channel's bar, a period's point), if anything. */
  protected selection(_ctx: RenderContext, _datum: Record<string, unknown>): KpiSelectDetail | undefined {
    return undefined;
  }

  /** Why the chart could not be drawn (Trusted Types refusing a sink, a runtime that failed to load): shown until reconnected. */
  #failure: KpiLoadError | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#failure = undefined;
  }

  #fail(error: unknown): void {
    // A chart draws only with its numbers, so the core (and English) is here.
    const t = messagesFor(this.locale) ?? core().english;
    this.#failure = new KpiLoadError('render', `${error instanceof Error ? error.message : String(error)}. ${t.tableInstead}`);
    this.requestUpdate();
    emit(this, 'kpi-error', { kind: 'render', message: `${t.error.render}: ${this.#failure.message}`, stale: false });
  }

  /** The spec, its shape, and the rows to draw. */
  protected abstract chartInput(ctx: RenderContext): ChartInput;

  protected renderVisual(ctx: RenderContext): TemplateResult {
    if (this.#failure) return core().renderError(this, this.#failure, ctx.t);
    // vega sets its own roles on the container it draws into ("Vega visualization", in English,
    // empty groups): the text alternative is on a wrapper, so it stays ours, and what vega draws
    // is hidden from assistive technology.
    return html`<div class="chart-frame">
      <div part="chart" role="img" aria-label=${this.summary(ctx)}><div class="chart" aria-hidden="true"></div></div>
      <div class="tooltip" role="tooltip" hidden></div>
    </div>`;
  }

  protected override actions(ctx: RenderContext): MenuAction[] {
    return [
      { label: ctx.t.svg, run: () => void this.#exportSvg(this.fileName(ctx, 'svg')) },
      { label: ctx.t.png, run: () => void this.#exportPng(this.fileName(ctx, 'png')) },
    ];
  }

  /** A chart's sentence is its caption: on screen as well as its text alternative. */
  protected override get summaryVisible(): boolean {
    return true;
  }

  async #exportSvg(fileName: string): Promise<void> {
    const view = this.chart.view;
    if (view) core().downloadBlob(fileName, new Blob([await view.toSVG()], { type: 'image/svg+xml' }));
  }

  async #exportPng(fileName: string): Promise<void> {
    const view = this.chart.view;
    if (!view) return;
    // A canvas and toBlob, not toImageURL: a data: URL would need fetching, which a strict CSP refuses.
    const canvas = (await view.toCanvas(2)) as unknown as HTMLCanvasElement;
    canvas.toBlob((blob) => blob && core().downloadBlob(fileName, blob), 'image/png');
  }
}
