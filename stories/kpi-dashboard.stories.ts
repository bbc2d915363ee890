import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { SAMPLE, elementMeta, stateStories } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-dashboard>',
  component: 'kpi-dashboard',
  ...elementMeta('kpi-dashboard', {}),
};
export default meta;

type Story = StoryObj;
const stories = stateStories('kpi-dashboard');

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
export const CustomLayout: Story = {
  name: 'A JSON layout',
  render: () =>
    html`<kpi-dashboard
      .data=${SAMPLE}
      .layout=${{ sections: [{ title: 'Board summary', blocks: [{ widgets: [{ element: 'kpi-card', metric: 'cac' }, { element: 'kpi-card', metric: 'ltv_to_cac' }, { element: 'sla-gauge' }, { element: 'kpi-trend', metric: 'customers' }] }] }] }}
    ></kpi-dashboard>`,
};

/** The sample company sliced by one of its dimensions. */
export const FilteredBySegment: Story = { name: 'Filtered to one segment', args: { where: 'segment=Enterprise' } };
