import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/kpi-review.js';
import type { KpiReview } from '../../src/elements/kpi-review/kpi-review.js';
import { countOnDays, fixture, html, oneEvent, rendered, sampleData, sampleLeads, shadow, textOf, waitUntil } from './helpers.js';

// The meeting page. The sample's today is its asOf, 2026-03-18; the review compares March as
// it stood on `since` and on the 18th.

/** The review once its own chunk and numbers are in. */
async function reviewed(el: KpiReview): Promise<void> {
  await rendered(el);
  await waitUntil(() => shadow(el).querySelector('[part=headline]') || shadow(el).querySelector('[role=alert]'), 'the review did not render', { timeout: 15_000 });
}

const sections = (el: KpiReview) =>
  [...shadow(el).querySelectorAll('[part=section]')].map((s) => ({ title: s.querySelector('h4')!.textContent!, items: [...s.querySelectorAll('li')].map((li) => li.textContent!.trim()) }));

/** A failure of the sample's raw records (a rejection, a disqualification or a lost deal) with its reason and local day. */
interface RawFailure {
  reason?: string;
  rejectedAt?: string;
  disqualifiedAt?: string;
  lostAt?: string;
}

describe('<kpi-review>', () => {
  it('reads in the order of a meeting, and its numbers match the raw records on both days', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiReview>(html`<kpi-review since="2026-03-11" .data=${json}></kpi-review>`);
    await reviewed(el);
    expect(shadow(el).querySelector('[part=title]')!.textContent).to.equal('Since the last meeting');
    expect(shadow(el).querySelector('[part=dates]')!.textContent).to.equal('2026-03 to date (day 18 of 31) · since 2026-03-11 · as of 2026-03-18');
    const got = sections(el);
    expect(got.map((s) => s.title)).to.deep.equal(['Moved most', 'Verdicts that changed', 'Why new customers moved', 'Failure reasons that grew', 'Leads that became stalled']);
    // New customers: deals won in March by the 11th, and by the 18th (local days: the records carry the company's offset).
    const leads = await sampleLeads();
    const then = countOnDays(leads, 'wonAt', '2026-03-01', '2026-03-11');
    const now = countOnDays(leads, 'wonAt', '2026-03-01', '2026-03-18');
    expect(got[2]!.items[0]).to.equal(`New customers: ${then} → ${now}`);
    expect(shadow(el).querySelector('[part=headline]')!.textContent).to.match(new RegExp(`^Since 2026-03-11: New customers ${then} → ${now}; `));
    // Failure reasons that grew: failures in March with that reason, by each day.
    const failures = (leads as unknown as RawFailure[]).map((l) => ({ reason: l.reason, day: (l.rejectedAt ?? l.disqualifiedAt ?? l.lostAt)?.slice(0, 10) }));
    const declared = (json as { reasons: Array<{ code: string; label: string }> }).reasons;
    expect(got[3]!.items.length).to.be.greaterThan(0);
    for (const line of got[3]!.items) {
      const [, label, from, to] = /^(.+?)(?: \((?:marketing|sales)\))?: (\d+) → (\d+)$/.exec(line)!;
      const code = declared.find((r) => r.label === label)!.code;
      const count = (through: string) => failures.filter((f) => f.reason === code && f.day !== undefined && f.day >= '2026-03-01' && f.day <= through).length;
      expect([Number(from), Number(to)], line).to.deep.equal([count('2026-03-11'), count('2026-03-18')]);
    }
  });

  it('reviews the last 7 days when since is not given, and says so in Portuguese', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiReview>(html`<kpi-review lang="pt-BR" .data=${json}></kpi-review>`);
    await reviewed(el);
    expect(shadow(el).querySelector('[part=dates]')!.textContent).to.equal('2026-03 até agora (dia 18 de 31) · desde 2026-03-11 · até 2026-03-18');
    expect(shadow(el).querySelector('[part=title]')!.textContent).to.equal('Desde a última reunião');
    expect(sections(el)[0]!.title).to.equal('O que mais mudou');
    // The summary screen readers hear is the headline.
    expect(shadow(el).querySelector('[part=summary]')!.textContent).to.include(shadow(el).querySelector('[part=headline]')!.textContent!);
  });

  it('a last meeting in an earlier month: reads that month as the meeting did, and says which', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiReview>(html`<kpi-review since="2026-02-25" .data=${json}></kpi-review>`);
    await reviewed(el);
    expect(shadow(el).querySelector('[part=dates]')!.textContent).to.equal('2026-03 to date (day 18 of 31) · since 2026-02-25 (2026-02) · as of 2026-03-18');
    // February as it stood on the 25th had new customers (March, read as it stood then, had none).
    expect(shadow(el).querySelector('[part=headline]')!.textContent).to.match(/^Since 2026-02-25: New customers \d+ → \d+;/);
    // Visitors were judged on the 25th (February's, against January's): read as March then, they were not.
    expect(sections(el).find((s) => s.title === 'Verdicts that changed')!.items).to.include('Visitors: good → needs attention');
  });

  it('each line is a button that selects what shows it, by keyboard too', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiReview>(html`<kpi-review since="2026-03-11" .data=${json}></kpi-review>`);
    await reviewed(el);
    const [movers, flips, why, reasons] = [...shadow(el).querySelectorAll('[part=section]')].map((s) => [...s.querySelectorAll<HTMLButtonElement>('button.item')]);
    const chosen = async (button: HTMLButtonElement) => {
      const heard = oneEvent(el, 'kpi-select');
      button.focus();
      await sendKeys({ press: 'Enter' });
      return (await heard).detail as Record<string, unknown>;
    };
    expect(await chosen(why![0]!)).to.deep.equal({ period: '2026-03', metric: 'customers' });
    expect(Object.keys(await chosen(movers![0]!))).to.deep.equal(['period', 'metric']);
    const sla = flips!.find((b) => b.textContent!.startsWith('MQLs contacted within 4 hours'))!;
    expect(await chosen(sla)).to.deep.equal({ period: '2026-03', sla: 'mql-follow-up' });
    expect(Object.keys(await chosen(reasons![0]!))).to.deep.equal(['period', 'reason']);
  });

  it('prints without controls, a section a page', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiReview>(html`<kpi-review since="2026-03-11" .data=${json}></kpi-review>`);
    await reviewed(el);
    const menu = shadow(el).querySelector<HTMLElement>('[part=actions]')!;
    const [first, second] = [...shadow(el).querySelectorAll('[part=section]')];
    // Laid out on screen, not on paper.
    expect(menu.getClientRects().length).to.equal(1);
    await emulateMedia({ media: 'print' });
    try {
      expect(menu.getClientRects().length).to.equal(0);
      expect(getComputedStyle(first!).breakBefore).not.to.equal('page');
      expect(getComputedStyle(second!).breakBefore).to.equal('page');
      // The period and the days stay on paper.
      expect(getComputedStyle(shadow(el).querySelector('[part=dates]')!).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('"Copy as Markdown" copies the digest and says so', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiReview>(html`<kpi-review since="2026-03-11" .data=${json}></kpi-review>`);
    await reviewed(el);
    let copied: string | undefined;
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    try {
      shadow(el).querySelector<HTMLElement>('[part=actions]')!.click();
      await el.updateComplete;
      const item = [...shadow(el).querySelectorAll<HTMLElement>('[role=menuitem]')].find((i) => i.textContent!.trim() === 'Copy as Markdown')!;
      item.click();
      await waitUntil(() => copied !== undefined, 'nothing was copied');
      expect(copied!.split('\n').slice(0, 3)).to.deep.equal(['## What changed since 2026-03-11 (as of 2026-03-18, 2026-03)', '', shadow(el).querySelector('[part=headline]')!.textContent]);
      await waitUntil(() => shadow(el).querySelector('[role=status].copied')!.textContent === 'Copied as Markdown.', 'the copy was not announced');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('says what it needs: records (not summary rows), and a since on or before today', async () => {
    const rows = { version: 1, asOf: '2026-03-18', rows: [{ period: '2026-03', leads: 30 }] };
    const { json } = await sampleData();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-review .data=${rows}></kpi-review>
      <kpi-review since="2026-03-20" .data=${json}></kpi-review>
      <kpi-review since="tuesday" .data=${json}></kpi-review>
    </div>`);
    const [fromRows, after, word] = [...wrapper.querySelectorAll<KpiReview>('kpi-review')];
    await reviewed(fromRows!);
    expect(shadow(fromRows!).querySelector('[part=headline]')!.textContent).to.equal('A review replays lead records as of two days; this data has summary rows only.');
    for (const el of [after!, word!]) await reviewed(el);
    expect(textOf(after!)).to.include('Cannot review: since (2026-03-20) is after asOf (2026-03-18).');
    expect(textOf(word!)).to.include('since takes a calendar day YYYY-MM-DD; not "tuesday"');
  });

  it('keeps hostile labels as text', async () => {
    const { json } = await sampleData();
    const hostile = structuredClone(json) as { reasons: Array<{ label: string }> };
    for (const r of hostile.reasons) r.label = `<img src=x onerror="window.__pwned=1">${r.label}`;
    const el = await fixture<KpiReview>(html`<kpi-review since="2026-03-11" .data=${hostile}></kpi-review>`);
    await reviewed(el);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(sections(el)[3]!.items[0]).to.match(/^<img src=x onerror="window.__pwned=1">/);
  });
});
