import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { failingFetch, framed, PARTIAL, pendingFetch, SAMPLE, signInFetch } from './support.js';

const meta: Meta = {
  title: 'Elements/<economics-card>',
  component: 'economics-card',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const Loaded: Story = { render: () => html`<economics-card  .data=${SAMPLE}></economics-card>` };
export const Cohort: Story = { render: () => html`<economics-card  mode="cohort" period="2026-01" .data=${SAMPLE}></economics-card>` };
export const PortugueseDark: Story = { name: 'pt-BR, dark', render: () => framed('pt-BR', 'dark', html`<economics-card  theme="dark" .data=${SAMPLE}></economics-card>`) };
export const Spanish: Story = { name: 'es', render: () => framed('es', 'light', html`<economics-card  .data=${SAMPLE}></economics-card>`) };
export const Loading: Story = { render: () => html`<economics-card  src="/api/kpis.json" .fetch=${pendingFetch}></economics-card>` };
export const ErrorHttp: Story = { name: 'Error: server down', render: () => html`<economics-card  src="/api/kpis.json" retries="0" .fetch=${failingFetch}></economics-card>` };
export const ErrorSignIn: Story = { name: 'Error: sign-in page', render: () => html`<economics-card  src="/api/kpis.json" .fetch=${signInFetch}></economics-card>` };
export const ErrorSchema: Story = { name: 'Error: invalid data', render: () => html`<economics-card  .data=${{ version: 1, rows: [{ period: '2026-03', mqls: -3 }] }}></economics-card>` };
export const Empty: Story = { render: () => html`<economics-card  period="2019-06" .data=${SAMPLE}></economics-card>` };
export const Partial: Story = { render: () => html`<economics-card  .data=${PARTIAL}></economics-card>` };
