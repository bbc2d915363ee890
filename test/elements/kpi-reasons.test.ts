import { expect } from '@open-wc/testing';
import '../../src/define/kpi-reasons.js';
import type { KpiReasons } from '../../src/elements/kpi-reasons/kpi-reasons.js';
import { chartOf, downloadedCsv, drawnChart, fixture, html, menuItem, oneEvent, rendered, sampleData, shadow, textOf, waitUntil } from './helpers.js';

// <kpi-reasons> against answer keys counted here from the sample's raw records (never asked
// of the core): failures are rejectedAt, disqualifiedAt and lostAt stamps on a local day of
// March 2026 up to the data's asOf (the 18th), by the record's `reason` code.

interface RawLead {
  reason?: string;
  rejectedAt?: string;
  disqualifiedAt?: string;
  lostAt?: string;
  dims?: Record<string, string>;
}
interface RawReason {
  code: string;
  label: string;
  labels?: Record<string, string>;
  owner: 'marketing' | 'sales';
}
type Kind = 'rejected' | 'disqualified' | 'lost';
const STAMP: Record<Kind, keyof RawLead> = { rejected: 'rejectedAt', disqualified: 'disqualifiedAt', lost: 'lostAt' };

async function raw(): Promise<{ leads: RawLead[]; reasons: RawReason[] }> {
  return (await sampleData()).json as { leads: RawLead[]; reasons: RawReason[] };
}

/** A timestamp's first ten characters are its local day (the sample's stamps carry -03:00). */
const inMarch = (stamp: unknown) => typeof stamp === 'string' && stamp.slice(0, 10) >= '2026-03-01' && stamp.slice(0, 10) <= '2026-03-18';

/** Failures by reason code, largest first (ties by code), of the given kinds, among the given leads. */
function answerKey(leads: readonly RawLead[], kinds: readonly Kind[] = ['rejected', 'disqualified', 'lost']): Array<[code: string, failures: number]> {
  const counts = new Map<string, number>();
  for (const lead of leads) for (const kind of kinds) if (inMarch(lead[STAMP[kind]])) counts.set(lead.reason ?? '', (counts.get(lead.reason ?? '') ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}


const drawn = (el: KpiReasons) => drawnChart(el, 'g.mark-rect');

const bars = (svg: SVGSVGElement) => [...svg.querySelectorAll('g.mark-rect.role-mark > path')];
const notes = (svg: SVGSVGElement) => [...svg.querySelectorAll('g.mark-text.role-mark > text')].map((t) => t.textContent!.replace(/[\s\u00a0\u202f]+/g, ' '));
/** The reasons on the y axis, top to bottom: the axis whose labels are all anchored at their end (the x axis's are in their middle, but for the last). */
const axisLabels = (svg: SVGSVGElement) => {
  const axes = [...svg.querySelectorAll('g.role-axis')].map((axis) => [...axis.querySelectorAll('g.role-axis-label > text')]);
  const y = axes.find((labels) => labels.length > 0 && labels.every((t) => t.getAttribute('text-anchor') === 'end'))!;
  return y.map((t) => t.textContent!);
};
/** The team colours the element resolves from its tokens. */
const teamColor = (el: Element, team: 'marketing' | 'sales') => getComputedStyle(el).getPropertyValue(`--_team-${team}`).trim();

describe('<kpi-reasons>', () => {
  it('draws a bar per reason, largest first, each in its team\'s colour with the team written beside it, against the raw records', async () => {
    const { leads, reasons } = await raw();
    const key = answerKey(leads);
    const total = key.reduce((sum, [, n]) => sum + n, 0);
    expect(total, 'the sample has failures in March').to.be.above(10);
    const { json } = await sampleData();
    const el = await fixture<KpiReasons>(html`<kpi-reasons .data=${json}></kpi-reasons>`);
    const svg = await drawn(el);
    const owner = (code: string) => reasons.find((r) => r.code === code)?.owner;
    const drawnBars = bars(svg);
    expect(drawnBars).to.have.length(key.length);
    // Bars top to bottom: the y-axis labels in order are the reasons' labels, largest first.
    expect(axisLabels(svg)).to.deep.equal(key.map(([code]) => reasons.find((r) => r.code === code)!.label));
    const byTop = [...drawnBars].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    const widths = byTop.map((b) => b.getBoundingClientRect().width);
    expect([...widths].sort((a, b) => b - a), 'largest first').to.deep.equal(widths);
    expect(teamColor(el, 'marketing')).not.to.equal(teamColor(el, 'sales'));
    byTop.forEach((bar, i) => expect(bar.getAttribute('fill'), key[i]![0]).to.equal(teamColor(el, owner(key[i]![0])!)));
    // Beside each bar, the team in words and the share: never colour alone.
    expect(notes(svg)).to.deep.equal(key.map(([code, n]) => `${owner(code) === 'marketing' ? 'Marketing' : 'Sales'} · ${Math.round((n / total) * 100)}%`));
    expect(textOf(el)).to.include('Failures by reason');
    await expect(el).to.be.accessible();
  });

  it("weighs the teams in a sentence, in whole percents that add up to 100, in English, Portuguese and Spanish", async () => {
    const { leads, reasons } = await raw();
    const owned = answerKey(leads).filter(([code]) => reasons.some((r) => r.code === code));
    const marketing = owned.filter(([code]) => reasons.find((r) => r.code === code)!.owner === 'marketing').reduce((sum, [, n]) => sum + n, 0);
    const m = Math.round((marketing / owned.reduce((sum, [, n]) => sum + n, 0)) * 100);
    const { json } = await sampleData();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-reasons .data=${json}></kpi-reasons>
      <div lang="pt-BR"><kpi-reasons .data=${json}></kpi-reasons></div>
      <div lang="es"><kpi-reasons .data=${json}></kpi-reasons></div>
    </div>`);
    const [en, pt, es] = [...wrapper.querySelectorAll<KpiReasons>('kpi-reasons')];
    for (const el of [en!, pt!, es!]) await rendered(el);
    const headline = (el: Element) => shadow(el).querySelector('[part=headline]')!.textContent!.replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(headline(en!)).to.equal(`${m}% of failures point at marketing's work, ${100 - m}% at sales'.`);
    expect(headline(pt!)).to.equal(`${m}% das falhas apontam para o trabalho de marketing, ${100 - m}% para o de vendas.`);
    expect(headline(es!)).to.equal(`${m} % de los fallos apuntan al trabajo de marketing, ${100 - m} % al de ventas.`);
    // The reasons' labels in the reader's language, and the teams too.
    const svg = await drawn(pt!);
    expect(axisLabels(svg)).to.include('Vendas não contatou');
    expect(notes(svg).some((n) => n.startsWith('Vendas · '))).to.equal(true);
    expect(textOf(pt!)).to.include('Falhas por motivo');
  });

  it('kind="rejected" counts only the MQLs sales rejected, and says so in its title and sentence', async () => {
    const { leads, reasons } = await raw();
    const key = answerKey(leads, ['rejected']);
    const total = key.reduce((sum, [, n]) => sum + n, 0);
    const marketing = key.filter(([code]) => reasons.find((r) => r.code === code)?.owner === 'marketing').reduce((sum, [, n]) => sum + n, 0);
    const { json } = await sampleData();
    const el = await fixture<KpiReasons>(html`<kpi-reasons kind="rejected" .data=${json}></kpi-reasons>`);
    const svg = await drawn(el);
    expect(axisLabels(svg)).to.deep.equal(key.map(([code]) => reasons.find((r) => r.code === code)!.label));
    expect(shadow(el).querySelector('[part=title]')!.textContent).to.equal('Rejected MQLs by reason');
    const m = Math.round((marketing / total) * 100);
    expect(shadow(el).querySelector('[part=headline]')!.textContent).to.equal(`${m}% of rejected MQLs point at marketing's work, ${100 - m}% at sales'.`);
    // The total is named for what it counts.
    expect(shadow(el).querySelector('p.note')!.textContent).to.include(`Rejected MQLs: ${total}`);
    // Lost deals only, in one segment: the view narrows the count.
    el.kind = 'lost';
    el.where = 'segment=Enterprise';
    await el.updateComplete;
    const lost = answerKey(leads.filter((l) => l.dims?.segment === 'Enterprise'), ['lost']);
    await waitUntil(() => bars(shadow(el).querySelector<SVGSVGElement>('.chart svg')!).length === lost.length && chartOf(el).view, 'bars of lost enterprise deals');
    await chartOf(el).settled;
    const csvItem = await menuItem(el, 1);
    const csv = await downloadedCsv(el, () => csvItem.click());
    expect(csv.trim().split('\r\n').slice(1).map((line) => line.split(',').slice(0, 3).join(','))).to.deep.equal(lost.map(([code, n]) => `${code},${reasons.find((r) => r.code === code)!.owner},${n}`));
  });

  it('an unknown kind is named; rows that count reasons without their kind say so for a kind, and draw for all', async () => {
    const { json } = await sampleData();
    const bad = await fixture<KpiReasons>(html`<kpi-reasons kind="stolen" .data=${json}></kpi-reasons>`);
    await rendered(bad);
    expect(shadow(bad).querySelector('[part=error]')!.textContent).to.include('Unknown kind "stolen": use rejected, disqualified, lost or all.');
    // A period without failures of the kind says so, rather than drawing nothing.
    const quiet = await fixture<KpiReasons>(html`<kpi-reasons kind="lost" .data=${{ version: 1, timezone: 'UTC', asOf: '2026-03-18', reasons: [], leads: [{ id: 'a', createdAt: '2026-03-02T10:00:00Z' }] }}></kpi-reasons>`);
    await rendered(quiet);
    expect(shadow(quiet).querySelector('[part=empty]')!.textContent).to.include('No lost deals in 2026-03');
    expect(shadow(quiet).querySelector('[part=title]')!.textContent).to.equal('Lost deals by reason');
    const rows = {
      version: 1,
      reasons: [
        { code: 'price', label: 'Price', owner: 'sales' },
        { code: 'not-icp', label: 'Not our ICP', owner: 'marketing' },
      ],
      rows: [{ period: '2026-03', leads: 40, mqls: 12, reasons: { price: 3, 'not-icp': 1 } }],
    };
    const el = await fixture<KpiReasons>(html`<kpi-reasons kind="disqualified" .data=${rows}></kpi-reasons>`);
    await rendered(el);
    expect(shadow(el).querySelector('[part=empty]')!.textContent).to.include('not by kind: only kind="all" can be shown');
    expect(shadow(el).querySelector('.chart')).to.equal(null);
    el.kind = 'all';
    const svg = await drawn(el);
    expect(bars(svg)).to.have.length(2);
    expect(shadow(el).querySelector('[part=headline]')!.textContent).to.equal("25% of failures point at marketing's work, 75% at sales'.");
    // Rows without any reasons: the data does not say why, rather than "no failures".
    const silent = await fixture<KpiReasons>(html`<kpi-reasons .data=${{ version: 1, rows: [{ period: '2026-03', leads: 40 }] }}></kpi-reasons>`);
    await rendered(silent);
    expect(shadow(silent).querySelector('[part=empty]')!.textContent).to.include('does not record why');
  });

  it('the table and the CSV list every reason: code, team, failures, share, running share; a dashed rule and its words mark where 80% is reached', async () => {
    const { leads, reasons } = await raw();
    const key = answerKey(leads);
    const total = key.reduce((sum, [, n]) => sum + n, 0);
    const { json } = await sampleData();
    const el = await fixture<KpiReasons>(html`<kpi-reasons .data=${json}></kpi-reasons>`);
    const svg = await drawn(el);
    let running = 0;
    const cumulative = key.map(([, n]) => (running += n) / total);
    const cut = cumulative.findIndex((c) => c >= 0.8);
    expect(svg.querySelectorAll('g.mark-rule.role-mark > line').length, 'one rule').to.equal(cut < key.length - 1 ? 1 : 0);
    expect(shadow(el).querySelector('[part=legend]')!.textContent!.replace(/\s+/g, ' ')).to.include(`the reasons behind ${Math.round(cumulative[cut]! * 100)}% of these failures`);
    (await menuItem(el, 0)).click();
    await el.updateComplete;
    const table = shadow(el).querySelector('[part=table]')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Reason', 'Team', 'Failures', 'Share', 'Cumulative share']);
    expect(table.querySelectorAll('tbody tr')).to.have.length(key.length);
    const tableCsv = await menuItem(el, 1);
    const csv = await downloadedCsv(el, () => tableCsv.click());
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).to.equal('Reason,Team,Failures,Share,Cumulative share');
    lines.slice(1).forEach((line, i) => {
      const [code, team, failures, share, cum] = line.split(',');
      expect([code, team, Number(failures)]).to.deep.equal([key[i]![0], reasons.find((r) => r.code === key[i]![0])!.owner, key[i]![1]]);
      expect(Number(share)).to.be.closeTo(key[i]![1] / total, 1e-9);
      expect(Number(cum)).to.be.closeTo(cumulative[i]!, 1e-9);
    });
  });

  it('failures without a reason are a bar of no team, left out of the teams\' shares and said so', async () => {
    const data = {
      version: 1,
      timezone: 'America/Sao_Paulo',
      asOf: '2026-03-18',
      reasons: [
        { code: 'price', label: 'Price', owner: 'sales' },
        { code: 'not-icp', label: 'Not our ICP', owner: 'marketing' },
      ],
      leads: [
        ...['price', 'price', 'not-icp', undefined, undefined].map((reason, i) => ({ id: `l${i}`, createdAt: '2026-03-02T10:00:00-03:00', mqlAt: '2026-03-02T11:00:00-03:00', rejectedAt: '2026-03-03T10:00:00-03:00', ...(reason && { reason }) })),
      ],
    };
    const el = await fixture<KpiReasons>(html`<kpi-reasons .data=${data}></kpi-reasons>`);
    const svg = await drawn(el);
    // Ties by code: '' (no reason) before "price".
    expect(axisLabels(svg)).to.deep.equal(['no reason given', 'Price', 'Not our ICP']);
    expect(notes(svg)).to.deep.equal(['no team · 40%', 'Sales · 40%', 'Marketing · 20%']);
    const muted = getComputedStyle(el).getPropertyValue('--_muted').trim();
    expect(bars(svg).filter((b) => b.getAttribute('fill') === muted)).to.have.length(1);
    // The teams' shares are of the failures with a team: 1 of 3 is marketing's.
    expect(shadow(el).querySelector('[part=headline]')!.textContent).to.equal("33% of failures point at marketing's work, 67% at sales'.");
    expect(textOf(el)).to.include('Failures without a team (no reason given, or one the data does not declare), left out of these shares: 2.');
    expect(shadow(el).querySelector('[part=legend]')!.textContent).to.include('no team');
  });

  it('a click on a bar selects its reason, with the period and the view', async () => {
    const { leads } = await raw();
    const { json } = await sampleData();
    const el = await fixture<KpiReasons>(html`<kpi-reasons channel="paid-search" .data=${json}></kpi-reasons>`);
    const svg = await drawn(el);
    const heard = oneEvent(el, 'kpi-select');
    const top = [...bars(svg)].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!;
    const box = top.getBoundingClientRect();
    top.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
    const { detail } = await heard;
    const key = answerKey(leads.filter((l) => (l as { channel?: string }).channel === 'paid-search'));
    expect(detail).to.deep.equal({ period: '2026-03', channel: 'paid-search', where: { channel: 'paid-search' }, reason: key[0]![0] });
  });

  it('a reason label with markup stays text: on the axis, in the tooltip\'s source, the sentence and the table', async () => {
    const label = '<img src=x onerror="window.__pwned=7">';
    const data = {
      version: 1,
      timezone: 'America/Sao_Paulo',
      asOf: '2026-03-18',
      reasons: [
        { code: 'evil', label, owner: 'marketing' },
        { code: 'ok', label: 'Fine', labels: { 'pt-BR': '<svg onload=window.__pwned=8>' }, owner: 'sales' },
      ],
      leads: [
        { id: 'a', createdAt: '2026-03-02T10:00:00-03:00', mqlAt: '2026-03-02T11:00:00-03:00', rejectedAt: '2026-03-03T10:00:00-03:00', reason: 'evil' },
        { id: 'b', createdAt: '2026-03-02T10:00:00-03:00', mqlAt: '2026-03-02T11:00:00-03:00', rejectedAt: '2026-03-03T10:00:00-03:00', reason: 'evil' },
        { id: 'c', createdAt: '2026-03-04T10:00:00-03:00', disqualifiedAt: '2026-03-05T10:00:00-03:00', reason: 'ok' },
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-reasons .data=${data}></kpi-reasons>
      <div lang="pt-BR"><kpi-reasons .data=${data}></kpi-reasons></div>
    </div>`);
    const [en, pt] = [...wrapper.querySelectorAll<KpiReasons>('kpi-reasons')];
    const svg = await drawn(en!);
    await drawn(pt!);
    // As text (cut to the axis's width with an ellipsis), never as an element.
    expect(axisLabels(svg)[0]).to.match(/^<img src=x onerror="window\.__p/);
    expect(shadow(en!).querySelector('[part=summary]')!.textContent).to.include(label);
    (await menuItem(en!, 0)).click();
    await en!.updateComplete;
    expect(shadow(en!).querySelector('[part=table] tbody th')!.textContent!.trim()).to.equal(label);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const el of [en!, pt!]) expect(shadow(el).querySelectorAll('img, svg[onload], script')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
