import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { METRIC_CONTROL, elementMeta, stateStories } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-trend>',
  component: 'kpi-trend',
  ...elementMeta('kpi-trend', { args: { metric: 'mqls', periods: 12 }, argTypes: { metric: METRIC_CONTROL, periods: { control: { type: 'number', min: 2, max: 36 }, type: 'number' } } }),
};
export default meta;

type Story = StoryObj;
const stories = stateStories('kpi-trend', { metric: 'mqls' });

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
