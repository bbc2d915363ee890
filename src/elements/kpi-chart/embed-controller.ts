import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { showTooltip } from '../charts/tooltip.js';
import { refusingLoader, WidthWatch } from '../charts/width-watch.js';
import { TABLE } from './user-spec.js';

// What the kit uses of vega-embed and of a vega view, in its own words: the public typings
// never reach into vega-embed's (a consumer type-checks them without its dependencies').

/** A vega view, as <kpi-chart> uses it. */
export interface EmbedView {
  data(name: string, values: object[]): unknown;
  width(width: number): unknown;
  initialize(el?: Element, bind?: Element): unknown;
  runAsync(): Promise<unknown>;
  toSVG(): Promise<string>;
  toCanvas(scaleFactor?: number): Promise<unknown>;
  tooltip(): unknown;
  finalize(): void;
}

/** vega-embed's result. */
export interface EmbedResult {
  view: EmbedView;
  finalize(): void;
}

/** vega-embed's options (its own typings name them). */
export type EmbedOptions = Record<string, unknown>;

/** What <kpi-chart> hands its controller after each render. */
export interface EmbedInput {
  /** vega-embed, from the element's own chunk. */
  embed(el: HTMLElement, spec: object, options: EmbedOptions): Promise<EmbedResult>;
  /** vega's View class (the one vega-embed uses), to give a view its rows before its first run. */
  View: new (runtime: never, options?: never) => EmbedView;
  /** The prepared spec (prepareSpec): a change of it, or of the options, embeds afresh. */
  spec: Record<string, unknown>;
  /** Whether the element sets the spec's width (and follows its container's). */
  fit: boolean;
  options: EmbedOptions;
  /** The kit's table, given to the view by name. */
  rows: object[];
  /** The chart's text alternative. */
  label: string;
}

export interface EmbedHooks {
  container(): HTMLElement | null;
  tooltip(): HTMLElement | null;
  input(): EmbedInput | undefined;
  failed(error: unknown): void;
}

/**
 * A loader that refuses every URL, and a sanitize that refuses everything: a spec's data,
 * images and links never reach the network, and an `href` fed by a data value
 * ("javascript:…") never becomes a link (vega passes every href through sanitize).
 */
const refusing = refusingLoader('<kpi-chart> loads no URLs');

/**
 * Owns one vega-embed result: embeds into a container Lit never re-creates, after the first
 * render and once it has a width; gives the view new rows by name (`view.data`), embedding
 * afresh only when the spec or the options change; follows the container's width through a
 * ResizeObserver; finalizes on disconnect and embeds again on reconnect.
 */
export class EmbedController implements ReactiveController {
  /** How many times a spec was embedded: tests check data updates do not re-embed. */
  embeds = 0;
  #result: EmbedResult | undefined;
  #key = '';
  #container: HTMLElement | undefined;
  #width = 0;
  #queue: Promise<void> = Promise.resolve();
  readonly #widths = new WidthWatch(() => this.#width, () => this.#enqueue());
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #hooks: EmbedHooks;

  constructor(host: ReactiveControllerHost & HTMLElement, hooks: EmbedHooks) {
    this.#host = host;
    this.#hooks = hooks;
    host.addController(this);
  }

  /** The live vega view, if any. */
  get view(): EmbedView | undefined {
    return this.#result?.view;
  }

  /** Resolves when the chart reflects the latest render. */
  get settled(): Promise<void> {
    return this.#queue;
  }

  hostConnected(): void {
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    this.#widths.watch(this.#hooks.container());
    this.#enqueue();
  }

  hostDisconnected(): void {
    this.#widths.stop();
    this.#queue = this.#queue.then(() => this.#finalize());
  }

  #enqueue(): void {
    this.#queue = this.#queue.then(() => this.#sync()).catch((error: unknown) => {
      this.#finalize();
      this.#hooks.failed(error);
    });
  }

  #finalize(): void {
    this.#result?.finalize();
    this.#result = undefined;
    this.#key = '';
    this.#width = 0;
  }

  async #sync(): Promise<void> {
    const container = this.#hooks.container();
    const input = this.#hooks.input();
    if (!container || !input || !this.#host.isConnected) {
      if (!input) this.#finalize();
      return;
    }
    const width = Math.floor(container.clientWidth);
    if (width === 0) return;
    const key = JSON.stringify([input.spec, input.options]);
    if (this.#result && key === this.#key && container === this.#container) {
      const view = this.#result.view;
      view.data(TABLE, input.rows);
      if (input.fit && width !== this.#width) view.width(width);
      this.#width = width;
      this.#label(container, input.label);
      await view.runAsync();
      return;
    }
    this.#finalize();
    const tooltip = this.#hooks.tooltip();
    const rows = input.rows;
    // The rows go into the view before vega-embed first runs it: no empty first draw (and
    // never into the spec, which "View source" writes out as it is).
    class TableView extends input.View {
      override initialize(el?: Element, bind?: Element): unknown {
        this.data(TABLE, rows);
        return super.initialize(el, bind);
      }
    }
    const result = await input.embed(container, input.fit ? { ...input.spec, width } : input.spec, {
      ...input.options,
      mode: 'vega-lite',
      renderer: 'svg',
      // The expression interpreter, not `new Function`: a strict CSP without 'unsafe-eval' holds.
      ast: true,
      loader: refusing,
      // No <style> injected (a strict CSP refuses it): the element's own styles dress the menu.
      defaultStyle: false,
      forceActionsMenu: true,
      viewClass: TableView,
      tooltip: (_handler: unknown, event: MouseEvent, _item: unknown, value: unknown) => showTooltip(tooltip, container, event, value),
    });
    this.#result = result;
    this.#key = key;
    this.#container = container;
    this.#width = width;
    this.embeds++;
    // vega-embed's menu button is an icon: it gets a name.
    const summary = container.querySelector('summary');
    const details = container.querySelector('details');
    if (summary && details?.title) summary.setAttribute('aria-label', details.title);
    // And it closes as the kit's own menu does: on Escape, back to its button, and when focus leaves it.
    if (summary && details) {
      details.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' || !details.open) return;
        event.stopPropagation();
        details.open = false;
        summary.focus();
      });
      details.addEventListener('focusout', (event) => {
        if (!details.contains(event.relatedTarget as Node | null)) details.open = false;
      });
    }
    this.#label(container, input.label);
  }

  /** The drawing's text alternative, on the chart's own wrapper (the menu beside it stays reachable). */
  #label(container: HTMLElement, label: string): void {
    const chart = container.querySelector<HTMLElement>(':scope > .chart-wrapper') ?? container;
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', label);
  }
}
