import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { failingFetch, framed, PARTIAL, pendingFetch, SAMPLE, signInFetch } from './support.js';

const meta: Meta = {
  title: 'Elements/<sla-gauge>',
  component: 'sla-gauge',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const Loaded: Story = { render: () => html`<sla-gauge sla="mql-volume" .data=${SAMPLE}></sla-gauge>` };
export const Cohort: Story = { render: () => html`<sla-gauge sla="mql-volume" mode="cohort" period="2026-01" .data=${SAMPLE}></sla-gauge>` };
export const PortugueseDark: Story = { name: 'pt-BR, dark', render: () => framed('pt-BR', 'dark', html`<sla-gauge sla="mql-volume" theme="dark" .data=${SAMPLE}></sla-gauge>`) };
export const Spanish: Story = { name: 'es', render: () => framed('es', 'light', html`<sla-gauge sla="mql-volume" .data=${SAMPLE}></sla-gauge>`) };
export const Loading: Story = { render: () => html`<sla-gauge sla="mql-volume" src="/api/kpis.json" .fetch=${pendingFetch}></sla-gauge>` };
export const ErrorHttp: Story = { name: 'Error: server down', render: () => html`<sla-gauge sla="mql-volume" src="/api/kpis.json" retries="0" .fetch=${failingFetch}></sla-gauge>` };
export const ErrorSignIn: Story = { name: 'Error: sign-in page', render: () => html`<sla-gauge sla="mql-volume" src="/api/kpis.json" .fetch=${signInFetch}></sla-gauge>` };
export const ErrorSchema: Story = { name: 'Error: invalid data', render: () => html`<sla-gauge sla="mql-volume" .data=${{ version: 1, rows: [{ period: '2026-03', mqls: -3 }] }}></sla-gauge>` };
export const Empty: Story = { render: () => html`<sla-gauge sla="mql-volume" period="2019-06" .data=${SAMPLE}></sla-gauge>` };
export const Partial: Story = { render: () => html`<sla-gauge sla="mql-volume" .data=${PARTIAL}></sla-gauge>` };
