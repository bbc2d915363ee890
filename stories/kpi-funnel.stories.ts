import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementMeta, stateStories } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-funnel>',
  component: 'kpi-funnel',
  ...elementMeta('kpi-funnel', { args: { split: true }, argTypes: { split: { control: 'boolean', type: 'boolean', description: 'Split each stage by channel.' } } }),
};
export default meta;

type Story = StoryObj;
const stories = stateStories('kpi-funnel', { split: true });

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
export const SplitByOwner: Story = { name: 'Split by sales rep', args: { split: true, by: 'owner' } };
