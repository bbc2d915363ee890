import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { View } from 'vega-view';
import type { Chart, Locale } from '../../core/kit.js';
import { afterNextPaint } from '../base/after-next-paint.js';
import { chartTheme, vegaFormatLocale } from './chart-theme.js';
import { showTooltip } from './tooltip.js';
import type * as VegaRuntime from './vega-runtime.js';
import { refusingLoader, WidthWatch } from './width-watch.js';

/** What a chart element hands its controller after each render. */
export interface ChartInput {
  /** Which compiled chart, with its options: a change of either draws a new view; new rows never do. */
  chart: Chart;
  values: object[];
  locale: Locale;
  currency: string | undefined;
  /**
   * The compiled template, for one the vega runtime does not carry (marked `own` in
   * core/specs/templates.ts): its element's own chunk, loaded beside the runtime, so other
   * chart pages never download it.
   */
  template?: () => Promise<unknown>;
}

export interface ChartHooks {
  container(): HTMLElement | null;
  tooltip(): HTMLElement | null;
  input(): ChartInput | undefined;
  /** The chart could not be drawn (or drawn again): the element shows it and says so. */
  failed(error: unknown): void;
  /** A mark was clicked: the row it draws. */
  clicked(datum: Record<string, unknown>): void;
  /** Starts loading what drawing needs besides the runtime (a template in the element's own chunk), so both come at once. */
  preload?(): Promise<unknown> | undefined;
}

type Runtime = typeof VegaRuntime;

/**
 * What the kit uses of a vega view, in its own words: the public types of the kit never
 * reach into vega's (a consumer type-checks them without vega's typings).
 */
export interface ChartView {
  toSVG(): Promise<string>;
  toCanvas(scaleFactor?: number): Promise<unknown>;
  width(width: number): unknown;
  runAsync(): Promise<unknown>;
  finalize(): void;
}

let runtime: Promise<Runtime> | undefined;
/**
 * vega is only ever loaded here, by dynamic import, when a chart is on the page, and only
 * after the frame that paints the data's first numbers: cards are never delayed by vega.
 */
function loadRuntime(): Promise<Runtime> {
  runtime ??= afterNextPaint().then(() => import('./vega-runtime.js'));
  return runtime;
}

type Changeset = ReturnType<Runtime['changeset']>;
/** Whether a changeset's run cleans what was removed (vega's changesets have `clean`; their typings do not). */
function cleaning(changes: Changeset, clean: boolean): Changeset {
  return (changes as Changeset & { clean(value: boolean): Changeset }).clean(clean);
}

/** A loader that refuses every URL: data only ever comes from the element. */
const refusing = refusingLoader('inbound-kpi-kit charts load no URLs');

/**
 * Owns one vega view: embeds into a container Lit never replaces, after the first render
 * and only when visible (a 0-wide container waits for its ResizeObserver); pushes new data
 * through a changeset into the same view; re-embeds only when the spec's shape changes;
 * finalizes on disconnect and embeds afresh on reconnect. CSP-safe: the expression
 * interpreter instead of `new Function`, no injected styles, a tooltip of our own.
 * Trusted-Types-safe: the view is made with vega's own API (the chart's spec, compiled by
 * vega-lite ahead of time, is parsed and drawn with DOM calls), never through vega-embed,
 * whose `innerHTML = ''` on the container is refused where Trusted Types are enforced.
 */
export class ChartController implements ReactiveController {
  /** How many times a view was embedded: tests check data updates do not re-embed. */
  embeds = 0;
  #view: View | undefined;
  #shape = '';
  #container: HTMLElement | undefined;
  #queue: Promise<void> = Promise.resolve();
  readonly #widths = new WidthWatch(() => this.#width, () => this.#enqueue(true));
  #width = 0;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #hooks: ChartHooks;

  constructor(host: ReactiveControllerHost & HTMLElement, hooks: ChartHooks) {
    this.#host = host;
    this.#hooks = hooks;
    host.addController(this);
  }

  /** The live vega view, if any (exports read from it). */
  get view(): ChartView | undefined {
    return this.#view;
  }

  /** Resolves when the chart reflects the latest render. */
  get settled(): Promise<void> {
    return this.#queue;
  }

  hostConnected(): void {
    // Reconnected (moved in the DOM): render again, so hostUpdated embeds a fresh view.
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    // vega draws on the page only (a server has no ResizeObserver and no layout).
    if (isServer) return;
    this.#widths.watch(this.#hooks.container());
    this.#enqueue();
  }

  hostDisconnected(): void {
    this.#widths.stop();
    this.#queue = this.#queue.then(() => this.#finalize());
  }

  /** `resized`: the container's width changed, nothing else (the observer's first call comes with the first draw). */
  #enqueue(resized = false): void {
    this.#queue = this.#queue.then(() => this.#sync(resized)).catch((error: unknown) => {
      this.#finalize();
      this.#hooks.failed(error);
    });
  }

  #finalize(): void {
    this.#view?.finalize();
    this.#view = undefined;
    this.#shape = '';
    this.#width = 0;
  }

  async #sync(resized: boolean): Promise<void> {
    // Only a chart with a place to draw in loads the runtime (not one loading, or showing
    // its table or an error). And the runtime comes first: on a page's first load it waits
    // for the frame after the cards' first paint, so building the input (the benchmark
    // chart reads its colours), measuring the container (a layout) and reading the theme
    // (styles) never hold that paint up. A template of the element's own loads meanwhile
    // (it was requested only once the runtime was in: a second wait, in series).
    const drawable = this.#hooks.container() !== null && this.#host.isConnected;
    if (drawable) void this.#hooks.preload?.()?.catch(() => undefined);
    const vega = drawable ? await loadRuntime() : undefined;
    const container = this.#hooks.container();
    const input = this.#hooks.input();
    if (!vega || !container || !input || !this.#host.isConnected) {
      if (!input) this.#finalize();
      return;
    }
    const width = Math.floor(container.clientWidth);
    if (width === 0) return;
    // The observer's first call, queued behind the first draw at the width drawn: drawing
    // the same rows again would only replace every mark.
    if (resized && this.#view && width === this.#width) return;
    const theme = chartTheme(this.#host);
    // What a new width alone cannot change in a drawn view: the labels' room is set when it is made.
    const shape = JSON.stringify([input.chart.template, input.chart.options, theme, input.locale, input.currency, vega.fitOf(this.#chartWidth(width))]);
    if (this.#view && shape === this.#shape && container === this.#container) {
      const view = this.#view;
      // Emptied first, in a run of its own: a category whose rows were only replaced keeps its
      // place in vega's domain, and a chart drawn in its rows' order (largest first) would keep
      // the old ranking. Both runs end before the browser paints. Cleaned only after the
      // second: a series emptied and cleaned would lose its subflow, and each new one adds
      // its operators to the scales' target lists, whose ids vega never forgets (the heap
      // grew with every refresh).
      view.change('table', cleaning(vega.changeset().remove(vega.truthy), false));
      await view.runAsync();
      view.change('table', cleaning(vega.changeset().insert(input.values), true));
      if (width !== this.#width) view.width(this.#chartWidth(width));
      this.#width = width;
      await view.runAsync();
      return;
    }
    const compiled = input.chart.compiled ?? vega.COMPILED[input.chart.template] ?? (await input.template?.());
    // Moved or removed while its template loaded: the next update draws it.
    if (!this.#host.isConnected || container !== this.#hooks.container()) return;
    this.#finalize();
    const spec = vega.fitToWidth(vega.instantiate(compiled, input.chart, theme, input.values, this.#chartWidth(width)), this.#chartWidth(width));
    // Errors only: vega's warnings here would be about the kit's own specs, nothing a
    // page's author could act on.
    const logger = vega.logger(vega.Error);
    const tooltip = this.#hooks.tooltip();
    const view = new vega.View(vega.parse(spec as never, undefined, { ast: true }), {
      container,
      renderer: 'svg',
      hover: true,
      expr: vega.expressionInterpreter,
      loader: refusing as never,
      logger,
      // A locale's definition (vega builds the formats itself): money in the data's currency, digits in the page's language.
      locale: { number: vegaFormatLocale(input.locale, input.currency) } as never,
      tooltip: (_handler: unknown, event: MouseEvent, _item: unknown, value: unknown) => showTooltip(tooltip, container, event, value),
    });
    // vega's data joins keep removed scene items until 10,000 pile up (the dataflow's
    // cleanThreshold): with every refresh replacing every row, that is a slow climb of
    // the heap. Clean as soon as there is anything to clean.
    (view as unknown as { cleanThreshold: number }).cleanThreshold = 0;
    view.addEventListener('click', (_event, item) => {
      const datum = (item as { datum?: unknown } | null | undefined)?.datum;
      if (datum && typeof datum === 'object') this.#hooks.clicked(datum as Record<string, unknown>);
    });
    this.#view = view;
    await view.runAsync();
    // A second layout pass: the first lays out before the text marks are measured (the
    // verdicts' words ran past the chart's right edge), and nothing else reruns it now.
    await (view as unknown as { resize(): { runAsync(): Promise<unknown> } }).resize().runAsync();
    this.#shape = shape;
    this.#container = container;
    this.#width = width;
    this.embeds++;
  }

  /** The chart's width (specs autosize to fit it, axes and legends included). */
  #chartWidth(width: number): number {
    return Math.max(160, width);
  }
}
