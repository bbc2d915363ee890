import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementMeta, stateStories } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-bridge>',
  component: 'kpi-bridge',
  ...elementMeta('kpi-bridge', {
    args: { metric: 'customers', against: 'previous' },
    argTypes: {
      metric: { control: 'select', options: ['customers', 'revenue', 'mqls', 'leads'], type: 'string', description: 'A metric that is a product of others.' },
      against: { control: 'inline-radio', options: ['previous', 'target'], type: 'string', description: 'The reference: the previous period or the targets.' },
    },
  }),
};
export default meta;

type Story = StoryObj;
const stories = stateStories('kpi-bridge');

export const Loaded: Story = stories.Loaded!;
export const Cohort: Story = stories.Cohort!;
export const PortugueseDark: Story = stories.PortugueseDark!;
export const Spanish: Story = stories.Spanish!;
export const Loading: Story = stories.Loading!;
export const ErrorHttp: Story = stories.ErrorHttp!;
export const ErrorSignIn: Story = stories.ErrorSignIn!;
export const ErrorSchema: Story = stories.ErrorSchema!;
export const Empty: Story = stories.Empty!;

/** Against the targets (expected by now while the period runs). */
export const AgainstTarget: Story = { name: 'against="target"', args: { against: 'target' } };

/** Revenue: the five funnel drivers and the average ticket. */
export const Revenue: Story = { name: 'metric="revenue"', args: { metric: 'revenue' } };

/** The MQL-to-SQL rate's change split by segment into mix and rate; the table lists the members. */
export const MixAndRate: Story = { name: 'by="segment"', args: { metric: 'mql_to_sql', by: 'segment' } };
