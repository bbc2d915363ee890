// The generated JSX typings, as a React 19 app uses them (checked by `npm run test:types`).
import type {} from '../../dist/jsx.js';
import type { KpiSelectEvent } from '../../dist/index.js';
import { KpiCard, KpiDashboard } from '../../dist/react/index.js';

export function Board({ data, onSelect }: { data: unknown; onSelect: (metric: string | undefined) => void }) {
  return (
    <div>
      <kpi-card metric="cac" data={data} period="2026-03" onkpi-select={(event: KpiSelectEvent) => onSelect(event.detail.metric)} />
      <kpi-funnel split data={data} mode="cohort" />
      <sla-gauge sla="mql-follow-up" src="/api/kpis.json" refresh={60} />
      <kpi-dashboard src="/api/kpis.json" onkpi-error={(event) => console.warn(event.detail.kind)} />
      <KpiCard metric="cac" data={data} onKpiSelect={(event) => onSelect(event.detail.metric)} />
      <KpiDashboard src="/api/kpis.json" onKpiError={(event) => console.warn(event.detail.kind)} />
      {/* @ts-expect-error: the wrapper's events are typed */}
      <KpiCard onKpiSelect={(event) => event.detail.nosuch} />
      {/* @ts-expect-error: not a property of <kpi-card> */}
      <kpi-card metrik="cac" />
      {/* @ts-expect-error: mode is "period" or "cohort" */}
      <kpi-card mode="weekly" />
    </div>
  );
}
