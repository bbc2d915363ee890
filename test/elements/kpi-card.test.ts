import { expect } from '@open-wc/testing';
import { formatDelta, formatValue } from '../../src/core/index.js';
import '../../src/define/kpi-card.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import { coreResult, countOnDays, downloadedCsv, fixture, freshKey, html, menuItem, oneEvent, rendered, sampleData, sampleLeads, shadow, textOf, waitUntil } from './helpers.js';

describe('<kpi-card>', () => {
  it('shows the core\'s numbers for the sample data, from the data property', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiCard>(html`<kpi-card metric="cac" .data=${json}></kpi-card>`);
    await rendered(el);
    const m = (await coreResult()).metrics.cac!;
    const value = shadow(el).querySelector('[part=value]')!.textContent!;
    expect(value).to.include(formatValue(m.value, 'money', { locale: 'en', currency: 'BRL' }));
    expect(textOf(el)).to.include(formatDelta(m.previous!, 'money', { locale: 'en', currency: 'BRL' }).replace(/\s/g, ' '));
    expect(textOf(el)).to.include('Target');
    expect(shadow(el).querySelector('[part=sparkline]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows rate deltas in percentage points, from src, in pt-BR', async () => {
    const el = await fixture<KpiCard>(html`<div lang="pt-BR"><kpi-card metric="lead_to_mql" src="/api/test/sample?key=${freshKey()}"></kpi-card></div>`);
    const card = el.querySelector('kpi-card')!;
    await rendered(card);
    expect(textOf(card)).to.include('Conversão lead → MQL');
    expect(textOf(card)).to.match(/p\.p\./);
    expect(textOf(card)).to.include('Fonte');
    await expect(card).to.be.accessible();
  });

  it('at 200 px, never breaks a number at its sign nor a period key at its hyphen', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiCard>(html`<kpi-card lang="pt-BR" metric="cac" style="width: 200px" .data=${json}></kpi-card>`);
    await rendered(el);
    const lines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const numbers = [...shadow(el).querySelectorAll('.n')];
    expect(numbers.map((n) => n.textContent!.replace(/\s/g, ' '))).to.deep.equal(['-R$ 6.944', '-46,2%', 'R$ 15.031', '2025-04 – 2026-03']);
    for (const n of numbers) expect(lines(n), n.textContent!).to.equal(1);
    expect(lines(shadow(el).querySelector('[part=value]')!)).to.equal(1);
  });

  it('cards with the same data and query share one computation; another query gets its own', async () => {
    const { json } = await sampleData();
    const host = await fixture<HTMLElement>(html`<div>
      <kpi-card metric="mqls" .data=${json}></kpi-card><kpi-card metric="cac" .data=${json}></kpi-card><kpi-card metric="cac" period="2026-01" .data=${json}></kpi-card>
    </div>`);
    const [mqls, cac, january] = [...host.querySelectorAll<KpiCard>('kpi-card')];
    await Promise.all([rendered(mqls!), rendered(cac!), rendered(january!)]);
    expect(mqls!.result).to.equal(cac!.result);
    // The latest period named (as a dashboard hands it to its widgets) is the same query.
    const named = document.createElement('kpi-card') as KpiCard;
    Object.assign(named, { metric: 'sqls', period: cac!.result!.period, data: json });
    host.append(named);
    await rendered(named);
    expect(named.result).to.equal(cac!.result);
    expect(january!.result).to.not.equal(cac!.result);
    expect(january!.result!.period).to.equal('2026-01');
    expect(cac!.result!.metrics.cac!.value).to.equal((await coreResult()).metrics.cac!.value);
  });

  it('says which period has no data (empty state)', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiCard>(html`<kpi-card metric="mqls" period="2019-01" .data=${json}></kpi-card>`);
    await rendered(el);
    const status = shadow(el).querySelector('[part=empty]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.include('No data for 2019-01');
    await expect(el).to.be.accessible();
  });

  it('shows "—" with the reason for a metric that cannot be computed (partial)', async () => {
    const data = { version: 1, rows: [{ period: '2026-03', leads: 0, mqls: 0 }] };
    const el = await fixture<KpiCard>(html`<kpi-card metric="lead_to_mql" .data=${data}></kpi-card>`);
    await rendered(el);
    expect(shadow(el).querySelector('[part=value]')!.textContent).to.include('—');
    expect(textOf(el)).to.include('cannot divide by zero');
    expect(shadow(el).querySelector('[part=partial]')).to.exist;
    expect(textOf(el)).not.to.match(/NaN|Infinity|∞/);
    await expect(el).to.be.accessible();
  });

  it('shows an error for an unknown metric id', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiCard>(html`<kpi-card metric="mqlz" .data=${json}></kpi-card>`);
    await el.updateComplete;
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.include('Unknown metric "mqlz"');
  });

  it('is usable by keyboard: the value is a button that fires kpi-select', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiCard>(html`<kpi-card metric="mqls" .data=${json}></kpi-card>`);
    await rendered(el);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part=value]')!;
    button.focus();
    expect(shadow(el).activeElement).to.equal(button);
    setTimeout(() => button.click());
    const event = await oneEvent(el, 'kpi-select');
    expect(event.detail).to.deep.equal({ metric: 'mqls', period: '2026-03' });
  });

  it('a period with nothing before it shows no comparison, not "vs 2024 — (—) · —"', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiCard>(html`<kpi-card metric="mqls" period="2025" .data=${json}></kpi-card>`);
    await rendered(el);
    expect(shadow(el).querySelector('.versus')?.textContent ?? null).to.equal(null);
    expect(textOf(el)).not.to.include('(—)');
  });

  it('without data yet says so quietly: no live region announces "No data" before a page hands it its data', async () => {
    const el = await fixture<KpiCard>(html`<kpi-card metric="mqls" period="2026-03"></kpi-card>`);
    await waitUntil(() => shadow(el).querySelector('.state.note'), 'no note');
    expect(shadow(el).querySelector('.state.note')!.closest('[role=status], [role=alert], [aria-live]')).to.equal(null);
    const { json } = await sampleData();
    el.data = json;
    await rendered(el);
    expect(shadow(el).querySelector('[part=value]')).not.to.equal(null);
  });

  it('has a table view and a CSV of the numbers it shows', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiCard>(html`<kpi-card metric="mqls" .data=${json}></kpi-card>`);
    await rendered(el);
    (await menuItem(el, 0)).click();
    await el.updateComplete;
    expect((await menuItem(el, 0)).getAttribute('aria-checked')).to.equal('true');
    const table = shadow(el).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.include('MQLs, 2026-03');
    const mqls = (await coreResult()).metrics.mqls!;
    // The first row is March to date: its value cell holds the MQLs counted from the raw records.
    const firstRow = [...table.querySelectorAll('tbody tr')[0]!.children].map((c) => c.textContent!.trim());
    expect(firstRow).to.deep.equal(['MQLs (to date)', '2026-03 to date (day 18 of 31)', String(countOnDays(await sampleLeads(), 'mqlAt', '2026-03-01', '2026-03-18'))]);
    await expect(el).to.be.accessible();
    const csvItem = await menuItem(el, 1);
    const csv = await downloadedCsv(el, () => csvItem.click());
    expect(csv.split('\r\n')[0]).to.equal('Metric,Period,Value');
    // The running month is named to date: a CSV keeps the period's key alone.
    expect(csv).to.include(`MQLs (to date),2026-03,${mqls.value}`);
    // The value is named with its metric ("MQLs 54"), not by its number alone.
    (await menuItem(el, 0)).click();
    await el.updateComplete;
    const value = shadow(el).querySelector<HTMLButtonElement>('[part=value]')!;
    expect(value.getAttribute('aria-labelledby')!.split(' ').map((id) => shadow(el).getElementById(id)?.textContent?.trim().split(/\s+/)[0])).to.deep.equal(['MQLs', String(mqls.value)]);
    // February to the same day, named so; February's whole value in the trend's rows, as the CLI counts it.
    expect(mqls.previous!.basis).to.equal('to-date');
    expect(csv).to.include(`MQLs (to date),2026-02,${mqls.previous!.value}`);
    expect(csv).to.include(`MQLs,2026-02,${countOnDays(await sampleLeads(), 'mqlAt', '2026-02-01', '2026-02-28')}`);
    // A ratio of flows compares with the previous period prorated, and says so, as the card does.
    const cac = await fixture<KpiCard>(html`<kpi-card metric="cac" .data=${(await sampleData()).json}></kpi-card>`);
    await rendered(cac);
    expect(cac.result!.metrics.cac!.previous!.basis).to.equal('prorated');
    const cacItem = await menuItem(cac, 1);
    const cacCsv = await downloadedCsv(cac, () => cacItem.click());
    expect(cacCsv).to.include(`CAC (prorated),2026-02,${cac.result!.metrics.cac!.previous!.value}`);
  });

  it('names its downloads after its metric: six cards on a page save six files', async () => {
    const { json } = await sampleData();
    const host = await fixture<HTMLDivElement>(html`<div><kpi-card metric="mqls" .data=${json}></kpi-card><kpi-card metric="cac" channel="email" .data=${json}></kpi-card></div>`);
    const cards = [...host.querySelectorAll<KpiCard>('kpi-card')];
    for (const card of cards) await rendered(card);
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      for (const card of cards) (await menuItem(card, 'Download CSV')).click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['kpi-card-mqls-2026-03.csv', 'kpi-card-cac-2026-03-email.csv']);
  });

  it('reserves its usual height before its numbers, taller where it is narrow (a phone), so they push nothing', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><div style="width: 360px"><kpi-card metric="mqls"></kpi-card></div><div style="width: 800px"><kpi-card metric="mqls"></kpi-card></div></div>`);
    const [narrow, wide] = [...host.querySelectorAll<KpiCard>('kpi-card')].map((card) => card.getBoundingClientRect().height);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    // 14rem wide; narrow, 14rem of content inside its padding and border: about 16rem.
    expect(wide).to.equal(14 * rem);
    expect(narrow).to.be.within(16 * rem, 16.5 * rem);
  });

  it('fires kpi-load with what it loaded', async () => {
    const key = freshKey();
    const el = document.createElement('kpi-card');
    setTimeout(() => {
      el.src = `/api/test/sample?key=${key}`;
      document.body.append(el);
    });
    const event = await oneEvent(el, 'kpi-load');
    expect(event.detail.source).to.equal('src');
    expect(event.detail.leads).to.be.greaterThan(1000);
    el.remove();
  });

  it('follows lang changes on an ancestor', async () => {
    const { json } = await sampleData();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><kpi-card metric="customers" .data=${json}></kpi-card></div>`);
    const el = wrapper.querySelector('kpi-card')!;
    await rendered(el);
    expect(textOf(el)).to.include('New customers');
    wrapper.lang = 'es';
    await waitUntil(() => textOf(el).includes('Nuevos clientes'), 'did not switch to Spanish');
  });

  it('in a row of cards, every sparkline sits at its card\'s foot, level with its neighbours\' (a benchmark or a target above it, or none)', async () => {
    const { json } = await sampleData();
    // A dashboard's rows are flex rows: their cards share the row's height.
    const row = await fixture<HTMLElement>(html`<div style="display:flex;gap:12px;width:720px">
      <kpi-card style="flex:1" metric="mqls" .data=${json}></kpi-card><kpi-card style="flex:1" metric="lead_to_mql" .data=${json}></kpi-card><kpi-card style="flex:1" metric="visitor_to_lead" .data=${json}></kpi-card>
    </div>`);
    const cards = [...row.querySelectorAll<KpiCard>('kpi-card')];
    await Promise.all(cards.map((c) => rendered(c)));
    const feet = cards.map((c) => c.getBoundingClientRect().bottom - shadow(c).querySelector('.trend')!.getBoundingClientRect().bottom);
    const values = cards.map((c) => shadow(c).querySelector('[part=value]')!.getBoundingClientRect());
    // What lies above the trends differs (the benchmark's lines): the test would prove nothing otherwise.
    const above = cards.map((c) => shadow(c).querySelector('dl')!.getBoundingClientRect().bottom - c.getBoundingClientRect().top);
    expect(Math.max(...above) - Math.min(...above)).to.be.greaterThan(20);
    expect(Math.max(...feet) - Math.min(...feet)).to.be.lessThan(1);
    // The value stays a button as wide as its text, not the card's width.
    expect(values.every((v, i) => v.width < cards[i]!.getBoundingClientRect().width / 2)).to.equal(true);
  });

  it('is denser with density="compact": less padding and smaller type', async () => {
    const { json } = await sampleData();
    const wrapper = await fixture<HTMLDivElement>(html`<div><kpi-card metric="mqls" .data=${json}></kpi-card><kpi-card metric="mqls" density="compact" .data=${json}></kpi-card></div>`);
    const [comfortable, compact] = [...wrapper.querySelectorAll('kpi-card')];
    await rendered(comfortable!);
    await rendered(compact!);
    const style = (el: Element) => getComputedStyle(el);
    expect(parseFloat(style(compact!).paddingTop)).to.be.below(parseFloat(style(comfortable!).paddingTop));
    expect(parseFloat(style(compact!).fontSize)).to.be.below(parseFloat(style(comfortable!).fontSize));
    expect(compact!.getAttribute('density')).to.equal('compact');
    await expect(compact!).to.be.accessible();
  });

  it('writes no attribute on its host that the page did not (a framework hydrating server HTML finds its own)', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiCard>(html`<kpi-card metric="mqls" .data=${json}></kpi-card>`);
    await rendered(el);
    expect(el.getAttributeNames()).to.deep.equal(['metric']);
    el.density = 'compact';
    el.theme = 'dark';
    await el.updateComplete;
    expect([el.getAttribute('density'), el.getAttribute('theme')]).to.deep.equal(['compact', 'dark']);
  });

  it('with neither src nor data, says what it needs (not "No data for —")', async () => {
    const el = await fixture<KpiCard>(html`<kpi-card metric="mqls"></kpi-card>`);
    await waitUntil(() => textOf(el).includes('give this element a src URL or a data property'), textOf(el), { timeout: 10_000 });
    expect(textOf(el)).not.to.include('—');
  });
});

describe('<kpi-card> failing in the page\'s language', () => {
  /** The error state of a card in `lang` fetching `src`. */
  async function errorState(lang: string, src: string, extra: Record<string, unknown> = {}): Promise<Element> {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
    const el = Object.assign(document.createElement('kpi-card') as KpiCard, { metric: 'mqls', retries: 0, src }, extra);
    wrapper.append(el);
    await waitUntil(() => shadow(el).querySelector('[part=error]'), 'no error state', { timeout: 10_000 });
    return shadow(el).querySelector('[part=error]')!;
  }
  const failure = async (lang: string, src: string, extra: Record<string, unknown> = {}) => (await errorState(lang, src, extra)).textContent!.replace(/\s+/g, ' ');

  it('says what went wrong in Portuguese and Spanish too, not in English', async () => {
    expect(await failure('pt-BR', `/api/test/status/404?key=${freshKey()}`)).to.include('O servidor respondeu 404').and.include('Verifique a URL em src.');
    expect(await failure('es', `/api/test/status/404?key=${freshKey()}`)).to.include('El servidor respondió 404').and.include('Revise la URL de src.');
    const signIn = await failure('pt-BR', `/api/test/signin?key=${freshKey()}`);
    expect(signIn).to.include('Esperava JSON, mas o servidor enviou text/html').and.not.include('Expected JSON');
    expect(await failure('es', `/api/test/html-as-json?key=${freshKey()}`)).to.include('La respuesta no es JSON válido. Parece HTML');
    expect(await failure('pt-BR', `/api/test/big?key=${freshKey()}`, { maxBytes: 1000 })).to.include('A resposta passa de 1.000 bytes');
    // English keeps the message the error was made with.
    expect(await failure('en', `/api/test/status/404?key=${freshKey()}`)).to.include('The server answered 404').and.include('Check the src URL.');
  });

  it('lists the issues of data that does not match the format once, not again in a sentence above them', async () => {
    const state = await errorState('en', `/api/test/invalid?key=${freshKey()}`);
    const issues = [...state.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(issues.length, state.textContent!).to.equal(2);
    const text = state.textContent!.replace(/\s+/g, ' ');
    for (const issue of issues) expect(text.split(issue).length - 1, text).to.equal(1);
  });
});
