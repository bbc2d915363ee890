// The React wrappers on the server (src/react/index.ts), as a framework renders a client
// component's HTML with react-dom/server: every prop that is one of the element's
// attributes is in the HTML under its attribute name; objects and handlers are not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { KpiCard, KpiDashboard } from '../../src/react/index.js';

describe('React wrappers on the server', () => {
  it('write every attribute-valued prop, period included, under its attribute name', () => {
    const html = renderToString(
      createElement(KpiCard, { id: 'card', metric: 'mqls', period: '2026-03', channel: 'paid-search', maxBytes: 5000, retryDelay: 200, density: 'compact', data: { rows: [] }, onKpiSelect: () => undefined }),
    );
    assert.match(html, /^<kpi-card /);
    for (const attribute of ['id="card"', 'metric="mqls"', 'period="2026-03"', 'channel="paid-search"', 'max-bytes="5000"', 'retry-delay="200"', 'density="compact"']) assert.ok(html.includes(attribute), `${attribute} in ${html}`);
    assert.ok(!/data=|object|onkpi|kpiselect/i.test(html), html);
  });

  it("write the dashboard's own attributes too", () => {
    const html = renderToString(createElement(KpiDashboard, { period: '2026-Q1', compare: 'previous' }));
    assert.ok(html.includes('period="2026-Q1"') && html.includes('compare="previous"'), html);
  });

  it("start with 'use client', so a server component imports them through a client boundary", () => {
    assert.match(readFileSync(new URL('../../src/react/index.ts', import.meta.url), 'utf8'), /^'use client';/);
  });
});
