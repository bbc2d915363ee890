import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { METRIC_CONTROL, elementMeta, stateStories } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-breakdown>',
  component: 'kpi-breakdown',
  ...elementMeta('kpi-breakdown', { args: { metric: 'cac' }, argTypes: { metric: METRIC_CONTROL } }),
};
export default meta;

type Story = StoryObj;
const stories = stateStories('kpi-breakdown', { metric: 'cac' });

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

/** The sample company sliced by one of its dimensions. */
export const BySegment: Story = { name: 'By segment', args: { metric: 'leads', by: 'segment' } };
