import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { channelsOf, computeMetrics, formatValue } from '../../src/core/index.js';
import '../../src/define/kpi-scorecard.js';
import type { KpiScorecard } from '../../src/elements/kpi-scorecard/kpi-scorecard.js';
import { countOnDays, downloadedCsv, fixture, html, menuItem, oneEvent, rendered, sampleData, sampleLeads, shadow } from './helpers.js';

const COLUMNS = ['leads', 'mqls', 'lead_to_mql', 'sqls', 'mql_to_sql', 'customers', 'win_rate', 'cac', 'ltv_to_cac'];

/** The grid's rows as text: [row header, first line of each cell (the value)]. */
function values(el: KpiScorecard, section: 'tbody' | 'tfoot' = 'tbody'): string[][] {
  return [...shadow(el).querySelectorAll(`[part=grid] ${section} tr`)].map((tr) =>
    [...(tr as HTMLTableRowElement).cells].map((cell, i) => (i === 0 ? cell.textContent!.trim() : cell.querySelector('.value')!.textContent!.trim())),
  );
}

async function scorecard(): Promise<KpiScorecard> {
  const { json } = await sampleData();
  const el = await fixture<KpiScorecard>(html`<kpi-scorecard .data=${json}></kpi-scorecard>`);
  await rendered(el);
  return el;
}

describe('<kpi-scorecard>', () => {
  it('shows, per channel and for the total, the values the core computes for that channel; the unassigned makes the sum', async () => {
    const { dataset } = await sampleData();
    const el = await scorecard();
    const fmt = { locale: 'en' as const, currency: 'BRL' };
    const shown = values(el);
    const named = shown.filter((row) => row[0] !== 'Unassigned');
    const expected = named.map(([channel]) => {
      const m = computeMetrics(dataset, { channel: channel! }).metrics;
      return [channel, ...COLUMNS.map((id) => formatValue(m[id]!.value, m[id]!.unit, fmt))];
    });
    expect(named).to.deep.equal(expected);
    expect(new Set(named.map((row) => row[0]))).to.deep.equal(new Set(channelsOf(dataset)));
    const total = computeMetrics(dataset).metrics;
    expect(values(el, 'tfoot')).to.deep.equal([['Total', ...COLUMNS.map((id) => formatValue(total[id]!.value, total[id]!.unit, fmt))]]);
    // Ranked by leads, the unassigned last; its leads are the total's less every channel's.
    expect(shown.at(-1)![0]).to.equal('Unassigned');
    const channelLeads = channelsOf(dataset).reduce((sum, channel) => sum + computeMetrics(dataset, { channel }).metrics.leads!.value!, 0);
    expect(shown.at(-1)![1]).to.equal(formatValue(total.leads!.value! - channelLeads, 'count', fmt));
    await expect(el).to.be.accessible();
  });

  it('totals March\'s leads and MQLs to date as counted from the raw records, unattributed ones included', async () => {
    const leads = await sampleLeads();
    const el = await scorecard();
    const [total] = values(el, 'tfoot');
    expect(total![1]).to.equal(String(countOnDays(leads, 'createdAt', '2026-03-01', '2026-03-18')));
    expect(total![2]).to.equal(String(countOnDays(leads, 'mqlAt', '2026-03-01', '2026-03-18')));
  });

  it('says why a cell has no value, with a verdict in words where there is one', async () => {
    const data = {
      version: 1,
      rows: [
        { period: '2026-02', channel: 'a', leads: 10, mqls: 4 },
        { period: '2026-03', channel: 'a', leads: 12, mqls: 6 },
        { period: '2026-03', channel: 'b', leads: 0, mqls: 0 },
      ],
    };
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard metrics="leads lead_to_mql" .data=${data}></kpi-scorecard>`);
    await rendered(el);
    const b = [...shadow(el).querySelectorAll('[part=grid] tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.trim() === 'b')!;
    expect(b.querySelectorAll('td')[1]!.textContent).to.include('cannot divide by zero');
    const a = shadow(el).querySelector('[part=grid] tbody tr')!;
    // 12 leads against 10: +2, and the verdict in words beside its mark.
    expect(a.querySelectorAll('td')[0]!.querySelector('.delta')!.textContent).to.equal('+2');
    expect(shadow(el).querySelector('[part=partial]')).to.exist;
  });

  it('sorts by a column, both ways, keeping the total last', async () => {
    const el = await scorecard();
    const leadsHeader = shadow(el).querySelectorAll<HTMLTableCellElement>('[part=grid] thead th')[1]!;
    leadsHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(leadsHeader.getAttribute('aria-sort')).to.equal('descending');
    const down = values(el).map((r) => Number(r[1]));
    expect(down).to.deep.equal([...down].sort((a, b) => b - a));
    leadsHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(leadsHeader.getAttribute('aria-sort')).to.equal('ascending');
    const up = values(el).map((r) => Number(r[1]));
    expect(up).to.deep.equal([...down].reverse());
    expect(values(el, 'tfoot')[0]![0]).to.equal('Total');
  });

  it('is one tab stop, moved by the arrows, Home and End; Enter selects a cell', async () => {
    const el = await scorecard();
    const cells = [...shadow(el).querySelectorAll<HTMLElement>('[part=grid] th, [part=grid] td')];
    expect(cells.filter((c) => c.tabIndex === 0)).to.have.length(1);
    cells[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const active = () => shadow(el).activeElement as HTMLTableCellElement;
    const rowOf = (cell: HTMLTableCellElement) => (cell.parentElement as HTMLTableRowElement).querySelector('th')!.textContent!.trim();
    const firstChannel = values(el)[0]![0]!;
    expect(rowOf(active())).to.equal(firstChannel);
    expect(active().cellIndex).to.equal(2);
    expect(active().tabIndex).to.equal(0);
    expect(cells.filter((c) => c.tabIndex === 0)).to.have.length(1);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'kpi-select');
    expect(event.detail).to.deep.equal({ channel: firstChannel, where: { channel: firstChannel }, metric: 'mqls', period: '2026-03' });
    await sendKeys({ press: 'End' });
    expect(active().cellIndex).to.equal(COLUMNS.length);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    expect(rowOf(active())).to.equal('Total');
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    expect(active()).to.equal(cells[0]);
  });

  it('selects a channel from its name, and all channels from the total', async () => {
    const el = await scorecard();
    const header = shadow(el).querySelector<HTMLElement>('[part=grid] tbody th')!;
    setTimeout(() => header.click());
    const channel = header.textContent!.trim();
    expect((await oneEvent(el, 'kpi-select')).detail).to.deep.equal({ channel, where: { channel }, period: '2026-03' });
    const total = shadow(el).querySelector<HTMLElement>('[part=grid] tfoot td')!;
    setTimeout(() => total.click());
    expect((await oneEvent(el, 'kpi-select')).detail).to.deep.equal({ metric: 'leads', period: '2026-03' });
  });

  it('has a table view and a CSV of raw values, a row per channel, the unassigned and the total', async () => {
    const { dataset } = await sampleData();
    const el = await scorecard();
    const csvItem = await menuItem(el, 1);
    const csv = await downloadedCsv(el, () => csvItem.click());
    const lines = csv.trim().split('\r\n');
    // The sample renames SQLs to SALs (stageLabels): its columns say so.
    expect(lines[0]).to.equal('Channel,Leads,MQLs,Lead-to-MQL rate,SALs,MQL-to-SAL rate,New customers,Win rate,CAC,LTV:CAC');
    expect(lines).to.have.length(channelsOf(dataset).length + 3);
    expect(lines.at(-1)!.startsWith(`Total,${computeMetrics(dataset).metrics.leads!.value}`)).to.equal(true);
  });

  it('on a phone, the channel column leaves room for a metric column beside it (long names wrap)', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard style="width:288px" .data=${json}></kpi-scorecard>`);
    await rendered(el);
    const scroll = shadow(el).querySelector('.scroll')!.getBoundingClientRect();
    const row = shadow(el).querySelector('[part=grid] tbody tr')!;
    const [name, first] = [row.querySelector('th')!, row.querySelector('td')!].map((c) => c.getBoundingClientRect());
    expect(name!.width, 'the channel column').to.be.lessThan(scroll.width / 2);
    expect(first!.right, 'the first metric column, in view without scrolling').to.be.at.most(scroll.right + 0.5);
  });

  it('on a phone, every row is in the page (no box scrolling inside it, where the total covered the last row), and two metric columns are in view', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard style="width:360px; --kpi-scorecard-max-height: 20rem" .data=${json}></kpi-scorecard>`);
    await rendered(el);
    const scroll = shadow(el).querySelector<HTMLElement>('.scroll')!;
    expect(scroll.scrollHeight, 'no vertical scrolling within the element').to.be.at.most(scroll.clientHeight + 1);
    const lastRow = shadow(el).querySelector('[part=grid] tbody tr:last-child')!.getBoundingClientRect();
    const total = shadow(el).querySelector('[part=grid] tfoot tr')!.getBoundingClientRect();
    expect(lastRow.bottom, 'the last channel above the total').to.be.at.most(total.top + 0.5);
    const second = shadow(el).querySelector('[part=grid] tbody tr td:nth-of-type(2)')!.getBoundingClientRect();
    expect(second.right, 'the second metric column in view').to.be.at.most(scroll.getBoundingClientRect().right + 0.5);
  });

  it('names an unknown metric id', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiScorecard>(html`<kpi-scorecard metrics="leads mqlz" .data=${json}></kpi-scorecard>`);
    await rendered(el);
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.include('Unknown metric "mqlz"');
  });
});
