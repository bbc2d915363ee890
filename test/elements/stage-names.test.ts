import { expect } from '@open-wc/testing';
import '../../src/define/kpi-dashboard.js';
import type { KpiDashboard } from '../../src/elements/kpi-dashboard/kpi-dashboard.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { downloadedCsv, fixture, html, menuItem, rendered, sampleData, shadow, waitUntil } from './helpers.js';

// A stage the data renames is named so by every element of the dashboard: the funnel, every
// card's and chart's metric label ("MQL-to-SAL rate"), the benchmarks, the tables and the
// CSV's display names, in each language; never the kit's own name for it.

const TAGS = 'kpi-card, kpi-funnel, sla-gauge, economics-card, kpi-trend, kpi-breakdown, kpi-benchmark, kpi-scorecard, kpi-reasons, kpi-bridge';
const widgets = (el: KpiDashboard) => [...shadow(el).querySelectorAll<KpiElement>(TAGS)];

/** All the text a reader can meet in a tree, shadow roots and chart SVGs included. */
function deepText(node: Node): string {
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += ` ${n.textContent}`;
    if (n instanceof Element) {
      for (const name of ['aria-label', 'title', 'alt']) if (n.hasAttribute(name)) text += ` ${n.getAttribute(name)}`;
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** The sample with SQLs renamed "SALs", and without the sample's own prose about stages (its benchmarks' notes), so any "SQL" on screen is the kit's. */
async function renamed(): Promise<unknown> {
  const json = structuredClone((await sampleData()).json) as { stageLabels?: Record<string, string>; benchmarks: Array<{ note?: string; source: { name: string } }> };
  json.stageLabels = { sqls: 'SALs' };
  for (const b of json.benchmarks) {
    delete b.note;
    b.source.name = 'SiriusDecisions waterfall';
  }
  return json;
}

const OLD = /(?<![\p{L}\p{N}])SQLs?(?![\p{L}\p{N}])/u;

const EXPECTED = {
  en: ['SALs', 'MQL-to-SAL rate', 'SAL-to-opportunity rate', 'Days from MQL to SAL'],
  'pt-BR': ['SALs', 'Conversão MQL → SAL', 'Conversão SAL → oportunidade', 'Dias de MQL a SAL'],
  es: ['SALs', 'Conversión MQL → SAL', 'Conversión SAL → oportunidad', 'Días de MQL a SAL'],
} as const;

describe('a stage renamed in the data', () => {
  for (const [lang, names] of Object.entries(EXPECTED)) {
    it(`is named so on every element of the dashboard, in its table and its CSV, never by its old name (${lang})`, async () => {
      const el = await fixture<KpiDashboard>(html`<kpi-dashboard lang=${lang} .data=${await renamed()}></kpi-dashboard>`);
      await rendered(el);
      await waitUntil(() => widgets(el).every((w) => w.result !== undefined && !w.shadowRoot!.querySelector('[part=loading]')), 'widgets did not render', { timeout: 20_000 });
      // The charts' axes and titles are drawn too.
      const charts = widgets(el).filter((w) => ['kpi-trend', 'kpi-breakdown', 'kpi-benchmark', 'kpi-reasons', 'kpi-bridge'].includes(w.localName));
      await waitUntil(() => charts.every((w) => w.shadowRoot!.querySelector('.chart svg g.role-axis')), 'charts did not draw', { timeout: 20_000 });
      const text = deepText(el);
      for (const name of names) expect(text.includes(name), `"${name}" on screen`).to.equal(true);
      const old = OLD.exec(text);
      expect(old === null, `the old name on screen: …${old ? text.slice(Math.max(0, old.index - 60), old.index + 20) : ''}…`).to.equal(true);
      // Each widget that names the stage says the new name: the funnel, and the cards of its metrics.
      const named = widgets(el).filter((w) => deepText(w).includes('SAL'));
      expect(named.some((w) => w.localName === 'kpi-funnel') && named.some((w) => w.localName === 'kpi-card') && named.some((w) => w.localName === 'kpi-benchmark') && named.some((w) => w.localName === 'kpi-scorecard')).to.equal(true);
      // The dashboard's CSV: metric ids stay, display names change.
      const csvItem = await menuItem(el, 1);
      const csv = await downloadedCsv(el, () => csvItem.click());
      // (Separated by commas, or by semicolons where the decimal mark is a comma.)
      // A row is headed by the metric's name, its id beside it.
      const line = csv.split('\r\n').find((l) => /^[^,;]+[,;]mql_to_sql[,;]/.test(l)) ?? '';
      expect(line.startsWith(`${names[1]}${line[names[1]!.length]}mql_to_sql`), `the id stays, the label is renamed: ${line}`).to.equal(true);
      expect(OLD.test(csv), 'no old name in the CSV').to.equal(false);
    });
  }
});
