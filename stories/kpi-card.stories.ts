import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { METRIC_CONTROL, SAMPLE_URL, elementMeta, stateStories } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-card>',
  component: 'kpi-card',
  ...elementMeta('kpi-card', { args: { metric: 'cac' }, argTypes: { metric: METRIC_CONTROL } }),
};
export default meta;

type Story = StoryObj;
const stories = stateStories('kpi-card', { metric: 'cac' });

export const Loaded: Story = stories.Loaded!;
export const Cohort: Story = stories.Cohort!;
export const PortugueseDark: Story = stories.PortugueseDark!;
export const Spanish: Story = stories.Spanish!;
export const Loading: Story = stories.Loading!;
export const ErrorHttp: Story = stories.ErrorHttp!;
export const ErrorSignIn: Story = stories.ErrorSignIn!;
export const ErrorSchema: Story = stories.ErrorSchema!;
export const Empty: Story = stories.Empty!;
export const Partial: Story = stories.Partial!;

const ROW = `<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem">
  <kpi-card metric="mqls" src="${SAMPLE_URL}"></kpi-card>
  <kpi-card metric="lead_to_mql" src="${SAMPLE_URL}"></kpi-card>
  <kpi-card metric="cac" src="${SAMPLE_URL}"></kpi-card>
</div>`;

/** Cards in a grid row share its height: their sparklines sit level at their feet, whatever each shows above (a benchmark, a paced target). */
export const InARow: Story = {
  name: 'Cards in a row',
  parameters: { controls: { disable: true }, docs: { source: { code: ROW, language: 'html' } } },
  render: () => Object.assign(document.createElement('div'), { innerHTML: ROW }),
};
