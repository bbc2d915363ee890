import { useState } from 'react';
import type {} from 'inbound-kpi-kit/jsx';
import type { KpiSelectEvent } from 'inbound-kpi-kit';
import type * as Kit from 'inbound-kpi-kit/react';
import data from './data.json';

/** The wrappers come in as a module, so the late page can load them after its first render. */
export function App({ kit }: { kit: typeof Kit }) {
  const { KpiCard, KpiDashboard } = kit;
  const [selected, setSelected] = useState<string[]>([]);
  const select = (from: string) => (event: KpiSelectEvent) => setSelected((all) => [...all, `${from}:${event.detail.metric}`]);
  return (
    <main>
      <KpiCard id="card" metric="mqls" data={data} onKpiSelect={select('card')} />
      {/* The plain tag: React 19 sets a defined element's properties, so the object arrives whole. */}
      <kpi-funnel id="funnel" data={data} />
      <KpiDashboard id="dashboard" data={data} onKpiSelect={select('dashboard')} />
      <output id="selected">{selected.join(',')}</output>
    </main>
  );
}
