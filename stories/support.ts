import { html, type TemplateResult } from 'lit';
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

/** Renders a story in a given language and theme, as a page would set them. */
export function framed(lang: string, theme: 'light' | 'dark', content: TemplateResult): TemplateResult {
  return html`<div lang=${lang} class=${theme === 'dark' ? 'story-dark' : ''}>${content}</div>`;
}
