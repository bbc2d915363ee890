import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Comparison, Mode } from '../../core/kit.js';
import { core } from '../lazy/core.js';
import { dashboardChunk } from '../lazy/dashboard.js';
import { jsonAttribute } from '../contract/data-attribute.js';
import { emit, type KpiErrorDetail, type KpiExplainEvent, type KpiSelectEvent } from '../contract/events.js';
import { KpiElement } from '../base/kpi-element.js';
import type { RenderContext, TableCell, TableData } from '../views/render-context.js';
import type { DashboardWords } from '../i18n/dashboard-words.js';
import { DEFAULT_SINCE_DAYS } from '../contract/default-since.js';
import { dashboardStyles } from './kpi-dashboard.styles.js';
import { afterNextPaint, whenIdle } from '../base/after-next-paint.js';
import { EvenRows, gridWidth } from './even-rows.js';
import * as widgets from './widgets.js';
import { fromFragment, toFragment, type DashboardState } from './url-state.js';
import { defaultLayout, parseLayout, type DashboardBlock, type DashboardLayout, type LayoutResult, type Widget } from './layout.js';

/** Elements whose choice of a member (a channel, a segment…) narrows the dashboard's view. */
const DRILLS_CHANNEL = new Set(['kpi-breakdown', 'kpi-funnel', 'kpi-scorecard']);
/** Widgets whose chosen metric (a card's value, an economics tile, a funnel stage) opens its trend under them. */
const TREND_UNDER = new Set(['kpi-card', 'economics-card', 'kpi-funnel']);

/** The most members a picker lists; beyond, the ones with the most leads, and a search box takes any. */
const MAX_CHOICES = 200;

/**
 * The benchmarking dashboard that marketing and sales both read: Marketing, Sales,
 * Marketing & Sales and Economics, each split into performance and result indicators,
 * composed of the kit's elements. One data source for all of them (one request), and the
 * period, channel, a member of each declared dimension, counting mode and comparisons
 * chosen inside the dashboard, and the dimension its by-channel section compares by. The layout
 * adapts from a phone to a wall display; a JSON `layout` chooses what goes where.
 *
 * @summary The whole benchmarking dashboard, from one data source.
 * @tag kpi-dashboard
 * @attr layout - JSON: `{ "sections": [{ "group"?, "view"?: "by-channel", "title"?, "blocks": [{ "kind"?, "topic"?: "handoff" | "time-in-stage", "title"?, "widgets": [{ "element": "kpi-card", "metric": "cac" }, { "element": "kpi-reasons", "kind": "rejected" }, { "element": "kpi-bridge", "metric": "revenue", "against": "target" }, { "element": "sla-gauge", "type": "acceptance" }] }] }] }`; default: built from the catalogue's groups and kinds, with why new customers moved (kpi-bridge) after the funnel and a Handoff block in Marketing & Sales, and Time in stage in Sales.
 * @attr compare-by - The dimension the by-channel section compares by (its breakdown, funnel split and scorecard); default `channel`.
 * @attr view - `dashboard` (default) or `meeting`: what changed since the last meeting (`<kpi-review>`) in place of the sections; its line goes to the widget that shows it.
 * @attr since - The last meeting's day for the meeting view, `YYYY-MM-DD`; default: 7 days before the data's today.
 * @attr url-state - Keeps the period, channel, where, mode, comparisons, compare-by, view and since in the page's URL fragment (`#period=2026-03&where.segment=SMB`), and reads them from it: a link opens the same view.
 * @fires {KpiSelectEvent} kpi-select - A widget was activated (bubbles from the widgets, with the widget's detail). A member chosen in the breakdown chart, the funnel's legend or the scorecard also narrows the dashboard's view to it (its channel, or its `where`); a period chosen on a trend, its period; a card's value, an economics tile or a funnel stage opens that metric's trend under the widget.
 * @csspart controls - The period, channel, dimension, mode and comparison controls.
 * @csspart section - One section.
 * @csspart drilled - "Showing segment enterprise · owner Ana" and the way back to all, after a drill-down.
 */
export class KpiDashboard extends KpiElement {
  static override styles = [...KpiElement.styles, dashboardStyles];
  static override properties: PropertyDeclarations = {
    layout: { attribute: 'layout', converter: jsonAttribute },
    compareBy: { attribute: 'compare-by' },
    view: {},
    since: {},
    urlState: { type: Boolean, attribute: 'url-state' },
  };

  /** Which widgets go where; default: built from the catalogue. */
  layout: unknown;
  /** The dimension the by-channel section compares by; default `channel`. */
  compareBy = 'channel';
  /** `dashboard` (default) or `meeting`. */
  view = 'dashboard';
  /** The last meeting's day for the meeting view; default: 7 days before the data's today. */
  since: string | undefined;
  /** Mirror the dashboard's state in the URL fragment, and read it from there. */
  urlState = false;

  constructor() {
    super();
    // Blocks in even rows, measured in the page (a server lays nothing out).
    if (!isServer) new EvenRows(this);
  }

  override connectedCallback(): void {
    // Drawn on the server, the pickers came filled: the first render matches that HTML.
    if (!this.hasUpdated && this.shadowRoot) this.#pickersFilled = true;
    super.connectedCallback();
    dashboardChunk.load(this);
    // The URL is the page's: a server that connects its elements has none.
    if (isServer) return;
    if (this.urlState) this.#readFragment();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  /** The dashboard's own words, which come with its chunk. */
  #w(ctx: RenderContext): DashboardWords {
    return dashboardChunk.api!.DASHBOARD_WORDS[ctx.locale];
  }

  /** Nothing to show (the loading state) until the dashboard's own code is in too. */
  protected override context(): RenderContext | undefined {
    return dashboardChunk.api ? super.context() : undefined;
  }

  /** Beside the core, what a server-rendered dashboard waits for before its first update on the page (inbound-kpi-kit/hydrate). */
  protected ownChunk(): Promise<unknown> {
    return dashboardChunk.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!isServer) window.removeEventListener('hashchange', this.#onHashChange);
  }

  readonly #onHashChange = (): void => {
    if (this.urlState) this.#readFragment();
  };

  #state(): DashboardState {
    const where = typeof this.where === 'string' ? Object.fromEntries(new URLSearchParams(this.where)) : this.where;
    return {
      period: this.period,
      channel: this.channel,
      where: where && Object.keys(where).length > 0 ? { ...where } : undefined,
      mode: this.mode === 'period' ? undefined : this.mode,
      compare: this.compare === 'previous target benchmark' ? undefined : this.compare,
      compareBy: this.compareBy === 'channel' ? undefined : this.compareBy,
      view: this.view === 'dashboard' ? undefined : this.view,
      since: this.since,
    };
  }

  /** The fragment's state, over the defaults (a key it lacks goes back to its default). */
  #readFragment(): void {
    const state = fromFragment(location.hash);
    if (toFragment(state) === toFragment(this.#state())) return;
    this.period = state.period;
    this.channel = state.channel;
    this.where = state.where;
    this.mode = (state.mode ?? 'period') as Mode;
    this.compare = state.compare ?? 'previous target benchmark';
    this.compareBy = state.compareBy ?? 'channel';
    this.view = state.view ?? 'dashboard';
    this.since = state.since;
  }

  /** The state into the fragment, replacing the history entry: choosing a period is not a page to go back to. */
  #writeFragment(): void {
    const fragment = toFragment(this.#state());
    if (fragment !== location.hash.replace(/^#/, '')) history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`);
  }

  /** The dashboard's view but its channel (kept in `channel`): the members chosen of each dimension. */
  #dims(ctx: RenderContext): Record<string, string> {
    const { channel: _channel, ...dims } = ctx.result.where ?? {};
    return dims;
  }

  #shared: { key: string; where: Record<string, string> | undefined } | undefined;

  /** The widgets' where: one object while the choice stands, so a re-render updates no widget. */
  #widgetWhere(ctx: RenderContext): Record<string, string> | undefined {
    const dims = this.#dims(ctx);
    const key = JSON.stringify(dims);
    if (this.#shared?.key !== key) this.#shared = { key, where: Object.keys(dims).length > 0 ? dims : undefined };
    return this.#shared.where;
  }

  /** Sets one dimension's member (undefined: all of them), keeping the others. */
  #choose(ctx: RenderContext, id: string, member: string | undefined): void {
    const dims = this.#dims(ctx);
    if (member === undefined) delete dims[id];
    else dims[id] = member;
    this.where = Object.keys(dims).length > 0 ? dims : undefined;
  }

  protected override heading(ctx: RenderContext | undefined): string {
    return dashboardChunk.api?.DASHBOARD_WORDS[ctx?.locale ?? this.locale].dashboard.title ?? '';
  }

  protected summary(ctx: RenderContext): string {
    return `${ctx.periodText}, ${core().viewText(ctx)}. ${ctx.t.mode[ctx.result.mode]}.`;
  }

  #parsed: { layout: unknown; result: LayoutResult } | undefined;

  /** The layout attribute or property, validated once per value (an update asks for it twice). */
  #parsedLayout(): LayoutResult {
    // The default follows the catalogue as it is now (a metric registered later joins it).
    if (this.layout === undefined) return { ok: true, layout: defaultLayout() };
    if (this.#parsed && this.#parsed.layout === this.layout) return this.#parsed.result;
    const result = parseLayout(this.layout);
    this.#parsed = { layout: this.layout, result };
    return result;
  }

  #layout(): DashboardLayout {
    const parsed = this.#parsedLayout();
    return parsed.ok ? parsed.layout : { sections: [] };
  }

  /** A layout that does not match its schema is named, with the path of its first problem; never an empty dashboard. */
  override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The dashboard is one element to its page: its widgets' loads stop here (the dashboard
    // announces its own), and their errors are re-emitted as the dashboard's.
    root.addEventListener('kpi-load', (event) => event.stopPropagation());
    // Drill-down: a channel chosen in a chart, the funnel's legend or the scorecard becomes
    // the dashboard's channel, a period chosen on a trend its period. The page still hears
    // every kpi-select: it bubbles on.
    root.addEventListener('kpi-select', (event) => this.#drill(event as KpiSelectEvent));
    // "Why did it move?" on a card: the bridge of its metric opens in place, under the card.
    root.addEventListener('kpi-explain', (event) => {
      event.stopPropagation();
      this.#why = { metric: (event as KpiExplainEvent).detail.metric, card: event.target as HTMLElement };
      this.#focusNext = '.why';
      this.requestUpdate();
    });
    root.addEventListener('kpi-error', (event) => {
      event.stopPropagation();
      emit(this, 'kpi-error', (event as CustomEvent<KpiErrorDetail>).detail);
    });
    return root;
  }

  #drill(event: KpiSelectEvent): void {
    const from = (event.target as Element).localName;
    const detail = event.detail;
    if (DRILLS_CHANNEL.has(from) && detail.stage === undefined) {
      // The chosen cell's view: the dashboard's own, plus the member chosen.
      const { channel, ...dims } = detail.where ?? (detail.channel === undefined ? {} : { channel: detail.channel });
      this.channel = channel;
      this.where = Object.keys(dims).length > 0 ? dims : undefined;
      this.#announce = true;
    } else if (from === 'kpi-trend') this.period = detail.period;
    else if (TREND_UNDER.has(from) && detail.metric !== undefined) {
      // A card's value, an economics tile or a funnel stage chosen: its metric over time opens under the widget, focus inside it.
      const opener = (event.target as Element).shadowRoot?.activeElement;
      this.#chosenTrend = { element: from, metric: detail.metric, opener: opener instanceof HTMLElement ? opener : undefined };
      this.#focusNext = '.chosen-trend';
      this.requestUpdate();
    }
    else if (from === 'kpi-review') this.#goTo(detail);
    else if (from === 'kpi-bridge' && detail.metric !== undefined) {
      // A driver chosen in a bridge: its trend opens under that bridge, focus inside it.
      const bridge = event.target as HTMLElement;
      this.#driver = { metric: detail.metric, place: bridge.dataset.place ?? '', bridge };
      this.#focusNext = '.driver-trend';
      this.requestUpdate();
    }
  }

  /** A line of the review chosen: the dashboard's view, scrolled to the widget that shows it, its menu focused. */
  #goTo(detail: KpiSelectEvent['detail']): void {
    const selector = detail.sla !== undefined ? 'sla-gauge' : detail.reason !== undefined ? 'kpi-reasons' : 'kpi-card';
    const metric = detail.stage !== undefined ? 'stalled_leads' : detail.metric;
    const matches = (el: Element) => (detail.sla !== undefined ? (el as unknown as { sla: string }).sla === detail.sla : metric === undefined || (el as unknown as { metric: string }).metric === metric);
    this.view = 'dashboard';
    void this.updateComplete.then(() => {
      const widget = [...this.renderRoot.querySelectorAll<HTMLElement>(selector)].find(matches);
      if (!widget) return;
      widget.scrollIntoView({ block: 'center' });
      // After the widget's own update: its menu button is there once its numbers are.
      setTimeout(() => widget.shadowRoot?.querySelector<HTMLElement>('[part=actions]')?.focus());
    });
  }

  /** The driver whose trend is open, under the bridge at `place` (the layout's, or a card's "Why?"), and the bridge to return focus to. */
  #driver: { metric: string; place: string; bridge: HTMLElement } | undefined;

  /** The panel that takes focus once it is on screen. */
  #focusNext: string | undefined;

  /** Close a panel: focus goes back where the panel was opened from (by default, the opening widget's menu button), once it is gone. */
  #closePanel(opener: HTMLElement | undefined, returnTo = opener?.shadowRoot?.querySelector<HTMLElement>('[part=actions]')): void {
    this.requestUpdate();
    void this.updateComplete.then(() => returnTo?.focus());
  }

  /** A region that closes with its button or Escape (the innermost alone: a driver's trend inside a "Why?" closes, the "Why?" stays). */
  #panel(className: string, label: string, content: TemplateResult, close: () => void, closeWord: string): TemplateResult {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close();
    };
    return html`<div class="full panel ${className}" role="region" tabindex="-1" aria-label=${label} @keydown=${onKey}>
      ${content}
      <button @click=${close}>${closeWord}</button>
    </div>`;
  }

  /** A bridge, and under it the trend of the driver chosen in it. */
  #bridge(ctx: RenderContext, view: widgets.Filtered, metric: string, against: string, place: string, className = ''): TemplateResult[] {
    const bridge = widgets.bridge(view, metric, against, place, className);
    const driver = this.#driver?.place === place ? this.#driver : undefined;
    if (!driver) return [bridge, html``];
    const close = () => {
      this.#driver = undefined;
      this.#closePanel(driver.bridge);
    };
    return [bridge, this.#panel('driver-trend', this.#w(ctx).driverTrend, widgets.trend(view, driver.metric), close, this.#w(ctx).whyClose)];
  }

  /** The metric whose trend is open under the widget it was chosen in, and the button that chose it (focus goes back there). */
  #chosenTrend: { element: string; metric: string; opener: HTMLElement | undefined } | undefined;

  /** The chosen metric's trend, under the widget it was chosen in (a card: the card of that metric); else an empty part, so the widget keeps its element. */
  #chosenTrendPanel(ctx: RenderContext, view: widgets.Filtered, element: string, metric?: string): TemplateResult {
    const chosen = this.#chosenTrend;
    if (chosen?.element !== element || (metric !== undefined && chosen.metric !== metric)) return html``;
    const close = () => {
      this.#chosenTrend = undefined;
      this.#closePanel(undefined, chosen.opener);
    };
    return this.#panel('chosen-trend', this.#w(ctx).chosenTrend, widgets.trend(view, chosen.metric), close, this.#w(ctx).whyClose);
  }

  /** The metric whose bridge is open under its card, and the card to return focus to on closing. */
  #why: { metric: string; card: HTMLElement } | undefined;

  #whyPanel(ctx: RenderContext, view: widgets.Filtered, metric: string): TemplateResult {
    const close = () => {
      const card = this.#why?.card;
      this.#why = undefined;
      if (this.#driver?.place === 'why') this.#driver = undefined;
      this.#closePanel(card);
    };
    return this.#panel('why', ctx.t.why, html`${this.#bridge(ctx, view, metric, 'previous', 'why')}`, close, this.#w(ctx).whyClose);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.urlState) this.#writeFragment();
    // Focus moves into the panel that just opened, so a keyboard or screen reader user is where it is.
    if (this.#focusNext) {
      const panel = this.renderRoot.querySelector<HTMLElement>(this.#focusNext);
      this.#focusNext = undefined;
      // After every microtask: the opener's menu gives focus back to its button once it has closed.
      setTimeout(() => panel?.focus());
    }
  }

  /** Say which view is shown after a drill-down (not on first render with a `channel` or `where` attribute). */
  #announce = false;

  #drilled(ctx: RenderContext): TemplateResult | typeof nothing {
    const where = ctx.result.where;
    if (!where) return nothing;
    const channelOnly = Object.keys(where).length === 1 && where.channel !== undefined;
    const back = () => {
      this.channel = undefined;
      this.where = undefined;
      // The button goes with the filter it undoes: focus moves to the filters, which now say "all".
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#channel-filter')?.focus());
    };
    return html`<p class="drilled" part="drilled" role=${this.#announce ? 'status' : nothing}>
      ${channelOnly ? this.#w(ctx).drilled(where.channel!) : this.#w(ctx).drilledWhere(core().whereText(ctx, where))}
      <button @click=${back}>${channelOnly ? this.#w(ctx).allBack : this.#w(ctx).allBackWhere}</button>
    </p>`;
  }

  protected override problem(ctx: RenderContext): string | undefined {
    const parsed = this.#parsedLayout();
    return parsed.ok ? undefined : this.#w(ctx).badLayout(parsed.problem);
  }

  #controls(ctx: RenderContext): TemplateResult {
    const w = this.#w(ctx).dashboard;
    const periods = core().availablePeriods(ctx.dataset).reverse();
    const today = core().asOfDay(ctx.dataset);
    const compare = new Set<Comparison>(this.comparisons());
    const toggle = (c: Comparison, on: boolean) => {
      const next = new Set(compare);
      if (on) next.add(c);
      else next.delete(c);
      // In the one order the comparisons have: all three again are the default, not another value.
      this.compare = core().COMPARISONS.filter((k) => next.has(k)).join(' ');
    };
    const views = this.#w(ctx).views;
    // The meeting view reviews the data's today since a day, in the chosen view: a period, counting and comparisons would change nothing there.
    const meeting = this.#view() === 'meeting';
    return html`<form class="controls" part="controls" @submit=${(e: Event) => e.preventDefault()}>
      ${meeting
        ? html`<label>${views.since}
            <input type="date" .value=${this.since ?? dashboardChunk.api!.civilKey(today - DEFAULT_SINCE_DAYS)} max=${dashboardChunk.api!.civilKey(today)} @change=${(e: Event) => (this.since = (e.target as HTMLInputElement).value || undefined)} />
          </label>`
        : html`<label>${w.period}
            <select @change=${(e: Event) => (this.period = (e.target as HTMLSelectElement).value)}>
              ${periods.map((p) => html`<option value=${p} ?selected=${p === ctx.result.period}>${core().periodLabel(p, core().progressOf(core().parsePeriod(p)!, today), ctx.locale)}</option>`)}
            </select>
          </label>`}
      <label>${w.channel}
        <select id="channel-filter" @change=${(e: Event) => (this.channel = (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${ctx.result.channel === undefined}>${w.all}</option>
          ${this.#choices(ctx, 'channel').map((c) => html`<option value=${c} ?selected=${c === ctx.result.channel}>${c}</option>`)}
        </select>
      </label>
      ${ctx.dataset.dimensions.map((d) => this.#dimensionControl(ctx, d.id))}
      ${ctx.dataset.dimensions.length > 0 && !meeting
        ? html`<label>${this.#w(ctx).compareBy}
            <select @change=${(e: Event) => (this.compareBy = (e.target as HTMLSelectElement).value)}>
              ${['channel', ...ctx.dataset.dimensions.map((d) => d.id)].map((id) => html`<option value=${id} ?selected=${id === this.#compareBy(ctx)}>${core().attributeLabel(ctx.dataset, id, ctx.locale, w.channel)}</option>`)}
            </select>
          </label>`
        : nothing}
      ${meeting
        ? nothing
        : html`<label>${w.mode}
              <select @change=${(e: Event) => (this.mode = (e.target as HTMLSelectElement).value as Mode)}>
                <option value="period" ?selected=${ctx.result.mode === 'period'}>${w.flow}</option>
                ${ctx.dataset.leads ? html`<option value="cohort" ?selected=${ctx.result.mode === 'cohort'}>${w.cohort}</option>` : nothing}
              </select>
            </label>
            <fieldset>
              <legend>${w.compare}</legend>
              ${core().COMPARISONS.map(
                (c) => html`<label><input type="checkbox" .checked=${compare.has(c)} @change=${(e: Event) => toggle(c, (e.target as HTMLInputElement).checked)} /> ${w[c]}</label>`,
              )}
            </fieldset>`}
      <label>${views.label}
        <select @change=${(e: Event) => (this.view = (e.target as HTMLSelectElement).value)}>
          ${(['dashboard', 'meeting'] as const).map((v) => html`<option value=${v} ?selected=${v === this.#view()}>${views[v]}</option>`)}
        </select>
      </label>
    </form>`;
  }

  /**
   * The members a picker offers (named ones: the unassigned cannot be a where): all of them
   * while they are few; beyond MAX_CHOICES, the ones with the most leads in the period (and
   * the one chosen), so 50,000 members never become 50,000 options. Any member can still be
   * typed in a dimension's search box, or set by the `channel` and `where` attributes.
   */
  #choices(ctx: RenderContext, id: string): string[] {
    const members = core().membersOf(ctx.dataset, { by: id, mode: ctx.result.mode }).filter((m): m is string => m !== null);
    if (members.length <= MAX_CHOICES) return members;
    const top = core().foldMembers(core().rankedMembers(ctx.dataset, ctx.result.interval, ctx.result.mode, { by: id }).filter((m): m is string => m !== null), MAX_CHOICES + 1).shown;
    const chosen = ctx.result.where?.[id];
    return chosen !== undefined && !top.includes(chosen) ? [chosen, ...top] : top;
  }

  /** The dimension the by-channel section compares by: `compare-by` when the data declares it, else channel. */
  #compareBy(ctx: RenderContext): string {
    return ctx.dataset.dimensions.some((d) => d.id === this.compareBy) ? this.compareBy : 'channel';
  }

  /**
   * Whether the dimension pickers list their members. Not in the first render: listing them
   * builds a table of every record per dimension, which the widgets' first numbers need not
   * wait for, nor the charts drawn after them: they are filled once the page is idle after
   * that frame.
   */
  #pickersFilled = isServer;
  #pickersAsked = false;

  #fillPickers(): void {
    if (this.#pickersFilled || this.#pickersAsked) return;
    this.#pickersAsked = true;
    void afterNextPaint()
      .then(whenIdle)
      .then(() => {
        this.#pickersFilled = true;
        this.requestUpdate();
      });
  }

  /** A dimension's filter: a list of its members; past MAX_CHOICES, a search box over them. */
  #dimensionControl(ctx: RenderContext, id: string): TemplateResult {
    const label = core().attributeLabel(ctx.dataset, id, ctx.locale, ctx.t.channel);
    const chosen = ctx.result.where?.[id];
    this.#fillPickers();
    const filled = this.#pickersFilled;
    const choices = filled ? this.#choices(ctx, id) : chosen === undefined ? [] : [chosen];
    const all = filled ? core().membersOf(ctx.dataset, { by: id, mode: ctx.result.mode }).length : 0;
    if (all <= MAX_CHOICES) {
      return html`<label>${label}
        <select class="members" @change=${(e: Event) => this.#choose(ctx, id, (e.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${chosen === undefined}>${this.#w(ctx).allMembers}</option>
          ${choices.map((m) => html`<option value=${m} ?selected=${m === chosen}>${m}</option>`)}
        </select>
      </label>`;
    }
    return html`<label>${label}
      <input type="search" list=${`members-${id}`} .value=${chosen ?? ''} placeholder=${this.#w(ctx).allMembers} @change=${(e: Event) => this.#choose(ctx, id, (e.target as HTMLInputElement).value || undefined)} />
      <datalist id=${`members-${id}`}>${choices.map((m) => html`<option value=${m}></option>`)}</datalist>
    </label>`;
  }

  /** A widget, given the dashboard's dataset and choices: children make no request. */
  #widget(ctx: RenderContext, widget: Widget, headingLevel: number, compared: boolean): TemplateResult | TemplateResult[] {
    // What every widget gets; a channel and comparisons only where the widget reads them
    // (a breakdown, a scorecard and an SLA gauge span every channel).
    const where = this.#widgetWhere(ctx);
    const shown: widgets.Shown = { data: ctx.dataset, period: ctx.result.period, mode: ctx.result.mode, theme: this.theme, density: this.density, level: headingLevel };
    const filtered: widgets.Filtered = { ...shown, where, channel: ctx.result.channel };
    // Views that split by members span every member (of the dimension the by-channel section compares by), within the chosen ones of the others.
    const by = compared ? this.#compareBy(ctx) : 'channel';
    switch (widget.element) {
      case 'kpi-card': {
        const why = core().driversOf(widget.metric) !== undefined;
        // Always a list, so opening the panel keeps the card's own element (and its focus).
        return [
          widgets.card(filtered, this.compare, widget.metric, why),
          this.#why?.metric === widget.metric ? this.#whyPanel(ctx, filtered, widget.metric) : html``,
          this.#chosenTrendPanel(ctx, filtered, 'kpi-card', widget.metric),
        ];
      }
      case 'kpi-trend':
        return widgets.trend(filtered, widget.metric, 'wide');
      case 'kpi-breakdown':
        return widgets.breakdown(shown, where, by, widget.metric);
      case 'kpi-benchmark':
        return widgets.benchmark(filtered, widget.metrics ?? '');
      case 'kpi-funnel':
        return [widgets.funnel(filtered, this.compare, by, widget.split ?? false), this.#chosenTrendPanel(ctx, filtered, 'kpi-funnel')];
      case 'economics-card':
        return [widgets.economics(filtered, this.compare), this.#chosenTrendPanel(ctx, filtered, 'economics-card')];
      case 'kpi-scorecard':
        return widgets.scorecard(shown, where, by, this.compare, widget.metrics ?? '');
      case 'kpi-reasons':
        return widgets.reasons(filtered, widget.kind ?? 'all');
      case 'kpi-review':
        return widgets.review(filtered, widget.since ?? this.since);
      case 'kpi-bridge': {
        const metric = widget.metric ?? 'customers';
        const against = widget.against ?? 'previous';
        return this.#bridge(ctx, filtered, metric, against, `${metric}:${against}`, 'wide');
      }
      case 'sla-gauge': {
        const ids = widget.sla ? [widget.sla] : widget.type ? ctx.dataset.slas.filter((s) => s.type === widget.type).map((s) => s.id) : this.#unclaimedSlas(ctx);
        return ids.map((sla) => widgets.gauge(shown, sla));
      }
    }
  }

  /** The SLAs no gauge of the layout names by id or type: what a gauge without either stands for. */
  #unclaimedSlas(ctx: RenderContext): string[] {
    const gauges = this.#layout().sections.flatMap((s) => s.blocks.flatMap((b) => b.widgets.flatMap((w) => (w.element === 'sla-gauge' ? [w] : []))));
    const claimed = (sla: { id: string; type: string }) => gauges.some((g) => g.sla === sla.id || g.type === sla.type);
    return ctx.dataset.slas.filter((s) => !claimed(s)).map((s) => s.id);
  }

  /** A block's heading: the page's title, else its topic's or its kind's words; none for a block of charts. */
  #blockHeading(ctx: RenderContext, block: DashboardBlock): string | undefined {
    if (block.title) return block.title;
    if (block.topic) return block.topic === 'handoff' ? this.#w(ctx).handoffBlock : this.#w(ctx).stageTimeBlock;
    return block.kind ? this.#w(ctx).kinds[block.kind] : undefined;
  }

  /** The by-channel section's heading: "By channel", or "By segment" when it compares by a dimension. */
  #byHeading(ctx: RenderContext): string {
    const by = this.#compareBy(ctx);
    return by === 'channel' ? this.#w(ctx).byChannel : ctx.t.byWhat(core().attributeLabel(ctx.dataset, by, ctx.locale, ctx.t.channel));
  }

  #view(): 'dashboard' | 'meeting' {
    return this.view === 'meeting' ? 'meeting' : 'dashboard';
  }

  // One template whatever the view: the controls stay the same nodes, and the one just used keeps the focus.
  protected renderVisual(ctx: RenderContext): TemplateResult {
    return html`${this.#controls(ctx)}${this.#drilled(ctx)}${this.#view() === 'meeting' ? this.#meeting(ctx) : this.#sections(ctx)}`;
  }

  #meeting(ctx: RenderContext): TemplateResult {
    return html`<section part="section"><div class="grid">${this.#widget(ctx, { element: 'kpi-review' }, 4, false)}</div>${gridWidth}</section>`;
  }

  #sections(ctx: RenderContext): TemplateResult {
    return html`${this.#layout().sections.map(
        (section) => html`<section part="section">
          <h4>${section.title ?? (section.group ? this.#w(ctx).groups[section.group] : section.view ? this.#byHeading(ctx) : '')}</h4>
          ${section.blocks.map((block) => {
            const heading = this.#blockHeading(ctx, block);
            return html`${heading ? html`<h5>${heading}</h5>` : nothing}
              <div class="grid">${block.widgets.map((w) => this.#widget(ctx, w, heading ? 6 : 5, section.view === 'by-channel'))}</div>${gridWidth}`;
          })}
        </section>`,
      )}`;
  }

  /** The whole metric set, a row per metric: raw in the CSV, formatted for the locale on screen. */
  /** Every metric's row of the report, in words: each row headed by the metric's name (its id beside it, raw in the CSV too). */
  protected tableData(ctx: RenderContext): TableData {
    const api = dashboardChunk.api!;
    const words = this.#w(ctx);
    const metrics = Object.values(ctx.result.metrics);
    const fmt = { locale: ctx.locale, currency: ctx.dataset.currency };
    // The name first: a row's first cell heads it.
    const order = [1, 0, ...api.REPORT_COLUMNS.map((_, c) => c).slice(2)];
    const rows = api.reportRows(ctx.result, ctx.locale).map((report, r): TableCell[] => {
      const m = metrics[r]!;
      return order.map((c): TableCell => {
        const cell = report[c];
        if (cell === null || cell === undefined || cell === '') return null;
        switch (api.REPORT_COLUMNS[c]) {
          case 'value':
          case 'previous':
          case 'target':
          case 'target_expected':
            return { value: cell as number, unit: m.unit };
          case 'attainment':
            return { value: cell as number, unit: 'rate' };
          case 'delta':
            return { raw: cell, text: core().formatDelta(m.previous!, m.unit, fmt) };
          case 'reason':
            return { raw: cell, text: core().REASON_TEXT[m.reason!][ctx.locale] };
          case 'status':
            return { raw: cell, text: core().statusText(m, ctx.locale) };
          case 'benchmark_verdict':
            return { raw: cell, text: core().BENCHMARK_VERDICT_TEXT[m.benchmark!.verdict][ctx.locale] };
          case 'benchmark_position':
            return { raw: cell, text: api.POSITION_TEXT[m.benchmark!.position][ctx.locale] };
          case 'previous_basis':
            return { raw: cell, text: words.basis[m.previous!.basis] };
          default:
            return typeof cell === 'number' ? { raw: cell, text: String(cell) } : String(cell);
        }
      });
    });
    return { caption: this.summary(ctx), columns: order.map((c) => words.columns[api.REPORT_COLUMNS[c]!]), rows };
  }
}
