import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { failingFetch, framed, PARTIAL, pendingFetch, SAMPLE, signInFetch } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-funnel>',
  component: 'kpi-funnel',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const Loaded: Story = { render: () => html`<kpi-funnel split .data=${SAMPLE}></kpi-funnel>` };
export const Cohort: Story = { render: () => html`<kpi-funnel split mode="cohort" period="2026-01" .data=${SAMPLE}></kpi-funnel>` };
export const PortugueseDark: Story = { name: 'pt-BR, dark', render: () => framed('pt-BR', 'dark', html`<kpi-funnel split theme="dark" .data=${SAMPLE}></kpi-funnel>`) };
export const Spanish: Story = { name: 'es', render: () => framed('es', 'light', html`<kpi-funnel split .data=${SAMPLE}></kpi-funnel>`) };
export const Loading: Story = { render: () => html`<kpi-funnel split src="/api/kpis.json" .fetch=${pendingFetch}></kpi-funnel>` };
export const ErrorHttp: Story = { name: 'Error: server down', render: () => html`<kpi-funnel split src="/api/kpis.json" retries="0" .fetch=${failingFetch}></kpi-funnel>` };
export const ErrorSignIn: Story = { name: 'Error: sign-in page', render: () => html`<kpi-funnel split src="/api/kpis.json" .fetch=${signInFetch}></kpi-funnel>` };
export const ErrorSchema: Story = { name: 'Error: invalid data', render: () => html`<kpi-funnel split .data=${{ version: 1, rows: [{ period: '2026-03', mqls: -3 }] }}></kpi-funnel>` };
export const Empty: Story = { render: () => html`<kpi-funnel split period="2019-06" .data=${SAMPLE}></kpi-funnel>` };
export const Partial: Story = { render: () => html`<kpi-funnel split .data=${PARTIAL}></kpi-funnel>` };
