import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/kpi-card.js';
import '../../src/define/kpi-trend.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { KpiTrend } from '../../src/elements/kpi-trend/kpi-trend.js';
import { fixture, html, rendered, sampleData, shadow } from './helpers.js';

async function card(): Promise<KpiCard> {
  const { json } = await sampleData();
  const el = await fixture<KpiCard>(html`<kpi-card metric="mqls" .data=${json}></kpi-card>`);
  await rendered(el);
  return el;
}

const button = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part=actions]')!;
const menu = (el: Element) => shadow(el).querySelector<HTMLElement>('[part=menu]')!;
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;

describe('the actions menu', () => {
  it('is one named button, its menu closed, and no summary sentence under a card\'s number', async () => {
    const el = await card();
    expect(button(el).getAttribute('aria-label')).to.equal('MQLs: more actions');
    expect(button(el).getAttribute('aria-haspopup')).to.equal('menu');
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(menu(el).hidden).to.equal(true);
    // Its items are drawn as it opens, not carried closed in every element's DOM.
    expect(menu(el).children.length).to.equal(0);
    button(el).click();
    await el.updateComplete;
    expect([...menu(el).querySelectorAll('button')].map((b) => [b.getAttribute('role'), b.textContent!.trim()])).to.deep.equal([
      ['menuitemcheckbox', 'View as table'],
      ['menuitem', 'Download CSV'],
    ]);
    // The sentence stays the element's description, out of sight.
    const summary = shadow(el).querySelector<HTMLElement>('[part=summary]')!;
    expect(shadow(el).querySelector('[part=base]')!.getAttribute('aria-describedby')).to.equal('summary');
    expect(summary.getBoundingClientRect().height).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('opens on Enter at its first item, moves with the arrows (wrapping), closes on Escape back to the button', async () => {
    const el = await card();
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(menu(el).hidden).to.equal(false);
    expect(focused(el)!.textContent!.trim()).to.equal('View as table');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)!.textContent!.trim()).to.equal('Download CSV');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)!.textContent!.trim()).to.equal('View as table');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)!.textContent!.trim()).to.equal('Download CSV');
    await sendKeys({ press: 'Home' });
    expect(focused(el)!.textContent!.trim()).to.equal('View as table');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(menu(el).hidden).to.equal(true);
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(button(el));
  });

  it('opens on Space too, and on ArrowUp at its last item; choosing an item runs it and returns focus', async () => {
    const el = await card();
    button(el).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(focused(el)!.textContent!.trim()).to.equal('View as table');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=table]')).to.exist;
    expect(menu(el).hidden).to.equal(true);
    expect(focused(el)).to.equal(button(el));
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el)!.textContent!.trim()).to.equal('Download CSV');
    expect(menu(el).querySelector('[role=menuitemcheckbox]')!.getAttribute('aria-checked')).to.equal('true');
  });

  it('closes when focus leaves it (Tab)', async () => {
    const el = await card();
    button(el).click();
    await el.updateComplete;
    expect(menu(el).hidden).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(menu(el).hidden).to.equal(true);
  });

  it('Tab from its menu goes on to what follows its button; Shift+Tab goes back to the button', async () => {
    const { json } = await sampleData();
    const host = await fixture<HTMLDivElement>(html`<div><kpi-trend metric="mqls" .data=${json}></kpi-trend><button id="after">after</button></div>`);
    const el = host.querySelector<KpiTrend>('kpi-trend')!;
    await rendered(el);
    // Compared by name: chai would print a failing element with all its data.
    for (const [shift, expected] of [[false, 'button#after'], [true, 'kpi-trend']] as const) {
      button(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)!.getAttribute('role')).to.match(/^menuitem/);
      if (shift) await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      if (shift) await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(menu(el).hidden).to.equal(true);
      const active = document.activeElement!;
      expect(`${active.localName}${active.id ? `#${active.id}` : ''}`).to.equal(expected);
      if (shift) expect(focused(el)?.getAttribute('part')).to.equal('actions');
    }
  });

  it('holds a chart\'s SVG and PNG exports, and the chart keeps its caption on screen', async () => {
    const { json } = await sampleData();
    const el = await fixture<KpiTrend>(html`<kpi-trend metric="mqls" .data=${json}></kpi-trend>`);
    await rendered(el);
    button(el).click();
    await el.updateComplete;
    expect([...menu(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['View as table', 'Download CSV', 'Download SVG', 'Download PNG']);
    expect(shadow(el).querySelector<HTMLElement>('[part=summary]')!.getBoundingClientRect().height).to.be.above(1);
  });
});
