import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KpiErrorKind } from '../../src/elements/contract/events.js';
import type { KpiElement } from '../../src/elements/base/kpi-element.js';
import { downloadedCsv, fixture, freshKey, html, menuItem, oneEvent, rendered, sampleData, shadow, textOf, waitUntil } from './helpers.js';

// One suite of states, written once and run against every element (as reusable test
// suites are in Lion): a new element gets all of it by adding one line to states.test.ts.

/** What the suite needs to know of an element. */
export interface Subject {
  tag: string;
  /** Its own attributes, as properties. */
  props?: Record<string, unknown>;
  /** Its own attributes for the partial state (a metric that the partial dataset lacks). */
  partialProps?: Record<string, unknown>;
  /** False where the element has no partial state (it draws only what can be computed). */
  partial?: boolean;
  /** Does what a user does to choose something in it; absent if the element selects nothing. */
  select?(el: KpiElement): Promise<void> | void;
}

/** Summary rows that lack some facts (no SQLs, customers or contacts) and a channel without MQLs. */
const PARTIAL = {
  version: 1,
  currency: 'USD',
  slas: [{ id: 'follow-up', owner: 'sales', label: 'Follow-up', type: 'response', withinHours: 4, target: 0.8 }],
  rows: [
    { period: '2026-02', channel: 'a', visitors: 9000, leads: 300, mqls: 20, marketingSpend: 12000 },
    { period: '2026-03', channel: 'a', visitors: 9500, leads: 320, mqls: 25, marketingSpend: 12500 },
    { period: '2026-03', channel: 'b', visitors: 100, leads: 10, mqls: 0, marketingSpend: 500 },
  ],
};

/** Every fault of RELIABILITY.md an element's data can meet, as a real request to the test API. */
const ERRORS: Array<[KpiErrorKind, (key: string) => Record<string, unknown>]> = [
  // Nothing listens on port 9: the connection is refused.
  ['network', () => ({ src: 'http://127.0.0.1:9/kpis.json' })],
  ['http', (key) => ({ src: `/api/test/status/404?key=${key}` })],
  ['content-type', (key) => ({ src: `/api/test/signin?key=${key}` })],
  ['parse', (key) => ({ src: `/api/test/html-as-json?key=${key}` })],
  ['schema', (key) => ({ src: `/api/test/invalid?key=${key}` })],
  ['too-large', (key) => ({ src: `/api/test/big?key=${key}`, maxBytes: 1000 })],
  ['query', () => ({ period: '2026-13' })],
];

/** Every element inside a root, through nested shadow roots (the dashboard's widgets). */
function deepQuery(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepQuery(el.shadowRoot, selector));
  return found;
}

export function stateSuite(subject: Subject): void {
  const { tag } = subject;

  /** The element, its properties set before it connects (as a page's markup would). */
  async function mount(props: Record<string, unknown>): Promise<KpiElement> {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = Object.assign(document.createElement(tag) as KpiElement, { retries: 0 }, subject.props, props);
    host.append(el);
    return el;
  }

  async function loaded(props: Record<string, unknown> = {}): Promise<KpiElement> {
    const { json } = await sampleData();
    const el = await mount({ data: json, ...props });
    await rendered(el);
    return el;
  }

  describe(`<${tag}>: every state`, () => {
    it('loading: a polite status, busy, then gone', async () => {
      const el = await mount({ src: `/api/test/hang?ms=1500&key=${freshKey()}` });
      await el.updateComplete;
      const status = shadow(el).querySelector('[part=loading]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(shadow(el).querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      el.remove();
    });

    for (const [kind, props] of ERRORS) {
      it(`error "${kind}": an alert saying what went wrong, and kpi-error of that kind`, async () => {
        const heard = new Promise<CustomEvent>((resolve) => document.addEventListener('kpi-error', (e) => resolve(e as CustomEvent), { once: true }));
        const el = await mount({ ...(kind === 'query' && { data: (await sampleData()).json }), ...props(freshKey()) });
        const event = await heard;
        expect(event.detail.kind).to.equal(kind);
        expect(event.detail.message).to.be.a('string').and.not.equal('');
        await waitUntil(() => shadow(el).querySelector('[part=error]'), 'no error state', { timeout: 10_000 });
        const alert = shadow(el).querySelector('[part=error]')!;
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(alert.textContent!.trim().length).to.be.above(10);
        expect(shadow(el).querySelector('[part=actions]'), 'no actions without numbers').to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('empty: a dataset with no rows says so, as a status', async () => {
      const el = await mount({ data: { version: 1, rows: [] } });
      await waitUntil(() => shadow(el).querySelector('[part=empty]'), 'no empty state');
      expect(shadow(el).querySelector('[part=empty]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    it('empty: a period without data names the period', async () => {
      const el = await loaded({ period: '2019-01' });
      expect(shadow(el).querySelector('[part=empty]')!.textContent).to.include('No data for 2019-01');
      await expect(el).to.be.accessible();
    });

    if (subject.partial !== false) {
      it('partial: says some figures could not be computed, and shows no NaN, Infinity or fake zero', async () => {
        const el = await mount({ data: PARTIAL, ...subject.partialProps });
        await rendered(el);
        expect(shadow(el).querySelector('[part=partial]')).to.exist;
        expect(textOf(el)).to.include('—');
        expect(textOf(el)).not.to.match(/NaN|Infinity|∞|undefined/);
        await expect(el).to.be.accessible();
      });
    }

    it('stale: a failed refresh keeps the numbers, marked stale', async () => {
      const el = await mount({ src: `/api/test/then-fail?key=${freshKey()}` });
      await rendered(el);
      const heard = oneEvent(el, 'kpi-error');
      el.reload();
      expect((await heard).detail.stale).to.equal(true);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=stale]')!.textContent).to.include('latest refresh failed');
      expect(el.result).to.exist;
      await expect(el).to.be.accessible();
    });

    it('running period: the sample\'s March (to day 18) is said to be to date', async () => {
      const el = await loaded();
      expect(el.result!.progress).to.exist;
      expect(textOf(el)).to.match(/to date|to day 18/);
      await expect(el).to.be.accessible();
    });

    it('hostile labels: stay text, run nothing', async () => {
      const el = await mount({ src: `/api/test/hostile?key=${freshKey()}`, ...subject.partialProps });
      await rendered(el);
      await aFrame();
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(deepQuery(shadow(el), 'img, script, svg[onload]')).to.have.length(0);
    });

    it('keyboard: Tab reaches it, and its actions menu opens and closes from the keyboard', async () => {
      const el = await loaded();
      const before = Object.assign(document.createElement('button'), { textContent: 'before' });
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      const button = shadow(el).querySelector<HTMLButtonElement>('[part=actions]')!;
      expect(button.getAttribute('aria-label')).to.match(/: more actions$/);
      button.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement!.getAttribute('role')).to.match(/^menuitem/);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(button);
      await expect(el).to.be.accessible();
    });

    it('table view and CSV: the numbers as a captioned table, and the same rows in the CSV', async () => {
      const el = await loaded();
      // On a phone: the table scrolls in its own box, never the page, and its sentence stays in view.
      el.style.width = '280px';
      (await menuItem(el, 0)).click();
      await el.updateComplete;
      const table = shadow(el).querySelector('[part=table]')!;
      const caption = table.querySelector('caption')!;
      expect(caption.textContent!.trim()).not.to.equal('');
      const box = table.parentElement!;
      expect([box.getAttribute('role'), box.tabIndex, box.getAttribute('aria-labelledby')]).to.deep.equal(['region', 0, caption.id]);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1, 'the element does not overflow');
      expect(caption.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 1, 'the caption stays in the visible box');
      const rows = table.querySelectorAll('tbody tr').length;
      expect(rows).to.be.above(0);
      expect(table.textContent).not.to.match(/NaN|undefined|\[object/);
      await expect(el).to.be.accessible();
      const csvItem = await menuItem(el, 1);
      const csv = await downloadedCsv(el, () => csvItem.click());
      const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(csv.split('\r\n')[0]).to.equal(header.map((h) => (/[",]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h)).join(','));
      expect(csv.trim().split('\r\n')).to.have.length(rows + 1);
    });

    if (subject.select) {
      it('kpi-select: choosing something says what, for which period', async () => {
        const el = await loaded();
        const heard = oneEvent(el, 'kpi-select');
        await subject.select!(el);
        const { detail } = await heard;
        expect(detail.period).to.match(/^\d{4}-/);
        expect(Object.values(detail).every((v) => v !== undefined)).to.equal(true);
        expect(detail.metric ?? detail.channel ?? detail.stage ?? detail.reason).to.be.a('string');
      });
    }
  });
}

const aFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
