import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { failingFetch, framed, PARTIAL, pendingFetch, SAMPLE, signInFetch } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-trend>',
  component: 'kpi-trend',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const Loaded: Story = { render: () => html`<kpi-trend metric="mqls" .data=${SAMPLE}></kpi-trend>` };
export const Cohort: Story = { render: () => html`<kpi-trend metric="mqls" mode="cohort" period="2026-01" .data=${SAMPLE}></kpi-trend>` };
export const PortugueseDark: Story = { name: 'pt-BR, dark', render: () => framed('pt-BR', 'dark', html`<kpi-trend metric="mqls" theme="dark" .data=${SAMPLE}></kpi-trend>`) };
export const Spanish: Story = { name: 'es', render: () => framed('es', 'light', html`<kpi-trend metric="mqls" .data=${SAMPLE}></kpi-trend>`) };
export const Loading: Story = { render: () => html`<kpi-trend metric="mqls" src="/api/kpis.json" .fetch=${pendingFetch}></kpi-trend>` };
export const ErrorHttp: Story = { name: 'Error: server down', render: () => html`<kpi-trend metric="mqls" src="/api/kpis.json" retries="0" .fetch=${failingFetch}></kpi-trend>` };
export const ErrorSignIn: Story = { name: 'Error: sign-in page', render: () => html`<kpi-trend metric="mqls" src="/api/kpis.json" .fetch=${signInFetch}></kpi-trend>` };
export const ErrorSchema: Story = { name: 'Error: invalid data', render: () => html`<kpi-trend metric="mqls" .data=${{ version: 1, rows: [{ period: '2026-03', mqls: -3 }] }}></kpi-trend>` };
export const Empty: Story = { render: () => html`<kpi-trend metric="mqls" period="2019-06" .data=${SAMPLE}></kpi-trend>` };
export const Partial: Story = { render: () => html`<kpi-trend metric="mqls" .data=${PARTIAL}></kpi-trend>` };
