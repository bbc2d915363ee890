import { expect } from '@open-wc/testing';
import '../../src/define/kpi-trend.js';
import '../../src/define/kpi-breakdown.js';
import '../../src/define/kpi-benchmark.js';
import { channelsOf, computeMetrics } from '../../src/core/index.js';
import type { KpiChartElement } from '../../src/elements/charts/kpi-chart-element.js';
import type { KpiBreakdown } from '../../src/elements/kpi-breakdown/kpi-breakdown.js';
import { KpiTrend } from '../../src/elements/kpi-trend/kpi-trend.js';
import type { ChartInput } from '../../src/elements/charts/chart-controller.js';
import type { RenderContext } from '../../src/elements/views/render-context.js';
import { fixture, freshKey, html, menuItem, rendered, requestCount, sampleData, shadow, textOf, waitUntil } from './helpers.js';
import { tooltipPosition } from '../../src/elements/charts/tooltip-position.js';

interface TestView {
  finalize(): void;
  toSVG(): Promise<string>;
  tooltip(): (...args: unknown[]) => void;
}
interface ChartState {
  view?: TestView;
  embeds: number;
  settled: Promise<void>;
}
/** The element's (protected) chart controller, as the tests inspect it. */
const chartOf = (el: Element) => (el as unknown as { chart: ChartState }).chart;

async function drawn(el: KpiChartElement): Promise<SVGSVGElement> {
  await rendered(el);
  await waitUntil(() => chartOf(el).view !== undefined && shadow(el).querySelector('.chart svg'), 'no chart drawn', { timeout: 15_000 });
  await chartOf(el).settled;
  return shadow(el).querySelector<SVGSVGElement>('.chart svg')!;
}

const marks = (svg: SVGSVGElement, type: string) => svg.querySelectorAll(`g.mark-${type}.role-mark > path, g.mark-${type}.role-mark > line`);

describe('charts', () => {
  it('<kpi-trend> draws this year and last year as lines, the running month hollow at the end of a dashed segment, each month\'s target dashed over the months that have one, named', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiTrend>(html`<kpi-trend metric="mqls" .data=${json}></kpi-trend>`);
    const svg = await drawn(el);
    // The sample data is as of 2026-03-18: March is running, drawn "to date".
    const lines = [...marks(svg, 'line')].filter((l) => l.getAttribute('d'));
    expect(lines.length, 'this year, last year, the dashed segment to March, and the target').to.equal(4);
    expect(lines.filter((l) => l.getAttribute('stroke-dasharray') === '2,3').length).to.equal(1);
    const target = lines.find((l) => l.getAttribute('stroke-dasharray') === '4,3')!.getBoundingClientRect();
    // MQLs have a monthly volume SLA of 95: a target every month, as their card reads it.
    const widest = (svg: SVGSVGElement) => [...marks(svg, 'line')].filter((l) => l.getAttribute('stroke-dasharray') !== '4,3').map((l) => l.getBoundingClientRect()).sort((a, b) => b.width - a.width)[0]!;
    const mqlsTarget = lines.find((l) => l.getAttribute('stroke-dasharray') === '4,3')!.getBoundingClientRect();
    // One unbroken path: last year's rows (January to March) have no target, and never break it.
    const subpaths = (svg: SVGSVGElement) => [...marks(svg, 'line')].filter((l) => l.getAttribute('stroke-dasharray') === '4,3' && l.getAttribute('d')).map((l) => (l.getAttribute('d')!.match(/M/g) ?? []).length);
    expect(subpaths(svg)).to.deep.equal([1]);
    // The solid line runs April to February (10 steps); the target, April to March (11).
    expect(mqlsTarget.width / widest(svg).width).to.be.closeTo(11 / 10, 0.02);
    const symbols = [...marks(svg, 'symbol')];
    // Twelve months, three of last year, the ghost of March's projection, and a dot per target.
    expect(symbols.length).to.equal(12 + 3 + 1 + 12);
    // New customers have targets for January to March 2026 only: their line spans 2 steps, at the end.
    const customers = await fixture<KpiTrend>(html`<kpi-trend metric="customers" .data=${json}></kpi-trend>`);
    const customersSvg = await drawn(customers);
    const customersTarget = [...marks(customersSvg, 'line')].find((l) => l.getAttribute('stroke-dasharray') === '4,3')!.getBoundingClientRect();
    expect(subpaths(customersSvg)).to.deep.equal([1]);
    expect(customersTarget.width / widest(customersSvg).width).to.be.closeTo(2 / 10, 0.03);
    expect(customersTarget.right).to.be.above(widest(customersSvg).right);
    const ghost = (p: Element) => p.getAttribute('stroke-dasharray') !== null;
    expect(symbols.filter((p) => p.getAttribute('fill') === 'transparent' && !ghost(p)).length, 'one hollow point: March to date').to.equal(1);
    // The line is named at its left end, just above it.
    const word = [...svg.querySelectorAll('g.mark-text.role-mark text')].find((t) => t.textContent === 'Target')!.getBoundingClientRect();
    expect(Math.abs(word.bottom - target.top) < 6 && Math.abs(word.left - target.left) < 6, `word ${JSON.stringify(word)} by line ${JSON.stringify(target)}`).to.equal(true);
    expect(shadow(el).querySelector('[part=chart]')!.getAttribute('role')).to.equal('img');
    // What vega draws, with its own English roles, is not read out: the image's label is the sentence.
    expect(svg.closest('[aria-hidden=true]')?.parentElement?.getAttribute('part')).to.equal('chart');
    expect(textOf(el)).to.include(`MQLs, 2025-04 – 2026-03 to date (day 18 of 31)`);
    // The target in words too: the sentence and the table.
    expect(textOf(el)).to.include('Target: 95.');
    expect(shadow(el).querySelector('[part=note]')!.textContent).to.include('2026-03 to date (day 18 of 31)');
    await expect(el).to.be.accessible();
  });

  it('<kpi-trend> of one period reads as a value, not a change from itself', async () => {
    const data = { version: 1, asOf: '2026-03-31', rows: [{ period: '2026-02', mqls: 40 }, { period: '2026-03', mqls: 52 }] };
    const el = await fixture<KpiTrend>(html`<kpi-trend metric="mqls" .data=${data}></kpi-trend>`);
    await drawn(el);
    expect(textOf(el)).to.include('MQLs, 2026-02 – 2026-03: 40 → 52.');
    const one = await fixture<KpiTrend>(html`<kpi-trend metric="mqls" .data=${{ ...data, rows: data.rows.slice(1) }}></kpi-trend>`);
    await drawn(one);
    expect(shadow(one).querySelector('[part=summary]')!.textContent).to.equal('MQLs, 2026-03: 52.');
  });

  it('<kpi-breakdown> draws one bar per channel with a value, skipping null ones', async () => {
    const { json, dataset } = await sampleData();
    const el = await fixture<KpiBreakdown>(html`<kpi-breakdown metric="cac" .data=${json}></kpi-breakdown>`);
    const svg = await drawn(el);
    const withValue = channelsOf(dataset).filter((channel) => computeMetrics(dataset, { channel, compare: [] }).metrics.cac!.value !== null);
    expect(marks(svg, 'rect').length).to.equal(withValue.length);
    await expect(el).to.be.accessible();
  });

  it('<kpi-breakdown> of a rate writes its axis as the cards write rates: 20%, not 20.0%', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiBreakdown>(html`<kpi-breakdown metric="win_rate" .data=${json}></kpi-breakdown>`);
    const svg = await drawn(el);
    const labels = [...svg.querySelectorAll('.role-axis-label text')].map((t) => t.textContent!).filter((t) => t.endsWith('%'));
    expect(labels.length).to.be.greaterThan(2);
    expect(labels.filter((t) => /\.0%$/.test(t))).to.deep.equal([]);
    expect(labels).to.include('0%');
  });

  it('<kpi-breakdown> keeps its bars largest first when new data ranks them anew, in the same view', async () => {
    const rows = (period: string, values: number[]) => ['email', 'events', 'referral'].map((channel, i) => ({ period, channel, leads: values[i] }));
    const data = { version: 1, rows: [...rows('2026-01', [30, 20, 10]), ...rows('2026-02', [10, 20, 30])] };
    const el = await fixture<KpiBreakdown>(html`<kpi-breakdown metric="leads" period="2026-01" .data=${data}></kpi-breakdown>`);
    const order = async () => {
      const svg = await drawn(el);
      const labels = [...svg.querySelectorAll('g.role-axis-label text')].filter((t) => /^[a-z]+$/.test(t.textContent!));
      return labels.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((t) => t.textContent);
    };
    expect(await order()).to.deep.equal(['email', 'events', 'referral']);
    const view = chartOf(el).view;
    el.period = '2026-02';
    await el.updateComplete;
    await chartOf(el).settled;
    expect(await order()).to.deep.equal(['referral', 'events', 'email']);
    expect(chartOf(el).view).to.equal(view);
  });

  it('<kpi-breakdown> with no member holding a value draws no bare axis: its sentence and the partial note say what there is', async () => {
    // Spend and no customers: CAC is unknown for every channel.
    const data = { version: 1, currency: 'USD', rows: ['email', 'events'].map((channel) => ({ period: '2026-01', channel, marketingSpend: 1000, customers: 0 })) };
    const el = await fixture<KpiBreakdown>(html`<kpi-breakdown metric="cac" .data=${data}></kpi-breakdown>`);
    await rendered(el);
    expect(shadow(el).querySelector('.chart') === null, 'no chart drawn').to.equal(true);
    expect(textOf(el)).to.include('email —; events —');
    expect(shadow(el).querySelector('[part=partial]') !== null, textOf(el)).to.equal(true);
  });

  it('a count axis of a few units ticks whole numbers, each once', async () => {
    const data = { version: 1, rows: [{ period: '2026-01', channel: 'email', leads: 1 }, { period: '2026-01', channel: 'events', leads: 2 }] };
    const el = await fixture<KpiBreakdown>(html`<kpi-breakdown metric="leads" .data=${data}></kpi-breakdown>`);
    const svg = await drawn(el);
    const ticks = [...svg.querySelectorAll('g.role-axis-label text')].map((t) => t.textContent!).filter((t) => /^\d/.test(t));
    expect(ticks.length).to.be.at.least(2);
    expect(new Set(ticks).size, ticks.join(' ')).to.equal(ticks.length);
  });

  it("axes speak the data's currency and the page's number format", async () => {
    const { json } = await sampleData();
    const brl = { ...(json as object), currency: 'BRL' };
    const texts = async (lang: string) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><kpi-breakdown metric="cac" .data=${brl}></kpi-breakdown></div>`);
      const el = wrapper.querySelector<KpiBreakdown>('kpi-breakdown')!;
      const svg = await drawn(el);
      return [...svg.querySelectorAll('.role-axis-label text')].map((t) => t.textContent!);
    };
    // The value axis of a money metric: the data's currency, never a dollar sign.
    const en = await texts('en');
    expect(en.some((t) => /^R\$\d{1,3}(,\d{3})+$/.test(t)), en.join(' | ')).to.equal(true);
    expect(en.filter((t) => t.startsWith('$')), 'no dollar amounts').to.deep.equal([]);
    const pt = await texts('pt-BR');
    expect(pt.some((t) => /^R\$\u00a0\d{1,3}(\.\d{3})+$/.test(t)), pt.join(' | ')).to.equal(true);
  });

  it('<kpi-benchmark> draws a band, a bar and a tick per benchmarked metric, each source on screen', async () => {
    const { json, dataset } = await sampleData();
    const el = await fixture<KpiChartElement>(html`<kpi-benchmark .data=${json}></kpi-benchmark>`);
    const svg = await drawn(el);
    const benchmarked = new Set(dataset.benchmarks.map((b) => b.metric)).size;
    // Band, bar and reference tick (a tick is drawn as a rect) per metric.
    expect(marks(svg, 'rect').length).to.equal(3 * benchmarked);
    expect(shadow(el).querySelectorAll('[part=sources] li').length).to.equal(benchmarked);
    expect(textOf(el)).to.include('D. Skok');
    await expect(el).to.be.accessible();
  });

  it('<kpi-benchmark> holds its bars\' height from its numbers\' first frame: the list beneath does not move when vega draws', async () => {
    const { json } = await sampleData();
    const host = await fixture<HTMLDivElement>(html`<div style="width: 400px"><kpi-benchmark .data=${json}></kpi-benchmark></div>`);
    const el = host.querySelector<KpiChartElement>('kpi-benchmark')!;
    await rendered(el);
    // Held as soon as the numbers are on screen, whether or not vega has drawn yet.
    const held = parseFloat(getComputedStyle(shadow(el).querySelector('.chart')!).minHeight);
    const svg = await drawn(el);
    const height = svg.getBoundingClientRect().height;
    expect(height <= held + 1 && height >= held - 8, `held ${held} px, drawn ${height} px`).to.equal(true);
  });

  it('<kpi-benchmark metrics="a b"> holds about two rows\' height, not every benchmarked metric\'s, at 640 and 320 px', async () => {
    const { json } = await sampleData();
    for (const width of [640, 320]) {
      const host = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}><kpi-benchmark metrics="ltv_to_cac cac_payback_months" .data=${json}></kpi-benchmark></div>`);
      const el = host.querySelector<KpiChartElement>('kpi-benchmark')!;
      await drawn(el);
      const base = shadow(el).querySelector<HTMLElement>('[part=base]')!;
      // What is held before the numbers come: the host's min-height, or narrow, its content's; plus padding and border.
      const frame = el.getBoundingClientRect().height - base.getBoundingClientRect().height;
      const hostStyle = getComputedStyle(el);
      const held = Math.max(parseFloat(hostStyle.minHeight) + (hostStyle.boxSizing === 'content-box' ? frame : 0), parseFloat(getComputedStyle(base).minHeight) + frame);
      el.style.setProperty('--kpi-min-height', '0px');
      base.style.minHeight = '0px';
      const natural = el.getBoundingClientRect().height;
      expect(Math.abs(held - natural), `${width} px: held ${held} px, the rows ${natural} px`).to.be.below(24);
    }
  });

  it('<kpi-benchmark> at 400 px keeps a readable plot: the verdicts\' words leave the chart for the list beneath, and come back when it widens', async () => {
    const { json } = await sampleData();
    const host = await fixture<HTMLDivElement>(html`<div style="width: 400px"><kpi-benchmark .data=${json}></kpi-benchmark></div>`);
    const el = host.querySelector<KpiChartElement>('kpi-benchmark')!;
    const plotWidth = (svg: SVGSVGElement) => {
      const bands = [...marks(svg, 'rect')].map((mark) => mark.getBoundingClientRect());
      return Math.max(...bands.map((b) => b.right)) - Math.min(...bands.map((b) => b.left));
    };
    const wordsInChart = (svg: SVGSVGElement) => [...svg.querySelectorAll('text')].some((t) => /benchmark/.test(t.textContent ?? '') && !/against/.test(t.textContent ?? ''));
    let svg = await drawn(el);
    expect(plotWidth(svg), 'the bars have room').to.be.greaterThan(120);
    expect(wordsInChart(svg)).to.equal(false);
    expect(shadow(el).querySelector('[part=sources]')!.textContent).to.match(/than the benchmark/);
    host.style.width = '900px';
    await waitUntil(() => wordsInChart(shadow(el).querySelector<SVGSVGElement>('.chart svg')!), 'the words did not come back', { timeout: 5000 });
    svg = shadow(el).querySelector<SVGSVGElement>('.chart svg')!;
    expect(plotWidth(svg)).to.be.greaterThan(300);
  });

  it('new data updates the same vega view; no re-embed', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiTrend>(html`<kpi-trend metric="leads" .data=${json}></kpi-trend>`);
    await drawn(el);
    const view = chartOf(el).view;
    el.period = '2026-02';
    await el.updateComplete;
    await chartOf(el).settled;
    el.channel = 'email';
    await el.updateComplete;
    await chartOf(el).settled;
    expect(chartOf(el).view === view).to.equal(true);
    expect(chartOf(el).embeds).to.equal(1);
    expect(textOf(el)).to.include('2025-03 – 2026-02');
    // A period without last year (the data starts in 2025-01) has a legend without it: drawn anew.
    el.period = '2025-12';
    await el.updateComplete;
    await chartOf(el).settled;
    expect(textOf(el)).to.include('2025-01 – 2025-12');
    const legend = [...shadow(el).querySelectorAll('.chart svg g.role-legend text')].map((t) => t.textContent);
    expect(legend).to.deep.equal(['this period']);
  });

  it('refreshed many times, keeps only the current rows in the tables that derive stacked bars (vega kept a slot for every row ever seen)', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiBreakdown>(html`<kpi-breakdown metric="leads" .data=${json}></kpi-breakdown>`);
    const svg = await drawn(el);
    const bars = marks(svg, 'rect').length;
    for (let i = 0; i < 30; i++) {
      el.data = structuredClone(json); // a poll: new objects, the same numbers
      await el.updateComplete;
      await chartOf(el).settled;
    }
    // The runtime's Relay operators (what feeds a derived data set): the kit's own, by its class
    // (the runtime is minified, so not by its name).
    const { USED_TRANSFORMS } = await import('../../src/elements/charts/vega-runtime.js');
    const nodes = (chartOf(el).view as unknown as { _runtime: { nodes: Record<string, { value?: unknown }> } })._runtime.nodes;
    const relays = Object.values(nodes).filter((node) => node instanceof USED_TRANSFORMS.relay);
    expect(relays.length).to.be.greaterThan(0);
    for (const relay of relays) expect(Object.keys(relay.value as object).length).to.be.at.most(bars + 1); // the bars and the "other channels" row at most
    expect(marks(svg, 'rect').length).to.equal(bars);
    expect(chartOf(el).embeds).to.equal(1);
  });

  it('refreshed many times, makes no new operators (a series emptied and cleaned between runs lost its subflow, and every new one grew the scales\' lists of targets for good)', async () => {
    const { json } = await sampleData();
    // Two series (this year and last year), each line drawn in a subflow of its own.
    const el = await fixture<KpiTrend>(html`<kpi-trend metric="leads" .data=${json}></kpi-trend>`);
    await drawn(el);
    // Every operator a dataflow adds takes the next rank: the count of operators ever made.
    const made = () => (chartOf(el).view as unknown as { _rank: number })._rank;
    const before = made();
    for (let i = 0; i < 5; i++) {
      el.data = structuredClone(json);
      await el.updateComplete;
      await chartOf(el).settled;
    }
    expect(made()).to.equal(before);
    expect(chartOf(el).embeds).to.equal(1);
  });

  it('after removal, the view is finalized and no listener of it is left on window or document', async () => {
    const { json } = await sampleData();
    const added = new Map<string, number>();
    const original = { add: EventTarget.prototype.addEventListener, remove: EventTarget.prototype.removeEventListener };
    const key = (target: EventTarget, type: string) => (target === window ? `window ${type}` : target === document ? `document ${type}` : '');
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      const k = key(this, type);
      if (k) added.set(k, (added.get(k) ?? 0) + 1);
      return (original.add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof EventTarget.prototype.addEventListener;
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      const k = key(this, type);
      if (k) added.set(k, (added.get(k) ?? 0) - 1);
      return (original.remove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof EventTarget.prototype.removeEventListener;
    try {
      const el = await fixture<KpiTrend>(html`<kpi-trend metric="mqls" .data=${json}></kpi-trend>`);
      await drawn(el);
      const view = chartOf(el).view!;
      let finalized = 0;
      const finalize = view.finalize.bind(view);
      view.finalize = () => {
        finalized++;
        finalize();
      };
      el.remove();
      await chartOf(el).settled;
      expect(finalized).to.equal(1);
      expect(chartOf(el).view).to.equal(undefined);
      expect([...added].filter(([, n]) => n > 0)).to.deep.equal([]);
      // Reconnected, it embeds a fresh view.
      document.body.append(el);
      await drawn(el);
      expect(chartOf(el).view).not.to.equal(view);
      el.remove();
      await chartOf(el).settled;
    } finally {
      EventTarget.prototype.addEventListener = original.add;
      EventTarget.prototype.removeEventListener = original.remove;
    }
  });

  it('exports SVG and PNG from the live view, and CSV of its numbers', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiBreakdown>(html`<kpi-breakdown metric="leads" .data=${json}></kpi-breakdown>`);
    await drawn(el);
    const capture = async (button: HTMLButtonElement) => {
      const original = URL.createObjectURL.bind(URL);
      let blob: Blob | undefined;
      URL.createObjectURL = (object: Blob | MediaSource) => ((blob = object as Blob), original(object));
      try {
        button.click();
        await waitUntil(() => blob !== undefined, 'no download');
      } finally {
        URL.createObjectURL = original;
      }
      return blob!;
    };
    const svg = await capture(await menuItem(el, 2));
    expect(svg.type).to.equal('image/svg+xml');
    expect(await svg.text()).to.match(/^<svg/);
    const png = await capture(await menuItem(el, 3));
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
    expect(await (await capture(await menuItem(el, 1))).text()).to.include('organic-search');
  });

  it('a chart inside a hidden container renders once shown', async () => {
    const { json } = await sampleData();
    const wrapper = await fixture<HTMLDivElement>(html`<div hidden><kpi-breakdown metric="leads" .data=${json}></kpi-breakdown></div>`);
    const el = wrapper.querySelector('kpi-breakdown')!;
    await rendered(el);
    await chartOf(el).settled;
    expect(chartOf(el).view).to.equal(undefined);
    wrapper.hidden = false;
    await drawn(el);
    expect(chartOf(el).embeds).to.equal(1);
  });

  it('hostile labels stay text in axes, tooltips and SVG exports', async () => {
    const src = `/api/test/hostile?key=${freshKey()}`;
    const el = await fixture<KpiBreakdown>(html`<kpi-breakdown metric="leads" src=${src}></kpi-breakdown>`);
    const svg = await drawn(el);
    expect(svg.querySelectorAll('image, img, script, foreignObject').length).to.equal(0);
    // Axis labels are truncated to fit, but they are text.
    expect(svg.textContent).to.include('<img src=x onerror=');
    expect(svg.textContent).to.include('javascript:alert(1)');
    const exported = await chartOf(el).view!.toSVG();
    expect(exported).not.to.include('<img');
    expect(exported).to.include('&lt;img');
    const handler = chartOf(el).view!.tooltip();
    handler(null, new MouseEvent('mousemove', { clientX: 10, clientY: 10 }), null, { channel: '<img src=x onerror="window.__pwned=6">' });
    const tooltip = shadow(el).querySelector<HTMLElement>('.tooltip')!;
    expect(tooltip.hidden).to.equal(false);
    expect(tooltip.textContent).to.include('<img src=x onerror="window.__pwned=6">');
    expect(tooltip.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(await requestCount('hostile', src.split('key=')[1]!)).to.equal(1);
  });
});

describe('the chart tooltip', () => {
  it('stays inside the viewport at every edge and corner, beside the pointer where there is room', async () => {
    const el = await fixture<KpiBreakdown>(html`<kpi-breakdown metric="leads" src=${`/api/test/sample?key=${freshKey()}`}></kpi-breakdown>`);
    await drawn(el);
    const handler = chartOf(el).view!.tooltip();
    const tooltip = shadow(el).querySelector<HTMLElement>('.tooltip')!;
    const long = { channel: 'organic-search, the longest channel name a company could give it', leads: 12345, share: '34.5%' };
    const [width, height] = [document.documentElement.clientWidth, document.documentElement.clientHeight];
    for (const [x, y] of [[0, 0], [width - 1, 0], [0, height - 1], [width - 1, height - 1], [width / 2, height / 2], [width - 1, height / 2], [width / 2, height - 1]] as const) {
      handler(null, new MouseEvent('mousemove', { clientX: x, clientY: y }), null, long);
      const box = tooltip.getBoundingClientRect();
      const at = `pointer at ${x},${y}: tooltip ${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)}`;
      expect(box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height, at).to.equal(true);
    }
    // Where there is room: 12 px below and right of the pointer.
    handler(null, new MouseEvent('mousemove', { clientX: 20, clientY: 20 }), null, long);
    expect([Math.round(tooltip.getBoundingClientRect().left), Math.round(tooltip.getBoundingClientRect().top)]).to.deep.equal([32, 32]);
  });

  it('places a box beside the pointer, flips it at the far edges, clamps it to the viewport', () => {
    const size = { width: 100, height: 40 };
    const viewport = { width: 300, height: 200 };
    expect(tooltipPosition({ x: 10, y: 10 }, size, viewport)).to.deep.equal({ x: 22, y: 22 });
    expect(tooltipPosition({ x: 290, y: 190 }, size, viewport)).to.deep.equal({ x: 178, y: 138 });
    // No room on either side (a box wider than the viewport): at the near margin.
    expect(tooltipPosition({ x: 150, y: 100 }, { width: 400, height: 40 }, viewport).x).to.equal(4);
    // Flipped left but the pointer is near the left edge too: clamped at the margin.
    expect(tooltipPosition({ x: 60, y: 10 }, { width: 250, height: 40 }, viewport)).to.deep.equal({ x: 4, y: 22 });
  });
});

/** A chart that cannot be drawn (its template's options are missing): the failure every chart must survive. */
class BrokenChart extends KpiTrend {
  protected override chartInput(ctx: RenderContext): ChartInput {
    return { ...super.chartInput(ctx), chart: { template: 'trend', options: {} } };
  }
}
customElements.define('test-broken-chart', BrokenChart);

describe('a chart that cannot be drawn', () => {
  it('shows an error state with the reason, points to the table, and emits kpi-error of kind render', async () => {
    const { json } = await sampleData();
    const errors: Array<{ kind: string; message: string }> = [];
    const el = document.createElement('test-broken-chart') as BrokenChart;
    el.addEventListener('kpi-error', (e) => errors.push((e as CustomEvent).detail));
    el.data = json;
    document.body.append(el);
    try {
      await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'no error state', { timeout: 15_000 });
      expect(textOf(el)).to.include('The chart could not be drawn');
      expect(textOf(el)).to.include('View as table');
      expect(errors.map((e) => e.kind)).to.deep.equal(['render']);
      expect(shadow(el).querySelector('.chart')).to.equal(null, 'no empty box');
      // The numbers stay reachable.
      (await menuItem(el, 0)).click();
      await el.updateComplete;
      expect(shadow(el).querySelector('table')).to.exist;
    } finally {
      el.remove();
    }
  });
});
