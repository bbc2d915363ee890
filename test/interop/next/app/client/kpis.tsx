'use client';
import { useState } from 'react';
import type {} from 'inbound-kpi-kit/jsx';
import type { KpiSelectEvent } from 'inbound-kpi-kit';
import { KpiCard } from 'inbound-kpi-kit/react';
import data from '../../data.json';

export function Kpis() {
  const [selected, setSelected] = useState<string[]>([]);
  const select = (from: string) => (event: KpiSelectEvent) => setSelected((all) => [...all, `${from}:${event.detail.metric}`]);
  return (
    <>
      <KpiCard id="card" metric="mqls" period="2026-03" data={data} onKpiSelect={select('card')} />
      {/* The plain tag, registered by the wrappers' import. React does not set properties when it
          hydrates server HTML: an object would never reach it here (the wrappers set theirs). */}
      <kpi-funnel id="funnel" src="/data.json" />
      <output id="selected">{selected.join(',')}</output>
    </>
  );
}
