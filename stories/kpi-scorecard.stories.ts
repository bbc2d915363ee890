import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SAMPLE, elementMeta, stateStories } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-scorecard>',
  component: 'kpi-scorecard',
  ...elementMeta('kpi-scorecard', {
    args: { metrics: '' },
    argTypes: { metrics: { control: 'text', description: 'Space-separated metric ids, one column each; empty: the default nine.' } },
  }),
};
export default meta;

type Story = StoryObj;
const stories = stateStories('kpi-scorecard');

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
export const Economics: Story = {
  name: 'Economics by channel, compact',
  render: () => html`<kpi-scorecard density="compact" metrics="total_spend customers cac ltv ltv_to_cac cac_payback_months" .data=${SAMPLE}></kpi-scorecard>`,
};

/** The sample company sliced by one of its dimensions. */
export const ByOwner: Story = { name: 'By sales rep', args: { by: 'owner' } };
