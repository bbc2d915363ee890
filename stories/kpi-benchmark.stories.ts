import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { failingFetch, framed, PARTIAL, pendingFetch, SAMPLE, signInFetch } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-benchmark>',
  component: 'kpi-benchmark',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const Loaded: Story = { render: () => html`<kpi-benchmark  .data=${SAMPLE}></kpi-benchmark>` };
export const Cohort: Story = { render: () => html`<kpi-benchmark  mode="cohort" period="2026-01" .data=${SAMPLE}></kpi-benchmark>` };
export const PortugueseDark: Story = { name: 'pt-BR, dark', render: () => framed('pt-BR', 'dark', html`<kpi-benchmark  theme="dark" .data=${SAMPLE}></kpi-benchmark>`) };
export const Spanish: Story = { name: 'es', render: () => framed('es', 'light', html`<kpi-benchmark  .data=${SAMPLE}></kpi-benchmark>`) };
export const Loading: Story = { render: () => html`<kpi-benchmark  src="/api/kpis.json" .fetch=${pendingFetch}></kpi-benchmark>` };
export const ErrorHttp: Story = { name: 'Error: server down', render: () => html`<kpi-benchmark  src="/api/kpis.json" retries="0" .fetch=${failingFetch}></kpi-benchmark>` };
export const ErrorSignIn: Story = { name: 'Error: sign-in page', render: () => html`<kpi-benchmark  src="/api/kpis.json" .fetch=${signInFetch}></kpi-benchmark>` };
export const ErrorSchema: Story = { name: 'Error: invalid data', render: () => html`<kpi-benchmark  .data=${{ version: 1, rows: [{ period: '2026-03', mqls: -3 }] }}></kpi-benchmark>` };
export const Empty: Story = { render: () => html`<kpi-benchmark  period="2019-06" .data=${SAMPLE}></kpi-benchmark>` };
export const Partial: Story = { render: () => html`<kpi-benchmark  .data=${PARTIAL}></kpi-benchmark>` };
