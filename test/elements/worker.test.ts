import { expect } from '@open-wc/testing';
import '../../src/define/kpi-card.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { KpiErrorEvent, KpiLoadEvent } from '../../src/elements/contract/events.js';
import { core } from '../../src/elements/lazy/core.js';
import { freshKey, oneEvent, rendered, shadow } from './helpers.js';

// Big payloads are parsed and validated in a worker (src/elements/source/records-worker.ts):
// the numbers must be the ones the page computes itself, and a bad payload must fail the
// same way, with the same words.

async function load(src: string, data?: unknown): Promise<{ el: KpiCard; detail: KpiLoadEvent['detail'] }> {
  const el = document.createElement('kpi-card') as KpiCard;
  el.metric = 'mqls';
  el.maxBytes = 50_000_000;
  const loaded = oneEvent(el, 'kpi-load') as Promise<KpiLoadEvent>;
  if (data === undefined) el.src = src;
  else el.data = data;
  document.body.append(el);
  const { detail } = await loaded;
  await rendered(el);
  return { el, detail };
}

describe('big payloads in a worker', () => {
  it('parses and validates 30,000 records off the main thread, and shows the numbers the page computes itself', async () => {
    const src = `/api/test/many?n=30000&key=${freshKey()}`;
    const { el, detail } = await load(src);
    try {
      expect(detail).to.include({ parsedIn: 'worker', leads: 30_000 });
      expect(detail.inlineReason).to.equal(undefined);
      // The same payload given as an object: validated and computed on the page.
      const json: unknown = await (await fetch(src)).json();
      const inline = await load('', json);
      try {
        expect(shadow(el).querySelector('[part=summary]')!.textContent).to.equal(shadow(inline.el).querySelector('[part=summary]')!.textContent);
        expect(el.result!.metrics.mqls!.value).to.equal(inline.el.result!.metrics.mqls!.value);
        expect(el.result!.metrics.mqls!.value).to.be.greaterThan(100);
        expect(el.currentDataset!.leads!.length).to.equal(30_000);
      } finally {
        inline.el.remove();
      }
    } finally {
      el.remove();
    }
  });

  it('brings 50,000 channels of rows (their cells in parts) to the numbers the page computes itself, to the cent', async () => {
    const src = `/api/test/channels?n=50000&key=${freshKey()}`;
    const { el, detail } = await load(src);
    try {
      expect(detail).to.include({ parsedIn: 'worker', rows: 100_000 });
      const json: unknown = await (await fetch(src)).json();
      const inline = await load('', json);
      try {
        // Spend has cents: summed in another order, the total would differ in its last bits.
        for (const id of ['visitors', 'customers', 'marketing_spend', 'cac']) expect(el.result!.metrics[id], id).to.deep.equal(inline.el.result!.metrics[id]);
        expect(el.result!.metrics.marketing_spend!.previous!.basis).to.equal('prorated');
        expect(el.currentDataset!.rows.length).to.equal(100_000);
        // Every part arrived: the first channel's and the last's own numbers, this month and to date last month.
        for (const channel of ['ch-0', 'ch-49999']) {
          const mine = core().computeMetrics(el.currentDataset!, { channel }).metrics.marketing_spend!;
          expect(mine, channel).to.deep.equal(core().computeMetrics(inline.el.currentDataset!, { channel }).metrics.marketing_spend);
          expect(mine.value, channel).to.be.greaterThan(5000);
        }
      } finally {
        inline.el.remove();
      }
    } finally {
      el.remove();
    }
  }).timeout(60_000);

  it('reports a record the contract refuses as the page would: kind schema, the path in the whole payload', async () => {
    const el = document.createElement('kpi-card') as KpiCard;
    el.metric = 'mqls';
    el.maxBytes = 50_000_000;
    const failed = oneEvent(el, 'kpi-error') as Promise<KpiErrorEvent>;
    el.src = `/api/test/many?n=30000&broken=1&key=${freshKey()}`;
    document.body.append(el);
    try {
      const { detail } = await failed;
      expect(detail.kind).to.equal('schema');
      expect(detail.issues!.map((i) => i.path)).to.deep.equal(['leads[29999].createdAt']);
    } finally {
      el.remove();
    }
  });

  it('keeps small payloads on the page (a worker costs more than it saves there)', async () => {
    const { el, detail } = await load(`/api/test/sample?key=${freshKey()}`);
    el.remove();
    expect(detail).to.include({ parsedIn: 'page' });
  });
});
