import { sendKeys } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import '../../src/define/kpi-bridge.js';
import type { KpiBridge } from '../../src/elements/kpi-bridge/kpi-bridge.js';
import { downloadedCsv, drawnChart, fixture, html, menuItem, oneEvent, rendered, sampleData, shadow, textOf } from './helpers.js';

// <kpi-bridge> against an answer key counted here from the sample's raw records (never asked
// of the core): leads, MQLs, SQLs, opportunities and customers are createdAt, mqlAt, sqlAt,
// opportunityAt and wonAt stamps on a local day (the stamp's first ten characters; the
// sample's offset is -03:00) of January and of February 2026, both whole months.

interface RawLead {
  createdAt?: string;
  mqlAt?: string;
  sqlAt?: string;
  opportunityAt?: string;
  wonAt?: string;
}
const STAMPS = ['createdAt', 'mqlAt', 'sqlAt', 'opportunityAt', 'wonAt'] as const;

/** [leads, MQLs, SQLs, opportunities, customers] of a month ("2026-01"). */
function counts(leads: readonly RawLead[], month: string): number[] {
  return STAMPS.map((stamp) => leads.filter((lead) => lead[stamp]?.slice(0, 7) === month).length);
}

/** The drivers of customers, [id, English label, value] for a month's counts (the sample renames SQLs to SALs). */
function drivers([l, m, s, o, c]: number[]): Array<[string, string, number]> {
  return [
    ['leads', 'Leads', l!],
    ['lead_to_mql', 'Lead-to-MQL rate', m! / l!],
    ['mql_to_sql', 'MQL-to-SAL rate', s! / m!],
    ['sql_to_opportunity', 'SAL-to-opportunity rate', o! / s!],
    ['opportunity_to_customer', 'Opportunity-to-customer rate', c! / o!],
  ];
}

/** LMDI-I: L(y1, y0) · ln(x1 / x0), L(a, b) = (a − b) / (ln a − ln b). */
const logMean = (a: number, b: number) => (a === b ? a : (a - b) / (Math.log(a) - Math.log(b)));

async function answerKey() {
  const leads = ((await sampleData()).json as { leads: RawLead[] }).leads;
  const jan = counts(leads, '2026-01');
  const feb = counts(leads, '2026-02');
  const before = drivers(jan);
  const now = drivers(feb);
  const l = logMean(feb[4]!, jan[4]!);
  return {
    from: jan[4]!,
    to: feb[4]!,
    steps: now.map(([id, label, x1], i) => ({ id, label, from: before[i]![2], to: x1, contribution: l * Math.log(x1 / before[i]![2]) })),
  };
}

const signed = (value: number) => new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
const fold = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();


const drawn = (el: KpiBridge) => drawnChart(el, 'g.mark-rect');
const bars = (svg: SVGSVGElement) => [...svg.querySelectorAll('g.mark-rect.role-mark > path')];
const notes = (svg: SVGSVGElement) => [...svg.querySelectorAll('g.mark-text.role-mark > text')].map((t) => fold(t.textContent!));

describe('<kpi-bridge>', () => {
  it('draws the reference, one bar per driver and the value, each contribution as LMDI gives it from the raw records, in words too', async () => {
    const key = await answerKey();
    expect(key.steps.reduce((sum, s) => sum + s.contribution, 0), 'the key adds up').to.be.closeTo(key.to - key.from, 1e-9);
    const { json } = await sampleData();
    const el = await fixture<KpiBridge>(html`<kpi-bridge period="2026-02" .data=${json}></kpi-bridge>`);
    const svg = await drawn(el);
    expect(bars(svg)).to.have.length(key.steps.length + 2);
    expect(notes(svg)).to.deep.equal([String(key.from), ...key.steps.map((s) => signed(s.contribution)), String(key.to)]);
    // Helped or hurt, by colour: a contribution that raises new customers (polarity up) is good.
    const good = getComputedStyle(el).getPropertyValue('--_good').trim();
    const bad = getComputedStyle(el).getPropertyValue('--_bad').trim();
    const byTop = [...bars(svg)].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    key.steps.forEach((s, i) => {
      if (Math.abs(s.contribution) > 1e-12) expect(byTop[i + 1]!.getAttribute('fill'), s.id).to.equal(s.contribution > 0 ? good : bad);
    });
    // Each bar in words: "MQL-to-SQL rate +1.6 pp: +0.28 new customers".
    const words = [...shadow(el).querySelectorAll('[part=steps] li')].map((li) => fold(li.textContent!));
    expect(words).to.have.length(key.steps.length);
    key.steps.forEach((s, i) => {
      expect(words[i]!.startsWith(`${s.label} `), words[i]).to.equal(true);
      expect(words[i]!.endsWith(`: ${signed(s.contribution)} new customers`), words[i]).to.equal(true);
      if (s.id === 'leads') expect(words[i]).to.include(`${s.to - s.from > 0 ? '+' : ''}${s.to - s.from}:`);
      else if (Math.abs((s.to - s.from) * 100) >= 0.05) expect(words[i]).to.include(`${s.to > s.from ? '+' : '-'}${Math.abs((s.to - s.from) * 100).toFixed(1)} pp:`);
    });
    expect(fold(shadow(el).querySelector('[part=method]')!.textContent!)).to.include('LMDI');
    expect(fold(shadow(el).querySelector('[part=note]')!.textContent!)).to.equal(`New customers from ${key.from} (previous period) to ${key.to}, 2026-02`);
    expect(textOf(el)).to.include('New customers: what moved it');
    await expect(el).to.be.accessible();
  });

  it('names a count in its words as a sentence does: "new customers", but "MQLs", never "mqls"', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiBridge>(html`<kpi-bridge metric="mqls" period="2026-02" .data=${json}></kpi-bridge>`);
    await drawn(el);
    const words = [...shadow(el).querySelectorAll('[part=steps] li')].map((li) => fold(li.textContent!));
    expect(words.length).to.be.at.least(2);
    for (const line of words) expect(/ MQLs$/.test(line), line).to.equal(true);
  });

  it('the table and the CSV list the reference, each driver and its contribution, and the value', async () => {
    const key = await answerKey();
    const { json } = await sampleData();
    const el = await fixture<KpiBridge>(html`<kpi-bridge period="2026-02" .data=${json}></kpi-bridge>`);
    await drawn(el);
    (await menuItem(el, 0)).click();
    await el.updateComplete;
    const table = shadow(el).querySelector('[part=table]')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Driver', 'From', 'To', 'Change', 'Contribution']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => fold(td.textContent!)));
    expect(rows).to.have.length(key.steps.length + 2);
    expect(rows.slice(1, -1).map((r) => [r[0], r[4]])).to.deep.equal(key.steps.map((s) => [s.label, signed(s.contribution)]));
    expect(fold(table.querySelector('caption')?.textContent ?? '')).to.include('LMDI');
    const csvItem = await menuItem(el, 1);
    const csv = await downloadedCsv(el, () => csvItem.click());
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).to.equal('Driver,From,To,Change,Contribution');
    expect(lines.slice(2, -1).map((line) => line.split(',')[0])).to.deep.equal(key.steps.map((s) => s.id));
    lines.slice(2, -1).forEach((line, i) => expect(Number(line.split(',').at(-1))).to.be.closeTo(key.steps[i]!.contribution, 1e-9));
  });

  it('a click on a driver\'s bar selects that driver\'s metric', async () => {
    const key = await answerKey();
    const { json } = await sampleData();
    const el = await fixture<KpiBridge>(html`<kpi-bridge period="2026-02" .data=${json}></kpi-bridge>`);
    const svg = await drawn(el);
    const byTop = [...bars(svg)].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    const bar = byTop[3]!;
    const heard = oneEvent(el, 'kpi-select');
    const box = bar.getBoundingClientRect();
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
    const { detail } = await heard;
    expect(detail).to.deep.equal({ period: '2026-02', metric: key.steps[2]!.id });
  });

  it('a driver\'s line is a button doing what a click on its bar does, from the keyboard', async () => {
    const key = await answerKey();
    const { json } = await sampleData();
    const el = await fixture<KpiBridge>(html`<kpi-bridge period="2026-02" .data=${json}></kpi-bridge>`);
    await drawn(el);
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=steps] button')];
    expect(buttons.length).to.equal(key.steps.length);
    const heard = oneEvent(el, 'kpi-select');
    buttons[2]!.focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await heard;
    expect(detail).to.deep.equal({ period: '2026-02', metric: key.steps[2]!.id });
    await expect(el).to.be.accessible();
  });

  it('against="target" bridges from the targets; a metric with no bridge says why; a bad attribute is an error in words', async () => {
    const { json } = await sampleData();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-bridge period="2026-02" against="target" .data=${json}></kpi-bridge>
      <kpi-bridge period="2026-02" metric="cac" .data=${json}></kpi-bridge>
      <kpi-bridge period="2026-02" against="yesterday" .data=${json}></kpi-bridge>
      <kpi-bridge period="2025-01" .data=${json}></kpi-bridge>
    </div>`);
    const [target, cac, against, first] = [...wrapper.querySelectorAll<KpiBridge>('kpi-bridge')];
    for (const el of [target!, cac!, against!, first!]) await rendered(el);
    // Against targets, a driver without one starts from its previous value, and the bridge says so. No
    // driver of new customers has a target in the sample: the reference is the previous period.
    expect(textOf(target!)).to.include('(previous period)');
    expect(textOf(target!)).to.include('No target for Leads, Lead-to-MQL rate, MQL-to-SAL rate, SAL-to-opportunity rate, and Opportunity-to-customer rate: from the previous period.');
    // With a target for leads, the reference is the targets, and the others are named.
    const sample = json as { targets: object[] };
    const leadsTarget = await fixture<KpiBridge>(html`<kpi-bridge period="2026-02" against="target" .data=${{ ...sample, targets: [...sample.targets, { metric: 'leads', period: '2026-02', value: 900 }] }}></kpi-bridge>`);
    await rendered(leadsTarget);
    expect(textOf(leadsTarget)).to.include('(target)');
    expect(textOf(leadsTarget)).to.include('No target for Lead-to-MQL rate, MQL-to-SAL rate, SAL-to-opportunity rate, and Opportunity-to-customer rate');
    expect(textOf(cac!)).to.include('"cac" is not a product of other metrics');
    expect(textOf(against!)).to.include('Unknown against "yesterday"');
    // The first month of data has no previous period: a readable note, no chart.
    expect(textOf(first!)).to.match(/No bridge for New customers: no data for the previous period \(\d{4}-\d{2}\) to compare with\./);
    expect(shadow(first!).querySelector('.chart svg')).to.equal(null);
  });

  it('by="segment" splits a rate into mix and rate: from, mix, rate, to; the table lists the members', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiBridge>(html`<kpi-bridge period="2026-02" metric="mql_to_sql" by="segment" .data=${json}></kpi-bridge>`);
    const svg = await drawn(el);
    expect(bars(svg)).to.have.length(4);
    expect(notes(svg)[1]).to.match(/ pp$/);
    expect(fold(shadow(el).querySelector('[part=method]')!.textContent!)).to.include('by segment');
    (await menuItem(el, 0)).click();
    await el.updateComplete;
    const members = [...shadow(el).querySelectorAll('[part=table] tbody tr')].map((tr) => fold(tr.children[0]!.textContent!));
    expect(members).to.include.members(['SMB', 'Mid-market', 'Enterprise']);
  });

  it('Portuguese and Spanish words', async () => {
    const { json } = await sampleData();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div lang="pt-BR"><kpi-bridge period="2026-02" .data=${json}></kpi-bridge></div>
      <div lang="es"><kpi-bridge period="2026-02" .data=${json}></kpi-bridge></div>
    </div>`);
    const [pt, es] = [...wrapper.querySelectorAll<KpiBridge>('kpi-bridge')];
    for (const el of [pt!, es!]) await rendered(el);
    expect(textOf(pt!)).to.include('Novos clientes: o que mudou');
    expect(textOf(pt!)).to.include('método LMDI');
    expect(textOf(es!)).to.include('Nuevos clientes: qué lo movió');
  });
});
