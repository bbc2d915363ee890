import sample from '../demo/data/leads.json' with { type: 'json' };

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


type StoryRender = { name?: string; render: () => HTMLElement };

/**
 * The same story set for every element: loaded, cohort, pt-BR dark, es, and each state a
 * person can meet (loading, three errors, empty, partial). `props` are the element's own.
 */
export function stateStories(tag: string, props: Record<string, unknown> = {}): Record<string, StoryRender> {
  const make = (extra: Record<string, unknown>, lang?: string, dark = false) => () => {
    const el = Object.assign(document.createElement(tag), props, extra);
    if (!lang) return el;
    const frame = document.createElement('div');
    frame.lang = lang;
    if (dark) frame.className = 'story-dark';
    frame.append(el);
    return frame;
  };
  return {
    Loaded: { render: make({ data: SAMPLE }) },
    Cohort: { render: make({ data: SAMPLE, mode: 'cohort', period: '2026-01' }) },
    PortugueseDark: { name: 'pt-BR, dark', render: make({ data: SAMPLE, theme: 'dark' }, 'pt-BR', true) },
    Spanish: { name: 'es', render: make({ data: SAMPLE }, 'es') },
    Loading: { render: make({ fetch: pendingFetch, src: '/api/kpis.json' }) },
    ErrorHttp: { name: 'Error: server down', render: make({ fetch: failingFetch, retries: 0, src: '/api/kpis.json' }) },
    ErrorSignIn: { name: 'Error: sign-in page', render: make({ fetch: signInFetch, src: '/api/kpis.json' }) },
    ErrorSchema: { name: 'Error: invalid data', render: make({ data: { version: 1, rows: [{ period: '2026-03', mqls: -3 }] } }) },
    Empty: { render: make({ data: SAMPLE, period: '2019-06' }) },
    Partial: { render: make({ data: PARTIAL }) },
  };
}
