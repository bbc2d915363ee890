import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { elementMeta, stateStories } from './support.js';

const meta: Meta = {
  title: 'Elements/<kpi-reasons>',
  component: 'kpi-reasons',
  ...elementMeta('kpi-reasons', {
    args: { kind: 'all' },
    argTypes: { kind: { control: 'inline-radio', options: ['all', 'rejected', 'disqualified', 'lost'], type: 'string', description: 'Which failures: rejected MQLs, disqualified leads, lost deals, or all of them.' } },
  }),
};
export default meta;

type Story = StoryObj;
const stories = stateStories('kpi-reasons');

export const Loaded: Story = stories.Loaded!;
export const Cohort: Story = stories.Cohort!;
export const PortugueseDark: Story = stories.PortugueseDark!;
export const Spanish: Story = stories.Spanish!;
export const Loading: Story = stories.Loading!;
export const ErrorHttp: Story = stories.ErrorHttp!;
export const ErrorSignIn: Story = stories.ErrorSignIn!;
export const ErrorSchema: Story = stories.ErrorSchema!;
export const Empty: Story = stories.Empty!;
/** Summary rows that record no reasons: the element says so instead of drawing. */
export const Partial: Story = stories.Partial!;

/** Only the MQLs sales rejected: mostly marketing's reasons. */
export const Rejected: Story = { name: 'kind="rejected"', args: { kind: 'rejected' } };

/** Only the deals lost, in the enterprise segment. */
export const LostEnterprise: Story = { name: 'Lost deals, enterprise', args: { kind: 'lost', where: 'segment=Enterprise' } };
