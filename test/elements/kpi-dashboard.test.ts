import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/kpi-dashboard.js';
import { allMetrics } from '../../src/core/index.js';
import type { KpiDashboard } from '../../src/elements/kpi-dashboard/kpi-dashboard.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { clickMark, downloadedCsv, fixture, freshKey, html, menuItem, oneEvent, rendered, requestCount, sampleData, shadow, textOf, waitUntil } from './helpers.js';

const widgets = (el: KpiDashboard) => [...shadow(el).querySelectorAll<KpiElement>('kpi-card, kpi-funnel, sla-gauge, economics-card, kpi-trend, kpi-breakdown, kpi-benchmark, kpi-scorecard, kpi-reasons, kpi-bridge')];
/** A block's widgets: the grid after the block's heading. */
const blockOf = (el: KpiDashboard, heading: string) => {
  const h5 = [...shadow(el).querySelectorAll('h5')].find((h) => h.textContent === heading);
  return h5 ? [...h5.nextElementSibling!.children] : undefined;
};

describe('<kpi-dashboard>', () => {
  it('lays out every catalogue metric by group and kind, from exactly one request', async () => {
    const key = freshKey();
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${key}"></kpi-dashboard>`);
    await rendered(el);
    await waitUntil(() => widgets(el).every((w) => w.result !== undefined), 'widgets did not render', { timeout: 15_000 });
    expect([...shadow(el).querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal(['Marketing', 'Sales', 'Marketing & Sales', 'By channel', 'Economics']);
    expect(shadow(el).querySelectorAll('kpi-scorecard').length).to.equal(1);
    expect(textOf(el)).to.include('Performance indicators');
    const cards = [...shadow(el).querySelectorAll('kpi-card')].map((c) => (c as unknown as { metric: string }).metric);
    expect(cards.sort()).to.deep.equal(allMetrics().map((m) => m.id).sort());
    // One gauge per SLA of the sample: its volume and follow-up SLAs with the funnel, the acceptance SLA in the handoff block.
    expect(shadow(el).querySelectorAll('sla-gauge').length).to.equal((await sampleData()).dataset.slas.length);
    expect(await requestCount('sample', key)).to.equal(1);
    // Every widget reads the dashboard's one dataset object.
    expect(new Set(widgets(el).map((w) => w.currentDataset)).size).to.equal(1);
  });

  it('on a 320 px phone, its controls stay inside it, each checkbox beside its words', async () => {
    const { json } = await sampleData();
    const box = await fixture<HTMLDivElement>(html`<div style="width: 300px" lang="pt-BR"><kpi-dashboard layout='{"sections":[{"blocks":[{"widgets":[{"element":"kpi-card","metric":"mqls"}]}]}]}' .data=${json}></kpi-dashboard></div>`);
    const el = box.querySelector<KpiDashboard>('kpi-dashboard')!;
    await rendered(el);
    const form = shadow(el).querySelector('form.controls')!.getBoundingClientRect();
    for (const label of shadow(el).querySelectorAll<HTMLLabelElement>('form.controls label')) {
      expect(label.getBoundingClientRect().right, label.textContent!.trim()).to.be.at.most(form.right + 0.5);
    }
    for (const label of shadow(el).querySelectorAll<HTMLLabelElement>('form.controls fieldset label')) {
      const [box, words] = [label.querySelector('input')!.getBoundingClientRect(), label.getBoundingClientRect()];
      expect(words.height, `"${label.textContent!.trim()}" on one line`).to.be.below(box.height * 2.5);
    }
  });

  it('places a Handoff block in Marketing & Sales (acceptance, decision time, undecided and stalled leads, failures by reason, the acceptance SLA) and time in stage in Sales', async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
    await rendered(el);
    const handoff = blockOf(el, 'Handoff')!;
    expect(handoff, 'a Handoff block').to.exist;
    expect(handoff[0]!.closest('section')!.querySelector('h4')!.textContent).to.equal('Marketing & Sales');
    const what = (w: Element) => (w.localName === 'kpi-card' ? (w as unknown as { metric: string }).metric : w.localName === 'sla-gauge' ? `sla-gauge ${(w as unknown as { sla: string }).sla}` : w.localName);
    expect(handoff.map(what)).to.deep.equal(['sales_acceptance_rate', 'decision_time_hours', 'mqls_undecided', 'stalled_leads', 'kpi-reasons', 'sla-gauge mql-acceptance']);
    const stages = blockOf(el, 'Time in stage')!;
    expect(stages[0]!.closest('section')!.querySelector('h4')!.textContent).to.equal('Sales');
    expect(stages.map(what)).to.deep.equal(['days_mql_to_sql', 'days_sql_to_opportunity', 'days_opportunity_to_customer']);
    // The other gauges stay with the funnel, the acceptance SLA is not drawn twice.
    expect([...shadow(el).querySelectorAll('sla-gauge')].map((g) => (g as unknown as { sla: string }).sla)).to.deep.equal(['mql-volume', 'mql-follow-up', 'mql-acceptance']);
    // Every widget of the block draws its numbers from the dashboard's dataset, the chart included.
    const reasons = handoff.find((w) => w.localName === 'kpi-reasons') as KpiElement;
    await waitUntil(() => handoff.every((w) => (w as KpiElement).result !== undefined) && reasons.shadowRoot!.querySelector('.chart svg g.mark-rect'), 'the handoff block did not draw', { timeout: 15_000 });
    expect(reasons.shadowRoot!.querySelector('[part=headline]')!.textContent).to.match(/^\d+% of failures point at marketing's work, \d+% at sales'\.$/);
    for (const w of handoff) expect((w as KpiElement).shadowRoot!.querySelector('[role=alert]'), w.localName).to.equal(null);
    // In Portuguese, its headings too.
    el.setAttribute('lang', 'pt-BR');
    await waitUntil(() => blockOf(el, 'Passagem para vendas') && blockOf(el, 'Tempo na etapa'), 'the blocks\' headings in Portuguese');
  });

  it('shows in Marketing & Sales why new customers moved: the bridge after the funnel, from the dashboard\'s dataset, to the customers card\'s value', async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
    await rendered(el);
    const bridge = shadow(el).querySelector<KpiElement>('kpi-bridge')!;
    expect(bridge.closest('section')!.querySelector('h4')!.textContent).to.equal('Marketing & Sales');
    expect(bridge.previousElementSibling!.localName).to.equal('kpi-funnel');
    await waitUntil(() => bridge.shadowRoot!.querySelector('.chart svg g.mark-rect'), 'the bridge did not draw', { timeout: 15_000 });
    expect(bridge.currentDataset).to.equal(shadow(el).querySelector<KpiElement>('kpi-funnel')!.currentDataset);
    expect(bridge.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    const customers = [...shadow(el).querySelectorAll<KpiElement>('kpi-card')].find((c) => (c as unknown as { metric: string }).metric === 'customers')!;
    await waitUntil(() => customers.result !== undefined, 'the customers card did not compute');
    const value = customers.result!.metrics.customers!.value!;
    expect(bridge.shadowRoot!.querySelector('[part=note]')!.textContent).to.match(new RegExp(`^New customers from .+ to ${value}\\b`));
  });

  it('"Why did it move?" on a chain metric\'s card opens its bridge in place, by keyboard, and Escape closes it back to the card', async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
    await rendered(el);
    const cardOf = (metric: string) => [...shadow(el).querySelectorAll<KpiElement>('kpi-card')].find((c) => (c as unknown as { metric: string }).metric === metric)!;
    await waitUntil(() => cardOf('customers').result !== undefined && cardOf('cac').result !== undefined, 'the cards did not compute');
    // Only metrics that are a product of drivers offer it.
    expect((cardOf('customers') as unknown as { why: boolean }).why).to.equal(true);
    expect((cardOf('cac') as unknown as { why: boolean }).why).to.equal(false);
    const card = cardOf('customers');
    const button = card.shadowRoot!.querySelector<HTMLElement>('[part=actions]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'End' });
    expect(card.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Why did it move?');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('.why kpi-bridge'), 'the bridge did not open');
    const panel = shadow(el).querySelector<HTMLElement>('.why')!;
    // Identity checks as booleans: a failing equal() on elements would print the whole dataset.
    expect(panel.previousElementSibling === card, 'the panel opens right after its card').to.equal(true);
    await waitUntil(() => shadow(el).activeElement === panel, 'focus did not move into the opened bridge');
    const bridge = panel.querySelector<KpiElement>('kpi-bridge')!;
    expect((bridge as unknown as { metric: string }).metric).to.equal('customers');
    await waitUntil(() => bridge.shadowRoot!.querySelector('.chart svg g.mark-rect'), 'the opened bridge did not draw', { timeout: 15_000 });
    expect(bridge.currentDataset === card.currentDataset, 'the bridge reads the dashboard\'s dataset').to.equal(true);
    // Escape closes it and gives focus back to the card's menu button.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('.why'), 'the bridge did not close');
    await waitUntil(() => card.shadowRoot!.activeElement === button, 'focus did not return to the card');
  });

  it('a driver chosen in the bridge opens its trend under the bridge, focus inside; Escape closes it back to the bridge', async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
    await rendered(el);
    const bridge = shadow(el).querySelector<KpiElement>('kpi-bridge')!;
    await waitUntil(() => bridge.shadowRoot!.querySelector('.chart svg g.mark-rect.role-mark > path'), 'the bridge did not draw', { timeout: 15_000 });
    // The bars from the top: the reference, then the drivers in the funnel's order (leads, lead_to_mql, mql_to_sql, …).
    const byTop = [...bridge.shadowRoot!.querySelectorAll('.chart svg g.mark-rect.role-mark > path')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    const box = byTop[3]!.getBoundingClientRect();
    byTop[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
    await waitUntil(() => shadow(el).querySelector('.driver-trend kpi-trend'), 'the driver\'s trend did not open');
    const panel = shadow(el).querySelector<HTMLElement>('.driver-trend')!;
    expect(panel.previousElementSibling === bridge, 'the trend opens right after its bridge').to.equal(true);
    const trend = panel.querySelector<KpiElement>('kpi-trend')!;
    expect((trend as unknown as { metric: string }).metric).to.equal('mql_to_sql');
    await waitUntil(() => shadow(el).activeElement === panel, 'focus did not move into the driver\'s trend');
    await waitUntil(() => trend.result !== undefined, 'the trend did not compute');
    expect(trend.currentDataset === bridge.currentDataset, 'the trend reads the dashboard\'s dataset').to.equal(true);
    expect(trend.result!.period).to.equal(bridge.result!.period);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('.driver-trend'), 'the trend did not close');
    await waitUntil(() => bridge.shadowRoot!.activeElement === bridge.shadowRoot!.querySelector('[part=actions]'), 'focus did not return to the bridge');
  });

  it('Escape in a driver\'s trend opened inside a "Why?" closes the trend alone, back to that bridge', async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
    await rendered(el);
    const card = [...shadow(el).querySelectorAll<KpiElement>('kpi-card')].find((c) => (c as unknown as { metric: string }).metric === 'customers')!;
    await waitUntil(() => card.result !== undefined, 'the card did not compute');
    (await menuItem(card, 'Why did it move?')).click();
    await waitUntil(() => shadow(el).querySelector('.why kpi-bridge'), 'the bridge did not open');
    const bridge = shadow(el).querySelector<KpiElement>('.why kpi-bridge')!;
    await waitUntil(() => bridge.shadowRoot!.querySelector('button.step'), 'the bridge has no driver lines', { timeout: 15_000 });
    bridge.shadowRoot!.querySelector<HTMLButtonElement>('button.step')!.click();
    await waitUntil(() => shadow(el).querySelector('.why .driver-trend'), 'the driver\'s trend did not open');
    await waitUntil(() => shadow(el).activeElement === shadow(el).querySelector('.why .driver-trend'), 'focus did not move into the driver\'s trend');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('.driver-trend'), 'the trend did not close');
    expect(Boolean(shadow(el).querySelector('.why kpi-bridge')), 'the "Why?" stays open').to.equal(true);
    await waitUntil(() => bridge.shadowRoot!.activeElement === bridge.shadowRoot!.querySelector('[part=actions]'), 'focus did not return to the bridge');
  });

  it("a card's value chosen (Enter) opens its metric's trend under the card, focus inside; Escape closes it back to the value", async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
    await rendered(el);
    const card = [...shadow(el).querySelectorAll<KpiElement>('kpi-card')].find((c) => (c as unknown as { metric: string }).metric === 'leads')!;
    await rendered(card);
    const value = card.shadowRoot!.querySelector<HTMLButtonElement>('[part=value]')!;
    value.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('.chosen-trend kpi-trend'), "the card's trend did not open");
    const panel = shadow(el).querySelector<HTMLElement>('.chosen-trend')!;
    expect(panel.previousElementSibling === card, 'the trend opens right after its card').to.equal(true);
    expect(panel.getAttribute('aria-label')).to.equal('The metric over time');
    const trend = panel.querySelector<KpiElement>('kpi-trend')!;
    expect((trend as unknown as { metric: string }).metric).to.equal('leads');
    await waitUntil(() => shadow(el).activeElement === panel, "focus did not move into the card's trend");
    await waitUntil(() => trend.result !== undefined, 'the trend did not compute');
    expect(trend.result!.period).to.equal(card.result!.period);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('.chosen-trend'), 'the trend did not close');
    await waitUntil(() => card.shadowRoot!.activeElement === value, 'focus did not return to the value');
  });

  it('an economics tile or a funnel stage chosen opens that metric\'s trend under its widget; Escape gives focus back to the tile', async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
    await rendered(el);
    const economics = shadow(el).querySelector<KpiElement>('economics-card')!;
    await rendered(economics);
    const tile = economics.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.tile')[0]!;
    tile.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('.chosen-trend kpi-trend'), 'the tile\'s trend did not open');
    let panel = shadow(el).querySelector<HTMLElement>('.chosen-trend')!;
    expect(panel.previousElementSibling === economics, 'under the economics card').to.equal(true);
    expect((panel.querySelector('kpi-trend') as unknown as { metric: string }).metric).to.equal('cac');
    await waitUntil(() => shadow(el).activeElement === panel, 'focus did not move into the trend');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => economics.shadowRoot!.activeElement === tile, 'focus did not return to the tile');
    const funnel = shadow(el).querySelector<KpiElement>('kpi-funnel')!;
    await rendered(funnel);
    funnel.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.stage')[1]!.click();
    await waitUntil(() => shadow(el).querySelector('.chosen-trend kpi-trend'), 'the stage\'s trend did not open');
    panel = shadow(el).querySelector<HTMLElement>('.chosen-trend')!;
    expect(panel.previousElementSibling === funnel, 'under the funnel').to.equal(true);
    expect((panel.querySelector('kpi-trend') as unknown as { metric: string }).metric).to.equal('mqls');
    expect(el.channel, 'a stage narrows nothing').to.equal(undefined);
  });

  it('the meeting view shows what changed since the last meeting; a line goes back to the widget that shows it', async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard since="2026-03-11" src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
    await rendered(el);
    const view = [...shadow(el).querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith('View'))!.querySelector('select')!;
    view.focus();
    view.value = 'meeting';
    view.dispatchEvent(new Event('change'));
    await waitUntil(() => shadow(el).querySelector('kpi-review'), 'the meeting view did not open');
    expect(shadow(el).activeElement === view, 'the select keeps the focus (its node is kept)').to.equal(true);
    expect(shadow(el).querySelectorAll('kpi-card').length, 'the review replaces the sections').to.equal(0);
    const review = shadow(el).querySelector<KpiElement>('kpi-review')!;
    await waitUntil(() => review.shadowRoot!.querySelector('[part=headline]'), 'the review did not render', { timeout: 15_000 });
    expect(review.shadowRoot!.querySelector('[part=dates]')!.textContent).to.include('since 2026-03-11');
    expect((review as unknown as { headingLevel: number }).headingLevel).to.equal(4);
    // Its controls are the ones that change it: the last meeting's day and the view's filters, not a period, counting or comparisons.
    const labels = [...shadow(el).querySelectorAll('[part=controls] label, [part=controls] legend')].map((l) => l.textContent!.trim().split(/\s/)[0]);
    expect(labels).to.include.members(['Last', 'Channel', 'View']);
    expect(labels).not.to.include.members(['Period']);
    expect(shadow(el).querySelector('[part=controls] fieldset')).to.equal(null);
    const since = shadow(el).querySelector<HTMLInputElement>('[part=controls] input[type=date]')!;
    expect(since.value).to.equal('2026-03-11');
    since.value = '2026-03-04';
    since.dispatchEvent(new Event('change'));
    await waitUntil(() => review.shadowRoot!.querySelector('[part=dates]')?.textContent?.includes('since 2026-03-04'), 'the review did not follow the day');
    since.value = '2026-03-11';
    since.dispatchEvent(new Event('change'));
    await waitUntil(() => review.shadowRoot!.querySelector('[part=dates]')?.textContent?.includes('since 2026-03-11'), 'the review did not come back');
    // Printed for the meeting: the review without the dashboard's controls.
    const controls = shadow(el).querySelector('[part=controls]')!;
    await emulateMedia({ media: 'print' });
    try {
      expect(controls.getClientRects().length).to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(controls.getClientRects().length).to.equal(1);
    // An SLA that slipped: its line leads to its gauge, whose menu takes focus.
    const line = [...review.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.item')].find((b) => b.textContent!.startsWith('MQLs contacted within 4 hours'))!;
    line.click();
    await waitUntil(() => !shadow(el).querySelector('kpi-review') && shadow(el).querySelector('sla-gauge'), 'the dashboard did not come back');
    const gauge = [...shadow(el).querySelectorAll<KpiElement>('sla-gauge')].find((g) => (g as unknown as { sla: string }).sla === 'mql-follow-up')!;
    await waitUntil(() => gauge.shadowRoot!.activeElement === gauge.shadowRoot!.querySelector('[part=actions]'), 'the gauge did not take focus');
  });

  it('comparisons unticked and ticked again are the default again, whatever the order of the clicks', async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}" .layout=${{ sections: [] }}></kpi-dashboard>`);
    await rendered(el);
    const box = (i: number) => shadow(el).querySelectorAll<HTMLInputElement>('[part=controls] fieldset input')[i]!;
    for (const i of [0, 1, 0, 1]) {
      box(i).click();
      await el.updateComplete;
    }
    expect(el.compare).to.equal('previous target benchmark');
  });

  it('its table view speaks the page\'s language: columns in words, each row headed by the metric\'s name', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="pt-BR"><kpi-dashboard src="/api/test/sample?key=${freshKey()}"></kpi-dashboard></div>`);
    const el = host.querySelector<KpiDashboard>('kpi-dashboard')!;
    await rendered(el);
    (await menuItem(el, 0)).click();
    await el.updateComplete;
    const table = shadow(el).querySelector('[part=table]')!;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headers.slice(0, 3)).to.deep.equal(['Métrica', 'Id', 'Valor']);
    expect(headers.some((h) => /_/.test(h)), headers.join(' | ')).to.equal(false);
    const mqls = [...table.querySelectorAll('tbody tr')].find((tr) => tr.children[1]!.textContent!.trim() === 'mqls')!;
    expect(mqls.querySelector('th')!.textContent!.trim()).to.equal('MQLs');
    expect(table.textContent).not.to.match(/to-date|\bfull\b/);
  });

  it('with url-state, the URL fragment holds the view: a link opens it, a choice updates it', async () => {
    const page = `${location.pathname}${location.search}`;
    history.replaceState(null, '', `${page}#period=2026-02&mode=cohort&where.segment=SMB&compare-by=segment&view=meeting&since=2026-02-20`);
    try {
      const el = await fixture<KpiDashboard>(html`<kpi-dashboard url-state src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
      await rendered(el);
      expect([el.period, el.mode, el.where, el.compareBy, el.view, el.since]).to.deep.equal(['2026-02', 'cohort', { segment: 'SMB' }, 'segment', 'meeting', '2026-02-20']);
      await waitUntil(() => el.result?.period === '2026-02' && shadow(el).querySelector('kpi-review'), 'the fragment\'s view did not show');
      // A choice in the controls: the fragment follows, in one order, with nothing that is a default.
      const since = shadow(el).querySelector<HTMLInputElement>('[part=controls] input[type=date]')!;
      since.value = '2026-02-21';
      since.dispatchEvent(new Event('change'));
      await waitUntil(() => location.hash === '#period=2026-02&mode=cohort&compare-by=segment&view=meeting&since=2026-02-21&where.segment=SMB', `the fragment is ${location.hash}`);
      // Going back to a link's fragment (the page's own navigation) sets the view again.
      location.hash = '#period=2026-02';
      await waitUntil(() => el.period === '2026-02' && el.view === 'dashboard' && el.where === undefined && el.mode === 'period', 'the fragment was not read again');
      // No comparisons at all is a choice a link keeps (absent, the default: all three).
      await el.updateComplete;
      for (const box of shadow(el).querySelectorAll<HTMLInputElement>('[part=controls] fieldset input[type=checkbox]')) {
        box.checked = false;
        box.dispatchEvent(new Event('change'));
        await el.updateComplete;
      }
      await waitUntil(() => location.hash === '#period=2026-02&compare=', `the fragment is ${location.hash}`);
      location.hash = '#compare=&mode=cohort';
      await waitUntil(() => el.mode === 'cohort', 'the fragment was not read again');
      expect(el.compare).to.equal('');
      // Without url-state the fragment is the page's: a dashboard neither reads nor writes it.
      const plain = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
      await rendered(plain);
      expect(plain.period).to.equal(undefined);
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('a JSON layout places kpi-review with its since, and names a since that is not a day', async () => {
    const layout = (since: string) => JSON.stringify({ sections: [{ blocks: [{ widgets: [{ element: 'kpi-review', since }] }] }] });
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}" layout=${layout('2026-03-04')}></kpi-dashboard>`);
    await rendered(el);
    const review = widgets(el).length === 0 ? shadow(el).querySelector('kpi-review') : null;
    expect((review as unknown as { since: string }).since).to.equal('2026-03-04');
    el.setAttribute('layout', layout('last week'));
    await waitUntil(() => shadow(el).querySelector('[role=alert]'), 'no error for a bad since');
    expect(textOf(el)).to.include('expected a day YYYY-MM-DD');
  });

  it('a JSON layout places kpi-bridge with its metric and reference', async () => {
    const layout = { sections: [{ blocks: [{ widgets: [{ element: 'kpi-bridge', metric: 'revenue', against: 'target' }] }] }] };
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}" layout=${JSON.stringify(layout)}></kpi-dashboard>`);
    await rendered(el);
    const bridge = widgets(el)[0] as unknown as { localName: string; metric: string; against: string };
    expect([bridge.localName, bridge.metric, bridge.against]).to.deep.equal(['kpi-bridge', 'revenue', 'target']);
  });

  it('a JSON layout places kpi-reasons with its kind, and gauges by SLA type', async () => {
    const layout = { sections: [{ blocks: [{ topic: 'handoff', widgets: [{ element: 'kpi-reasons', kind: 'rejected' }, { element: 'sla-gauge', type: 'acceptance' }, { element: 'sla-gauge' }] }] }] };
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}" layout=${JSON.stringify(layout)}></kpi-dashboard>`);
    await rendered(el);
    expect(widgets(el).map((w) => w.localName)).to.deep.equal(['kpi-reasons', 'sla-gauge', 'sla-gauge', 'sla-gauge']);
    expect((widgets(el)[0] as unknown as { kind: string }).kind).to.equal('rejected');
    expect(widgets(el).slice(1).map((g) => (g as unknown as { sla: string }).sla)).to.deep.equal(['mql-acceptance', 'mql-volume', 'mql-follow-up']);
    expect(textOf(el)).to.include('Handoff');
  });

  it('hands its density to every widget', async () => {
    const layout = { sections: [{ blocks: [{ widgets: [{ element: 'kpi-card', metric: 'mqls' }, { element: 'kpi-scorecard' }, { element: 'sla-gauge' }] }] }] };
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard density="compact" src="/api/test/sample?key=${freshKey()}" .layout=${layout}></kpi-dashboard>`);
    await rendered(el);
    await el.updateComplete;
    expect(widgets(el).length).to.be.above(2);
    expect(widgets(el).every((w) => w.getAttribute('density') === 'compact')).to.equal(true);
  });

  it('its controls drive every widget', async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}" .layout=${{ sections: [{ group: 'sales', blocks: [{ widgets: [{ element: 'kpi-card', metric: 'customers' }, { element: 'kpi-funnel' }] }] }] }}></kpi-dashboard>`);
    await rendered(el);
    const [period, channel] = shadow(el).querySelectorAll<HTMLSelectElement>('select');
    period!.value = '2025-11';
    period!.dispatchEvent(new Event('change'));
    channel!.value = 'referral';
    channel!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await waitUntil(() => widgets(el).every((w) => w.result?.period === '2025-11' && w.result?.channel === 'referral'), 'widgets did not follow the controls');
    await expect(el).to.be.accessible();
  });

  it('takes a JSON layout attribute', async () => {
    const layout = JSON.stringify({ sections: [{ title: 'Ours', blocks: [{ title: 'Top', widgets: [{ element: 'kpi-card', metric: 'cac' }, { element: 'economics-card' }] }] }] });
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard layout=${layout} src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
    await rendered(el);
    expect(widgets(el).map((w) => w.localName)).to.deep.equal(['kpi-card', 'economics-card']);
    expect(textOf(el)).to.include('Ours');
  });

  it('names what is wrong with a layout that does not match its schema, never an empty dashboard', async () => {
    const bad: Array<[unknown, string]> = [
      [{ sections: [{ blocks: [{ widgets: [{ element: 'kpi-card', metric: 'cac' }, { element: 'script', src: 'x' }] }] }] }, 'sections[0].blocks[0].widgets[1].element: expected element kpi-card'],
      [{ sections: null }, 'sections: expected array'],
      [{ sections: [null] }, 'sections[0]: expected object'],
      [{ sections: [{ blocks: [{ widgets: [{ element: 'kpi-card', metric: 42 }] }] }] }, 'sections[0].blocks[0].widgets[0].metric: expected a metric id'],
      [{ sections: [{ blocks: [{ widgets: [{ element: 'kpi-funnel', split: 'yes' }] }] }] }, 'sections[0].blocks[0].widgets[0].split: expected true or false'],
      [{ sections: [{ blocks: [{ widgets: [{ element: 'kpi-reasons', kind: 'stolen' }] }] }] }, 'sections[0].blocks[0].widgets[0].kind: expected one of all, rejected, disqualified, lost'],
      [{ sections: [{ blocks: [{ widgets: [{ element: 'kpi-bridge', against: 'yesterday' }] }] }] }, 'sections[0].blocks[0].widgets[0].against: expected one of previous, target'],
      [{ sections: [{ blocks: [{ widgets: [{ element: 'sla-gauge', type: 'speed' }] }] }] }, 'sections[0].blocks[0].widgets[0].type: expected one of volume, response, metric, acceptance'],
      [{ sections: [{ blocks: [{ topic: 'gossip', widgets: [] }] }] }, 'sections[0].blocks[0].topic: expected one of handoff, time-in-stage'],
      [{ sections: [{ title: 'x', blocks: [], extra: 1 }] }, 'sections[0].extra: unknown key'],
      ['{not json', 'the layout attribute is not valid JSON'],
    ];
    for (const [layout, problem] of bad) {
      const errors: string[] = [];
      const el = await fixture<KpiDashboard>(
        typeof layout === 'string'
          ? html`<kpi-dashboard layout=${layout} @kpi-error=${(e: CustomEvent) => errors.push(e.detail.message)} src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`
          : html`<kpi-dashboard .layout=${layout} @kpi-error=${(e: CustomEvent) => errors.push(e.detail.message)} src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`,
      );
      await rendered(el);
      await waitUntil(() => shadow(el).querySelector('[role=alert]'), `no error for ${JSON.stringify(layout)}`);
      expect(textOf(el), JSON.stringify(layout)).to.include(`The layout is not valid: ${problem}`);
      expect(widgets(el)).to.have.length(0);
      expect(shadow(el).querySelector('script')).to.equal(null);
      expect(errors.some((m) => m.includes(problem)), JSON.stringify(errors)).to.equal(true);
    }
  });

  it('offers the whole metric set as CSV', async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}" .layout=${{ sections: [] }}></kpi-dashboard>`);
    await rendered(el);
    const csvItem = await menuItem(el, 1);
    const csv = await downloadedCsv(el, () => csvItem.click());
    expect(csv.trim().split('\r\n')).to.have.length(allMetrics().length + 1);
    // On screen the same table reads in words and the locale's formats; the CSV stays raw.
    (await menuItem(el, 0)).click();
    await el.updateComplete;
    const row = (id: string) => [...[...shadow(el).querySelectorAll('tbody tr')].find((tr) => tr.children[1]!.textContent === id)!.children].map((c) => c.textContent!.trim());
    expect(row('cac')[2]).to.match(/^R\$[\d,]+$/);
    // The sample's CAC payback is about 11 months against "<= 12": the verdict in words, not "better".
    expect(row('cac_payback_months')[13]).to.equal('better than the benchmark');
    expect(row('lead_to_mql')[8]).to.match(/ pp$/);
    expect(csv).to.match(/\r\nCAC,cac,[\d.]+,money,/);
  });

  describe('drill-down', () => {
    it('a click on a channel\'s bar sets the channel of every widget, says so, and makes no new request', async () => {
      const key = freshKey();
      const layout = { sections: [{ group: 'marketing', blocks: [{ widgets: [{ element: 'kpi-breakdown', metric: 'leads' }, { element: 'kpi-card', metric: 'mqls' }, { element: 'kpi-funnel', split: true }] }] }] };
      const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${key}" .layout=${layout}></kpi-dashboard>`);
      await rendered(el);
      const heard = oneEvent(el, 'kpi-select');
      await clickMark(shadow(el).querySelector('kpi-breakdown')!, '.mark-rect path');
      const channel = (await heard).detail.channel!;
      // The largest bar is drawn first: organic-search has the most leads in March.
      expect(channel).to.equal('organic-search');
      await waitUntil(() => widgets(el).every((w) => w.result?.channel === channel || w.localName === 'kpi-breakdown'), 'widgets did not follow the drill-down');
      expect(shadow(el).querySelector('[part=drilled]')!.textContent).to.include(`Showing channel ${channel}`);
      expect(shadow(el).querySelectorAll<HTMLSelectElement>('select')[1]!.value).to.equal(channel);
      expect(await requestCount('sample', key)).to.equal(1);
      await expect(el).to.be.accessible();
      shadow(el).querySelector<HTMLButtonElement>('[part=drilled] button')!.click();
      await waitUntil(() => widgets(el).every((w) => w.result?.channel === undefined), 'back to all channels');
      expect(shadow(el).querySelector('[part=drilled]')).to.equal(null);
      // The button went with the filter: focus is on the channel filter, not left on the page.
      await waitUntil(() => shadow(el).activeElement?.id === 'channel-filter', 'focus did not move to the channel filter');
    });

    it('a channel of the funnel\'s legend or of the scorecard sets the channel too; a funnel stage does not', async () => {
      const layout = { sections: [{ blocks: [{ widgets: [{ element: 'kpi-funnel', split: true }, { element: 'kpi-scorecard' }] }] }] };
      const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}" .layout=${layout}></kpi-dashboard>`);
      await rendered(el);
      const funnel = shadow(el).querySelector('kpi-funnel')!;
      await waitUntil(() => funnel.shadowRoot?.querySelector('.legend button'), 'funnel legend');
      funnel.shadowRoot!.querySelector<HTMLButtonElement>('button.stage')!.click();
      await el.updateComplete;
      expect(el.channel).to.equal(undefined);
      funnel.shadowRoot!.querySelector<HTMLButtonElement>('.legend button')!.click();
      expect(el.channel).to.equal('organic-search');
      const scorecard = shadow(el).querySelector('kpi-scorecard')!;
      await waitUntil(() => scorecard.shadowRoot?.querySelector('[part=grid] tbody th'), 'scorecard');
      const email = [...scorecard.shadowRoot!.querySelectorAll<HTMLElement>('[part=grid] tbody th')].find((th) => th.textContent!.trim() === 'email')!;
      email.click();
      expect(el.channel).to.equal('email');
      scorecard.shadowRoot!.querySelector<HTMLElement>('[part=grid] tfoot th')!.click();
      expect(el.channel).to.equal(undefined);
    });

    it('a click on a trend\'s point sets the dashboard\'s period', async () => {
      const layout = { sections: [{ blocks: [{ widgets: [{ element: 'kpi-trend', metric: 'mqls' }, { element: 'kpi-card', metric: 'mqls' }] }] }] };
      const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}" .layout=${layout}></kpi-dashboard>`);
      await rendered(el);
      const heard = oneEvent(el, 'kpi-select');
      await clickMark(shadow(el).querySelector('kpi-trend')!, '.mark-symbol path');
      const period = (await heard).detail.period;
      expect(period).to.match(/^\d{4}-\d{2}$/);
      expect(period).not.to.equal('2026-03');
      await waitUntil(() => widgets(el).every((w) => w.result?.period === period), 'widgets did not follow the period');
    });
  });

  it("lays each block out in full rows of one height, at 1400, 1024, 768 and 400 px, no widget alone in a last row (but two across), a block's only card half a wide block", async () => {
    const el = await fixture<KpiDashboard>(html`<kpi-dashboard src="/api/test/sample?key=${freshKey()}"></kpi-dashboard>`);
    await rendered(el);
    await waitUntil(() => widgets(el).every((w) => w.result !== undefined), 'widgets did not render', { timeout: 15_000 });
    for (const width of [1400, 1024, 768, 400]) {
      el.style.width = `${width}px`;
      // A resized block is balanced in the frame after the resize.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      for (const grid of shadow(el).querySelectorAll<HTMLElement>('.grid')) {
        const box = grid.getBoundingClientRect();
        const rows = new Map<number, DOMRect[]>();
        for (const child of grid.children) {
          const r = child.getBoundingClientRect();
          rows.set(Math.round(r.top), [...(rows.get(Math.round(r.top)) ?? []), r]);
        }
        for (const [top, row] of rows) {
          const where = `${width} px, row at ${top}`;
          expect(new Set(row.map((r) => Math.round(r.height))).size, `${where}: one height`).to.equal(1);
          // No hole: the row's last widget ends where the block does; a block's only card takes half a wide block.
          const alone = grid.children.length === 1 && !grid.children[0]!.matches('.wide, .full') && box.width > 34 * 16;
          if (alone) expect(row[0]!.width, `${where}: half`).to.be.below(box.width / 2 + 1);
          else expect(Math.abs(Math.max(...row.map((r) => r.right)) - box.right), `${where}: full`).to.be.below(2);
        }
        // A block of one-column widgets never ends in a row of one, but two across (an odd count).
        const lengths = [...rows.values()].map((row) => row.length);
        const oneColumnEach = ![...grid.children].some((child) => child.matches('.wide, .full'));
        if (oneColumnEach && lengths.length > 1 && lengths[0]! > 2) expect(lengths.at(-1), `${width} px: ${lengths.join(' + ')}`).to.be.above(1);
      }
    }
  });
});
