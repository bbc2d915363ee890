import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import type { KpiElement } from '../../src/elements/shared/kpi-element.js';
import { fixture, freshKey, html, rendered, shadow, textOf } from './helpers.js';

// This file runs in a page with `script-src 'self'; style-src 'self'` and no
// 'unsafe-eval' (see the strict-csp group in web-test-runner.config.mjs).

describe('under a strict Content-Security-Policy', () => {
  const violations: SecurityPolicyViolationEvent[] = [];
  before(() => document.addEventListener('securitypolicyviolation', (e) => violations.push(e)));

  it('the page really is strict: an inline style attribute is refused', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.length).to.be.greaterThan(0);
    probe.remove();
    violations.length = 0;
  });

  it('renders all four elements with zero violations', async () => {
    const src = `/api/test/sample?key=${freshKey()}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpi-card metric="cac" src=${src}></kpi-card>
      <kpi-funnel split src=${src}></kpi-funnel>
      <sla-gauge src=${src}></sla-gauge>
      <economics-card src=${src}></economics-card>
    </div>`);
    const elements = [...wrapper.children] as KpiElement[];
    for (const el of elements) await rendered(el);
    for (const el of elements) {
      expect(shadow(el).querySelector('[role=alert]'), el.localName).to.equal(null);
      expect(textOf(el)).not.to.include('Loading');
    }
    // Switch every element to its table view too: a second rendering path.
    for (const el of elements) shadow(el).querySelector<HTMLButtonElement>('.toolbar button')!.click();
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations.map((v) => `${v.violatedDirective} ${v.blockedURI}`)).to.deep.equal([]);
  });
});
