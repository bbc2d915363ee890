import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { failingFetch, framed, PARTIAL, pendingFetch, SAMPLE, signInFetch } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-breakdown>',
  component: 'kpi-breakdown',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const Loaded: Story = { render: () => html`<kpi-breakdown metric="cac" .data=${SAMPLE}></kpi-breakdown>` };
export const Cohort: Story = { render: () => html`<kpi-breakdown metric="cac" mode="cohort" period="2026-01" .data=${SAMPLE}></kpi-breakdown>` };
export const PortugueseDark: Story = { name: 'pt-BR, dark', render: () => framed('pt-BR', 'dark', html`<kpi-breakdown metric="cac" theme="dark" .data=${SAMPLE}></kpi-breakdown>`) };
export const Spanish: Story = { name: 'es', render: () => framed('es', 'light', html`<kpi-breakdown metric="cac" .data=${SAMPLE}></kpi-breakdown>`) };
export const Loading: Story = { render: () => html`<kpi-breakdown metric="cac" src="/api/kpis.json" .fetch=${pendingFetch}></kpi-breakdown>` };
export const ErrorHttp: Story = { name: 'Error: server down', render: () => html`<kpi-breakdown metric="cac" src="/api/kpis.json" retries="0" .fetch=${failingFetch}></kpi-breakdown>` };
export const ErrorSignIn: Story = { name: 'Error: sign-in page', render: () => html`<kpi-breakdown metric="cac" src="/api/kpis.json" .fetch=${signInFetch}></kpi-breakdown>` };
export const ErrorSchema: Story = { name: 'Error: invalid data', render: () => html`<kpi-breakdown metric="cac" .data=${{ version: 1, rows: [{ period: '2026-03', mqls: -3 }] }}></kpi-breakdown>` };
export const Empty: Story = { render: () => html`<kpi-breakdown metric="cac" period="2019-06" .data=${SAMPLE}></kpi-breakdown>` };
export const Partial: Story = { render: () => html`<kpi-breakdown metric="cac" .data=${PARTIAL}></kpi-breakdown>` };
