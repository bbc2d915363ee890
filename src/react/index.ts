'use client';
// React components for every element (`inbound-kpi-kit/react`), made with @lit/react:
// properties set as properties (objects stay objects), the kit's events as typed
// onKpiLoad / onKpiError / onKpiSelect props. Importing this file registers the tags.
// React is an optional peer dependency: only this entry needs it.
//
// A client module ('use client', kept by tsc in dist/react/index.js): the components use
// hooks, so a React Server Component renders them only through a client boundary. On the
// server (a client component's HTML, as Next.js renders it), @lit/react writes none of the
// element's properties; here every one that is an attribute (`metric`, `period`, `channel`,
// `max-bytes`, …) is written as that attribute, so the server's HTML asks for what the page
// will draw. Objects (a `data` dataset, a `where` object) and functions go to the page
// only, as properties.
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { isServer, type ReactiveElement } from 'lit';
import * as React from 'react';
import '../define/all.js';
import { EconomicsCard as EconomicsCardElement } from '../elements/economics-card/economics-card.js';
import { KpiBenchmark as KpiBenchmarkElement } from '../elements/kpi-benchmark/kpi-benchmark.js';
import { KpiBreakdown as KpiBreakdownElement } from '../elements/kpi-breakdown/kpi-breakdown.js';
import { KpiReasons as KpiReasonsElement } from '../elements/kpi-reasons/kpi-reasons.js';
import { KpiBridge as KpiBridgeElement } from '../elements/kpi-bridge/kpi-bridge.js';
import { KpiReview as KpiReviewElement } from '../elements/kpi-review/kpi-review.js';
import { KpiChart as KpiChartElement } from '../elements/kpi-chart/kpi-chart.js';
import { KpiCard as KpiCardElement } from '../elements/kpi-card/kpi-card.js';
import { KpiDashboard as KpiDashboardElement } from '../elements/kpi-dashboard/kpi-dashboard.js';
import { KpiScorecard as KpiScorecardElement } from '../elements/kpi-scorecard/kpi-scorecard.js';
import { KpiFunnel as KpiFunnelElement } from '../elements/kpi-funnel/kpi-funnel.js';
import { KpiTrend as KpiTrendElement } from '../elements/kpi-trend/kpi-trend.js';
import type { KpiErrorEvent, KpiLoadEvent, KpiSelectEvent } from '../elements/contract/events.js';
import { SlaGauge as SlaGaugeElement } from '../elements/sla-gauge/sla-gauge.js';

const events = {
  onKpiLoad: 'kpi-load' as EventName<KpiLoadEvent>,
  onKpiError: 'kpi-error' as EventName<KpiErrorEvent>,
  onKpiSelect: 'kpi-select' as EventName<KpiSelectEvent>,
};

type Events = typeof events;
const onServer = isServer || typeof document === 'undefined';
/** Props React keeps for itself, and the event props: never attributes. */
const notAttributes = new Set(['children', 'ref', 'key', ...Object.keys(events)]);

/** The component for a tag: @lit/react's on the page; on the server, the tag with every attribute-valued prop as its attribute. */
function wrap<I extends HTMLElement>(tagName: string, elementClass: new () => I): ReactWebComponent<I, Events> {
  const component = createComponent<I, Events>({ tagName, elementClass, react: React, events });
  if (!onServer) return component;
  // Lit's declarations: property name → attribute name (observedAttributes finalizes the class).
  const lit = elementClass as unknown as typeof ReactiveElement;
  void lit.observedAttributes;
  const attributes = new Map<string, string>();
  for (const [name, options] of lit.elementProperties) {
    if (typeof name === 'string' && options.attribute !== false && !options.state) attributes.set(name, typeof options.attribute === 'string' ? options.attribute : name.toLowerCase());
  }
  const server = React.forwardRef<I, Record<string, unknown>>((props, ref) => {
    const rendered: Record<string, unknown> = { ref, suppressHydrationWarning: true };
    for (const [key, value] of Object.entries(props)) {
      if (notAttributes.has(key)) continue;
      const attribute = attributes.get(key);
      if (attribute === undefined) rendered[key === 'className' ? 'class' : key] = value;
      else if (typeof value === 'string' || typeof value === 'number') rendered[attribute] = String(value);
      else if (value === true) rendered[attribute] = '';
    }
    return React.createElement(tagName, rendered, props.children as React.ReactNode);
  });
  server.displayName = component.displayName;
  return server as unknown as ReactWebComponent<I, Events>;
}

export const KpiCard = wrap('kpi-card', KpiCardElement);
export const KpiFunnel = wrap('kpi-funnel', KpiFunnelElement);
export const SlaGauge = wrap('sla-gauge', SlaGaugeElement);
export const EconomicsCard = wrap('economics-card', EconomicsCardElement);
export const KpiTrend = wrap('kpi-trend', KpiTrendElement);
export const KpiBreakdown = wrap('kpi-breakdown', KpiBreakdownElement);
export const KpiBenchmark = wrap('kpi-benchmark', KpiBenchmarkElement);
export const KpiReasons = wrap('kpi-reasons', KpiReasonsElement);
export const KpiBridge = wrap('kpi-bridge', KpiBridgeElement);
export const KpiReview = wrap('kpi-review', KpiReviewElement);
export const KpiChart = wrap('kpi-chart', KpiChartElement);
export const KpiScorecard = wrap('kpi-scorecard', KpiScorecardElement);
export const KpiDashboard = wrap('kpi-dashboard', KpiDashboardElement);
