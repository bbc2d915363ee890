import { expect } from '@open-wc/testing';
import '../../src/define/kpi-trend.js';
import '../../src/define/kpi-breakdown.js';
import '../../src/define/kpi-benchmark.js';
import '../../src/define/kpi-reasons.js';
import '../../src/define/kpi-bridge.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { chartOf, drawnChart, fixture, html, sampleData, shadow } from './helpers.js';

// Axis labels measured as drawn: every visible label's box in the SVG, against every other
// label of the same axis. A chart at the width of a phone, of half a dashboard and of a
// wide screen.

const WIDTHS = [320, 600, 1400] as const;


const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The element in a box of the given width, its chart drawn at that width. */
async function drawnAt(tag: string, attributes: Record<string, string>, width: number): Promise<SVGSVGElement> {
  const { json } = await sampleData();
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement(tag) as KpiElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  (el as unknown as { data: unknown }).data = json;
  box.append(el);
  const svg = await drawnChart(el, 'g.role-axis-label text', `${tag} drew no axis`);
  // The chart fills its box, less the element's padding.
  const drawnWidth = svg.getBoundingClientRect().width;
  expect(drawnWidth <= width && drawnWidth >= width * 0.85, `${tag} at ${width}px drawn ${drawnWidth}px wide`).to.equal(true);
  return svg;
}

/** The least room between two labels for a reader to see two words: glyph boxes closer than this run together ("2025-042025-05"). */
const GAP = 4;

/** Pairs of visible labels of one axis whose boxes overlap or come closer than GAP. */
function collisions(svg: SVGSVGElement): string[] {
  const found: string[] = [];
  for (const axis of svg.querySelectorAll('g.role-axis-label')) {
    const labels = [...axis.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent!.trim() !== '' && Number(getComputedStyle(t).opacity) > 0);
    const boxes = labels.map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > -GAP && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > -GAP;
        if (overlap) found.push(`"${boxes[i]!.text}" × "${boxes[j]!.text}"`);
      }
    }
  }
  return found;
}

const CHARTS: Array<[string, Record<string, string>]> = [
  ['kpi-trend', { metric: 'mqls' }],
  ['kpi-trend', { metric: 'mqls', periods: '24' }],
  ['kpi-trend', { metric: 'leads', lang: 'pt-BR' }],
  ['kpi-breakdown', { metric: 'leads' }],
  ['kpi-benchmark', {}],
  ['kpi-reasons', {}],
  ['kpi-bridge', { metric: 'customers', against: 'previous' }],
];

describe('axis labels never collide nor touch', () => {
  for (const [tag, attributes] of CHARTS) {
    for (const width of WIDTHS) {
      it(`<${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('')}> at ${width}px`, async () => {
        const svg = await drawnAt(tag, attributes, width);
        const visible = [...svg.querySelectorAll<SVGTextElement>('g.role-axis-label text')].filter((t) => Number(getComputedStyle(t).opacity) > 0);
        expect(visible.length, 'labels on screen').to.be.above(1);
        const found = collisions(svg);
        expect(found.length === 0, `overlapping labels: ${found.join(', ')}`).to.equal(true);
      });
    }
  }

  // A 320 px phone leaves a card some 270 px: long row labels ("Opportunity-to-customer rate",
  // "Conversão oportunidade → cliente") took so much of it that plots were a few pixels wide.
  for (const [tag, attributes] of [...CHARTS.filter(([t]) => t !== 'kpi-trend'), ['kpi-benchmark', { lang: 'pt-BR' }] as [string, Record<string, string>]]) {
    it(`<${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('')}> at 270px: its row labels leave the plot most of the width, its axis titles inside it`, async () => {
      const svg = await drawnAt(tag, attributes, 270);
      const chart = svg.getBoundingClientRect();
      // The row labels: the leftmost axis whose labels stand one above another. How far right they reach.
      const labelsOf = (axis: Element) => [...axis.querySelectorAll('g.role-axis-label text')].map((t) => t.getBoundingClientRect());
      const vertical = [...svg.querySelectorAll('g.role-axis')].filter((axis) => new Set(labelsOf(axis).map((r) => Math.round(r.top))).size > 1);
      const rows = vertical.sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)[0]!;
      const labelsEnd = Math.max(...labelsOf(rows).map((r) => r.right)) - chart.left;
      expect(labelsEnd, `row labels reach ${Math.round(labelsEnd)}px of ${Math.round(chart.width)}px`).to.be.at.most(chart.width * 0.45);
      // Every axis title whole, inside the chart.
      for (const title of svg.querySelectorAll<SVGTextElement>('g.role-axis-title text')) {
        const box = title.getBoundingClientRect();
        expect(box.left >= chart.left - 1 && box.right <= chart.right + 1, `"${title.textContent}" from ${Math.round(box.left - chart.left)} to ${Math.round(box.right - chart.left)}px of ${Math.round(chart.width)}px`).to.equal(true);
      }
      // The plot: the horizontal extent of the axes' grid lines and domain.
      const lines = [...svg.querySelectorAll('g.role-axis-grid line, g.role-axis-domain line')].map((l) => l.getBoundingClientRect()).filter((r) => r.width > 0);
      expect(Math.max(...lines.map((r) => r.right)) - Math.min(...lines.map((r) => r.left)), 'plot width').to.be.at.least(40);
    });
  }

  for (const width of [270, 1400]) {
    it(`<kpi-trend lang="pt-BR"> at ${width}px: its legend's names inside the chart, whole where there is room`, async () => {
      const svg = await drawnAt('kpi-trend', { metric: 'mqls', lang: 'pt-BR' }, width);
      const chart = svg.getBoundingClientRect();
      const labels = [...svg.querySelectorAll<SVGTextElement>('g.role-legend-label text')];
      // At 1400 px it was cut at 160 px ("mesmo período do ano ant…"); on a phone it may end in "…", inside the chart.
      if (width === 1400) expect(labels.map((t) => t.textContent)).to.include('mesmo período do ano anterior');
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        expect(box.right, `"${label.textContent}" ends inside the chart`).to.be.at.most(chart.right + 1);
      }
    });
  }

  it('<kpi-trend> resized from 320 to 1400px, 10px at a time: no two labels touch at any width', async () => {
    const svg = await drawnAt('kpi-trend', { metric: 'mqls' }, 320);
    const el = svg.getRootNode() instanceof ShadowRoot ? ((svg.getRootNode() as ShadowRoot).host as KpiElement) : undefined;
    const box = el!.parentElement!;
    const failures: string[] = [];
    for (let width = 320; width <= 1400; width += 10) {
      box.style.width = `${width}px`;
      // The chart redraws on the frame after its ResizeObserver fires.
      await frame();
      await frame();
      await chartOf(el!).settled;
      const found = collisions(shadow(el!).querySelector<SVGSVGElement>('.chart svg')!);
      if (found.length) failures.push(`${width}px: ${found[0]}`);
    }
    expect(failures.length === 0, failures.join('; ')).to.equal(true);
  });
});
