// A server component rendering the React wrappers: they are client components
// ('use client' in inbound-kpi-kit/react), rendered here with attributes only.
import { KpiCard } from 'inbound-kpi-kit/react';
import { Kpis } from './kpis';

export default function ClientPage() {
  return (
    <main>
      <h1>Pipeline</h1>
      <KpiCard id="server-card" metric="customers" period="2026-Q1" src="/data.json" />
      <Kpis />
    </main>
  );
}
