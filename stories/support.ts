import { getCustomElements, type Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import sample from '../demo/data/leads.json' with { type: 'json' };
import { CATALOGUE } from '../src/core/kit.js';

/** The demo company's dataset. */
export const SAMPLE: unknown = sample;

/** A fetch that never answers: the loading state, held still. */
export const pendingFetch: typeof fetch = () => new Promise<Response>(() => undefined);

/** A fetch that answers 503 every time: the error state. */
export const failingFetch: typeof fetch = async () => new Response('{}', { status: 503, statusText: 'Service Unavailable' });

/** A sign-in page where JSON was expected. */
export const signInFetch: typeof fetch = async () => new Response('<!doctype html><title>Sign in</title>', { headers: { 'Content-Type': 'text/html' } });

/** A dataset with summary rows that lack some facts: some figures are "—" with a reason. */
export const PARTIAL = {
  version: 1,
  currency: 'USD',
  rows: [
    { period: '2026-02', visitors: 9000, leads: 300, mqls: 0, marketingSpend: 12000 },
    { period: '2026-03', visitors: 9500, leads: 320, mqls: 0, marketingSpend: 12500 },
  ],
};


type StateStory = { name?: string; args?: Record<string, unknown>; render?: () => HTMLElement; parameters?: Record<string, unknown> };

/**
 * The same story set for every element: loaded, cohort, pt-BR dark, es and empty are drawn
 * from args (so controls work and "Show code" is real markup); loading, three errors and
 * partial need a test double for fetch or data, so they are built as objects, with their
 * controls off. `props` are the element's own attributes.
 */
export function stateStories(tag: string, props: Record<string, unknown> = {}): Record<string, StateStory> {
  const make = (extra: Record<string, unknown>, note: string): StateStory => ({
    render: () => Object.assign(document.createElement(tag), props, extra),
    parameters: { controls: { disable: true }, docs: { source: { code: `${renderFromArgs(tag, { src: '/api/kpis.json', ...props })}\n<!-- ${note} -->`, language: 'html' } } },
  });
  return {
    Loaded: {},
    Cohort: { args: { mode: 'cohort', period: '2026-01' } },
    PortugueseDark: { name: 'pt-BR, dark', args: { lang: 'pt-BR', theme: 'dark' } },
    Spanish: { name: 'es', args: { lang: 'es' } },
    Loading: make({ fetch: pendingFetch, src: '/api/kpis.json' }, 'while the request is pending'),
    ErrorHttp: { name: 'Error: server down', ...make({ fetch: failingFetch, retries: 0, src: '/api/kpis.json' }, 'when the server answers 503') },
    ErrorSignIn: { name: 'Error: sign-in page', ...make({ fetch: signInFetch, src: '/api/kpis.json' }, 'when a sign-in page comes back instead of JSON') },
    ErrorSchema: { name: 'Error: invalid data', ...make({ data: { version: 1, rows: [{ period: '2026-03', mqls: -3 }] } }, 'when the dataset breaks the contract') },
    Empty: { args: { period: '2019-06' } },
    Partial: { ...make({ data: PARTIAL }, 'when some facts are missing from the dataset') },
  };
}

/** Where Storybook serves the sample dataset (`.storybook/main.ts`, staticDirs). */
export const SAMPLE_URL = 'data/leads.json';

const CHANNELS = ['', ...new Set((sample.leads as { channel?: string }[]).flatMap((lead) => (lead.channel ? [lead.channel] : [])))].sort();
type ArgType = NonNullable<Meta['argTypes']>[string];
// `type` stated: the manifest's "string | undefined" is a type Storybook cannot check URL args against, so it drops them.
const select = (options: readonly unknown[]) => ({ control: 'select' as const, options: [...options], type: 'string' as const });
const text = (description: string) => ({ control: 'text' as const, type: 'string' as const, description });

/** Controls for the attributes every element has. */
const COMMON_ARG_TYPES: Record<string, ArgType> = {
  src: text('URL of the dataset.'),
  period: text('Period key, e.g. 2026-02 or 2026-Q1; empty: the latest with data.'),
  channel: { ...select(CHANNELS), description: 'One channel; empty: all.' },
  where: text('A view of the data, read as a URL query: segment=Enterprise&owner=Ana+Souza; empty: all of it.'),
  by: { ...select(['', 'channel', 'segment', 'campaign', 'owner']), description: 'Where the element shows members (bars, a split, rows): the dimension they are of; empty: channel.' },
  mode: { control: 'inline-radio', options: ['period', 'cohort'], type: 'string' },
  compare: text('Space-separated: previous target benchmark.'),
  theme: { ...select(['', 'light', 'dark']), description: "Empty: the user's preference." },
  density: { control: 'inline-radio', options: ['comfortable', 'compact'], type: 'string' },
  lang: { ...select(['en', 'pt-BR', 'es']), description: 'The lang of a container: the element follows the nearest [lang].' },
};

/** Controls for each element's own attributes. */
export const METRIC_CONTROL: ArgType = { ...select(CATALOGUE.map((m) => m.id)), description: 'A metric of the catalogue.' };

type ManifestAttribute = { name: string; fieldName?: string; default?: string };

/** An element's attributes by what Storybook may call an arg: the attribute or its property. */
function attributesOf(tag: string): Map<string, ManifestAttribute> {
  // The manifest Storybook was given (.storybook/preview.ts): generated by the build, so not imported here.
  const manifest = getCustomElements() as { modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] };
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  const attributes = new Map<string, ManifestAttribute>();
  for (const attribute of declaration?.attributes ?? []) {
    attributes.set(attribute.name, attribute);
    if (attribute.fieldName && attribute.fieldName !== 'data') attributes.set(attribute.fieldName, attribute);
  }
  return attributes;
}

/** The manifest writes defaults as source text: `'period'`, `0`. */
const isDefault = (attribute: ManifestAttribute, value: unknown) => attribute.default !== undefined && attribute.default.replace(/^'(.*)'$/, '$1') === String(value);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The element as HTML from the story's args, so the controls change the story and "Show
 * code" is markup that works when pasted (beside the dataset it names in `src`).
 */
export function renderFromArgs(tag: string, args: Record<string, unknown>): string {
  const attributes = attributesOf(tag);
  const parts = [tag];
  for (const [arg, value] of Object.entries(args)) {
    const attribute = attributes.get(arg);
    if (!attribute || value === undefined || value === null || value === '' || value === false || isDefault(attribute, value)) continue;
    parts.push(value === true ? attribute.name : `${attribute.name}="${escapeAttribute(String(value))}"`);
  }
  const element = `<${parts.join(' ')}></${tag}>`;
  const lang = typeof args.lang === 'string' && args.lang !== 'en' ? args.lang : undefined;
  return lang ? `<div lang="${lang}">\n  ${element}\n</div>` : element;
}

/** An element's meta, but for its title and tag (which Storybook's indexer reads as literals): controls for its attributes, and stories drawn from them. */
export function elementMeta(tag: string, own: { args?: Record<string, unknown>; argTypes?: Record<string, ArgType> } = {}): Meta {
  return {
    parameters: { layout: 'padded' },
    // Every control has an initial arg: Storybook only takes args it knows from the URL.
    args: { src: SAMPLE_URL, period: '', channel: '', mode: 'period', compare: 'previous target benchmark', theme: '', density: 'comfortable', lang: 'en', ...own.args },
    argTypes: { ...COMMON_ARG_TYPES, ...own.argTypes },
    // Through unsafeHTML rather than a bare string: Storybook's "Show code" escapes string
    // stories (storybookjs/storybook#30705) but prints a template's markup as is.
    render: (args) => html`${unsafeHTML(renderFromArgs(tag, args))}`,
  };
}
