// React components for every element (`inbound-kpi-kit/react`), made with @lit/react:
// properties set as properties (objects stay objects), the kit's events as typed
// onKpiLoad / onKpiError / onKpiSelect props. Importing this file registers the tags.
// React is an optional peer dependency: only this entry needs it.
import { createComponent, type EventName } from '@lit/react';
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

export const KpiCard = createComponent({ tagName: 'kpi-card', elementClass: KpiCardElement, react: React, events });
export const KpiFunnel = createComponent({ tagName: 'kpi-funnel', elementClass: KpiFunnelElement, react: React, events });
export const SlaGauge = createComponent({ tagName: 'sla-gauge', elementClass: SlaGaugeElement, react: React, events });
export const EconomicsCard = createComponent({ tagName: 'economics-card', elementClass: EconomicsCardElement, react: React, events });
export const KpiTrend = createComponent({ tagName: 'kpi-trend', elementClass: KpiTrendElement, react: React, events });
export const KpiBreakdown = createComponent({ tagName: 'kpi-breakdown', elementClass: KpiBreakdownElement, react: React, events });
export const KpiBenchmark = createComponent({ tagName: 'kpi-benchmark', elementClass: KpiBenchmarkElement, react: React, events });
export const KpiReasons = createComponent({ tagName: 'kpi-reasons', elementClass: KpiReasonsElement, react: React, events });
export const KpiBridge = createComponent({ tagName: 'kpi-bridge', elementClass: KpiBridgeElement, react: React, events });
export const KpiReview = createComponent({ tagName: 'kpi-review', elementClass: KpiReviewElement, react: React, events });
export const KpiChart = createComponent({ tagName: 'kpi-chart', elementClass: KpiChartElement, react: React, events });
export const KpiScorecard = createComponent({ tagName: 'kpi-scorecard', elementClass: KpiScorecardElement, react: React, events });
export const KpiDashboard = createComponent({ tagName: 'kpi-dashboard', elementClass: KpiDashboardElement, react: React, events });
