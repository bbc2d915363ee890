import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { failingFetch, framed, PARTIAL, pendingFetch, SAMPLE, signInFetch } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-dashboard>',
  component: 'kpi-dashboard',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const Loaded: Story = { render: () => html`<kpi-dashboard  .data=${SAMPLE}></kpi-dashboard>` };
export const Cohort: Story = { render: () => html`<kpi-dashboard  mode="cohort" period="2026-01" .data=${SAMPLE}></kpi-dashboard>` };
export const PortugueseDark: Story = { name: 'pt-BR, dark', render: () => framed('pt-BR', 'dark', html`<kpi-dashboard  theme="dark" .data=${SAMPLE}></kpi-dashboard>`) };
export const Spanish: Story = { name: 'es', render: () => framed('es', 'light', html`<kpi-dashboard  .data=${SAMPLE}></kpi-dashboard>`) };
export const Loading: Story = { render: () => html`<kpi-dashboard  src="/api/kpis.json" .fetch=${pendingFetch}></kpi-dashboard>` };
export const ErrorHttp: Story = { name: 'Error: server down', render: () => html`<kpi-dashboard  src="/api/kpis.json" retries="0" .fetch=${failingFetch}></kpi-dashboard>` };
export const ErrorSignIn: Story = { name: 'Error: sign-in page', render: () => html`<kpi-dashboard  src="/api/kpis.json" .fetch=${signInFetch}></kpi-dashboard>` };
export const ErrorSchema: Story = { name: 'Error: invalid data', render: () => html`<kpi-dashboard  .data=${{ version: 1, rows: [{ period: '2026-03', mqls: -3 }] }}></kpi-dashboard>` };
export const Empty: Story = { render: () => html`<kpi-dashboard  period="2019-06" .data=${SAMPLE}></kpi-dashboard>` };
export const Partial: Story = { render: () => html`<kpi-dashboard  .data=${PARTIAL}></kpi-dashboard>` };
export const CustomLayout: Story = {
  name: 'A JSON layout',
  render: () =>
    html`<kpi-dashboard
      .data=${SAMPLE}
      .layout=${{ sections: [{ title: 'Board summary', blocks: [{ widgets: [{ element: 'kpi-card', metric: 'cac' }, { element: 'kpi-card', metric: 'ltv_to_cac' }, { element: 'sla-gauge' }, { element: 'kpi-trend', metric: 'customers' }] }] }] }}
    ></kpi-dashboard>`,
};
