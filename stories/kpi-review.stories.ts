import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementMeta, stateStories } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-review>',
  component: 'kpi-review',
  ...elementMeta('kpi-review', {
    args: { since: '2026-03-11' },
    argTypes: {
      since: { control: 'text', type: 'string', description: "The last meeting's day, YYYY-MM-DD; default: 7 days before the data's today." },
    },
  }),
};
export default meta;

type Story = StoryObj;
const stories = stateStories('kpi-review');

export const Loaded: Story = stories.Loaded!;
export const PortugueseDark: Story = stories.PortugueseDark!;
export const Spanish: Story = stories.Spanish!;
export const Loading: Story = stories.Loading!;
export const ErrorHttp: Story = stories.ErrorHttp!;
export const ErrorSignIn: Story = stories.ErrorSignIn!;
export const ErrorSchema: Story = stories.ErrorSchema!;
export const Empty: Story = stories.Empty!;

/** Since the first of the month: everything March has done so far. */
export const SinceMonthStart: Story = { name: 'since="2026-03-01"', args: { since: '2026-03-01' } };
