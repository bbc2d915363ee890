import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { failingFetch, framed, PARTIAL, pendingFetch, SAMPLE, signInFetch } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-card>',
  component: 'kpi-card',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const Loaded: Story = { render: () => html`<kpi-card metric="cac" .data=${SAMPLE}></kpi-card>` };
export const Cohort: Story = { render: () => html`<kpi-card metric="cac" mode="cohort" period="2026-01" .data=${SAMPLE}></kpi-card>` };
export const PortugueseDark: Story = { name: 'pt-BR, dark', render: () => framed('pt-BR', 'dark', html`<kpi-card metric="cac" theme="dark" .data=${SAMPLE}></kpi-card>`) };
export const Spanish: Story = { name: 'es', render: () => framed('es', 'light', html`<kpi-card metric="cac" .data=${SAMPLE}></kpi-card>`) };
export const Loading: Story = { render: () => html`<kpi-card metric="cac" src="/api/kpis.json" .fetch=${pendingFetch}></kpi-card>` };
export const ErrorHttp: Story = { name: 'Error: server down', render: () => html`<kpi-card metric="cac" src="/api/kpis.json" retries="0" .fetch=${failingFetch}></kpi-card>` };
export const ErrorSignIn: Story = { name: 'Error: sign-in page', render: () => html`<kpi-card metric="cac" src="/api/kpis.json" .fetch=${signInFetch}></kpi-card>` };
export const ErrorSchema: Story = { name: 'Error: invalid data', render: () => html`<kpi-card metric="cac" .data=${{ version: 1, rows: [{ period: '2026-03', mqls: -3 }] }}></kpi-card>` };
export const Empty: Story = { render: () => html`<kpi-card metric="cac" period="2019-06" .data=${SAMPLE}></kpi-card>` };
export const Partial: Story = { render: () => html`<kpi-card metric="cac" .data=${PARTIAL}></kpi-card>` };
