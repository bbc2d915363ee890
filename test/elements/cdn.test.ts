import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';

// The single-file CDN build (dist/cdn/inbound-kpi-kit.js, made by `npm run build`, which
// `npm test` runs first) on a plain static HTML page: one <script type="module">, no build
// step, a strict CSP.

/** Loads a page in a frame until its four elements show numbers; returns the paths it requested. */
async function requestsOf(url: string): Promise<string[]> {
  const frame = document.createElement('iframe');
  frame.src = url;
  frame.style.width = '900px';
  frame.style.height = '1200px';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentDocument!;
  const tags = ['kpi-card', 'kpi-funnel', 'sla-gauge', 'economics-card'];
  await waitUntil(() => tags.every((tag) => page.querySelector(tag)?.shadowRoot?.querySelector('[part=summary]')), 'elements did not render', { timeout: 10_000 });
  const requests = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
  frame.remove();
  return requests;
}

describe('the CDN build', () => {
  it('renders all four elements on a plain static page from one file of code, with one request for their data', async () => {
    const requests = await requestsOf('/test/support/cdn-page.html');
    expect(requests.filter((path) => path === '/demo/data/leads.json')).to.have.length(1);
    expect(requests.some((path) => /vega/.test(path))).to.equal(false);
    // One file of code before the numbers: each further file is a network round trip.
    expect(requests.filter((path) => path.startsWith('/dist/cdn/'))).to.deep.equal(['/dist/cdn/inbound-kpi-kit.js']);
  });

  it('takes its data from a preload the page started (README: "Loading faster"), not from a second request', async () => {
    const requests = await requestsOf('/test/support/cdn-preload-page.html');
    expect(requests.filter((path) => path === '/demo/data/leads.json')).to.have.length(1);
  });
});
