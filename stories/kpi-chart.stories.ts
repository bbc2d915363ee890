import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { elementMeta, renderFromArgs, stateStories } from './support.js';

/** MQLs by campaign as a heat map: the README's worked spec. */
const HEAT_MAP = {
  mark: 'rect',
  encoding: {
    x: { field: 'period', type: 'ordinal', title: null },
    y: { field: 'member', type: 'nominal', title: null },
    color: { field: 'value', type: 'quantitative', title: 'MQLs' },
    tooltip: [{ field: 'member' }, { field: 'periodLabel' }, { field: 'value' }],
  },
};

const base = elementMeta('kpi-chart', {
  args: { fields: 'metric:mqls period:6 by:campaign', spec: HEAT_MAP, actions: '' },
  argTypes: {
    spec: { control: 'object', description: 'The vega-lite spec (edit it here): it reads the table by name, {"name": "table"}. As an attribute, JSON.' },
    fields: { control: 'text', type: 'string', description: 'The table: metric:mqls,lead_to_mql period:12 by:campaign.' },
    actions: { control: 'text', type: 'string', description: "vega-embed's menu: any of export source compiled editor (empty: all), or none." },
  },
});

const meta: Meta = {
  title: 'Elements/<kpi-chart>',
  component: 'kpi-chart',
  ...base,
  // The spec is an object in the controls and JSON in the markup ("Show code" pastes as is).
  render: (args) => html`${unsafeHTML(renderFromArgs('kpi-chart', { ...args, spec: args.spec && typeof args.spec === 'object' ? JSON.stringify(args.spec) : args.spec }))}`,
};
export default meta;

type Story = StoryObj;
const stories = stateStories('kpi-chart', { fields: 'metric:mqls period:6 by:campaign', spec: HEAT_MAP });

/** The playground: edit the spec (a JSON control) and the fields, and the chart follows. */
export const Playground: Story = {};
export const Loaded: Story = stories.Loaded!;
export const PortugueseDark: Story = stories.PortugueseDark!;
export const Spanish: Story = stories.Spanish!;
export const Loading: Story = stories.Loading!;
export const ErrorHttp: Story = stories.ErrorHttp!;
export const ErrorSchema: Story = stories.ErrorSchema!;
export const Empty: Story = stories.Empty!;

/** No spec: each series over the periods, as lines. */
export const DefaultSpec: Story = { name: 'no spec (lines)', args: { spec: undefined, fields: 'metric:mqls,sqls period:12' } };

/** Rates per channel as bars, one panel per period. */
export const RatesByChannel: Story = {
  name: 'lead-to-MQL rate by channel',
  args: {
    fields: 'metric:lead_to_mql period:3 by:channel',
    spec: {
      mark: 'bar',
      encoding: {
        x: { field: 'value', type: 'quantitative', axis: { format: '.0%' }, title: null },
        y: { field: 'member', type: 'nominal', sort: '-x', title: null },
        color: { field: 'periodLabel', type: 'nominal', title: null },
        yOffset: { field: 'period' },
      },
    },
  },
};

/** A spec that asks for a URL is refused, with the place named. */
export const RefusedUrl: Story = { name: 'a spec with data.url (refused)', args: { spec: { ...HEAT_MAP, data: { url: 'https://example.com/data.json' } } } };

/** vega-embed's menu with the exports only. */
export const ExportsOnly: Story = { name: 'actions="export"', args: { actions: 'export' } };
