import { aTimeout, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { computeMetrics, parseDataset, type Dataset, type MetricsQuery, type MetricsResult } from '../../src/core/index.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';

export { aTimeout, fixture, html, oneEvent, waitUntil };

let sample: { json: unknown; dataset: Dataset } | undefined;

/** The demo's sample company, as JSON and as a validated dataset. */
export async function sampleData(): Promise<{ json: unknown; dataset: Dataset }> {
  if (!sample) {
    const json = (await (await fetch('/demo/data/leads.json')).json()) as unknown;
    const parsed = parseDataset(json);
    if (!parsed.ok) throw new Error('sample data should be valid');
    sample = { json, dataset: parsed.dataset };
  }
  return sample;
}

/** What the core says, for comparing with what the element shows. */
export async function coreResult(query: MetricsQuery = {}): Promise<MetricsResult> {
  return computeMetrics((await sampleData()).dataset, query);
}

export const shadow = (el: Element) => el.shadowRoot!;
/** The element's visible text, whitespace folded (no-break spaces too). */
export const textOf = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

export async function rendered(el: KpiElement): Promise<void> {
  // Numbers computed, and drawn: not still loading (a page's language loads its words first).
  await waitUntil(() => (el.result !== undefined && !el.shadowRoot?.querySelector('[part=loading]')) || el.shadowRoot?.querySelector('[role=alert]'), 'element did not render', { timeout: 10_000 });
  await el.updateComplete;
}

export async function requestCount(route: string, key: string): Promise<number> {
  return ((await (await fetch(`/api/test/count/${route}?key=${encodeURIComponent(key)}`)).json()) as { count: number }).count;
}

let unique = 0;
/** A fresh key, so counters and shared requests never leak between tests. */
export const freshKey = () => `${Date.now()}-${unique++}`;

/**
 * An item of an element's actions menu, by its index or its words: the menu opened first, as a
 * user opens it (its items exist only while it is open, and choosing one closes it).
 */
export async function menuItem(el: Element & { updateComplete: Promise<unknown> }, which: number | string): Promise<HTMLButtonElement> {
  const button = shadow(el).querySelector<HTMLButtonElement>('[part=actions]')!;
  if (button.getAttribute('aria-expanded') !== 'true') {
    button.click();
    await el.updateComplete;
  }
  const items = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=menu] button')];
  const item = typeof which === 'number' ? items[which] : items.find((b) => b.textContent!.trim() === which);
  if (!item) throw new Error(`no menu item ${which}`);
  return item;
}

/** Captures the CSV an element offers for download. */
export async function downloadedCsv(el: KpiElement, click: () => void): Promise<string> {
  const original = URL.createObjectURL.bind(URL);
  let blob: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    blob = object as Blob;
    return original(object);
  };
  try {
    click();
    await el.updateComplete;
  } finally {
    URL.createObjectURL = original;
  }
  if (!blob) throw new Error('no download was offered');
  return (await blob.text()).replace(/^\ufeff/, '');
}

/** A lead of the sample data, as its JSON has it. */
export interface RawLead {
  createdAt: string;
  channel?: string;
  mqlAt?: string;
  sqlAt?: string;
  wonAt?: string;
  firstContactAt?: string;
  dims?: Record<string, string>;
}

/**
 * The sample's raw lead records, for answer keys counted in the test itself rather than
 * asked of the core. Their timestamps carry the company's offset (-03:00): a timestamp's
 * first ten characters are its local day.
 */
export async function sampleLeads(): Promise<RawLead[]> {
  return ((await sampleData()).json as { leads: RawLead[] }).leads;
}

/** How many of the leads have `field` on a local day from `from` through `through` (YYYY-MM-DD). */
export function countOnDays(leads: readonly RawLead[], field: Exclude<keyof RawLead, 'dims'>, from: string, through: string): number {
  return leads.filter((l) => {
    const day = l[field]?.slice(0, 10);
    return day !== undefined && day >= from && day <= through;
  }).length;
}

/** A click where vega listens: on a chart's mark (its own SVG element), at its centre, once the chart has drawn. */
export async function clickMark(el: Element, selector: string): Promise<void> {
  const find = () => el.shadowRoot?.querySelector(`.chart svg ${selector}`);
  await waitUntil(find, 'chart not drawn', { timeout: 15_000 });
  const box = find()!.getBoundingClientRect();
  find()!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
}

/** A chart element's (protected) controller, as the tests inspect it: its vega view, typed as the test needs, and when it has settled. */
export const chartOf = <View = unknown>(el: Element) => (el as unknown as { chart: { view?: View; settled: Promise<void> } }).chart;

/** A chart drawn: its view made, `marks` (a selector inside its SVG) on screen, its queue settled; its SVG. */
export async function drawnChart(el: KpiElement, marks = '', what = 'no chart drawn'): Promise<SVGSVGElement> {
  await rendered(el);
  await waitUntil(() => chartOf(el).view !== undefined && shadow(el).querySelector(`.chart svg ${marks}`), what, { timeout: 15_000 });
  await chartOf(el).settled;
  return shadow(el).querySelector<SVGSVGElement>('.chart svg')!;
}
