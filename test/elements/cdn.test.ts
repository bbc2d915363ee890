import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';

// The single-file CDN build (dist/cdn/inbound-kpi-kit.js, made by `npm run build`, which
// `npm test` runs first) on a plain static HTML page: one <script type="module">, no build
// step, a strict CSP.

describe('the CDN build', () => {
  it('renders all four elements on a plain static page from one file of code, with one request for their data', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/support/cdn-page.html';
    frame.style.width = '900px';
    frame.style.height = '1200px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const page = frame.contentDocument!;
    const tags = ['kpi-card', 'kpi-funnel', 'sla-gauge', 'economics-card'];
    await waitUntil(() => tags.every((tag) => page.querySelector(tag)?.shadowRoot?.querySelector('[part=summary]')), 'elements did not render', { timeout: 10_000 });
    const requests = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(requests.filter((url) => url.endsWith('/demo/data/leads.json'))).to.have.length(1);
    expect(requests.some((url) => /vega/.test(url))).to.equal(false);
    // One file of code before the numbers: each further file is a network round trip.
    expect(requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith('/dist/cdn/'))).to.deep.equal(['/dist/cdn/inbound-kpi-kit.js']);
    frame.remove();
  });
});
