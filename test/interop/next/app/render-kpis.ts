// Server only: the elements' HTML with their numbers (declarative shadow DOM), rendered by
// @lit-labs/ssr with every tag registered by inbound-kpi-kit/ssr (imported first).
import 'inbound-kpi-kit/ssr';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import data from '../data.json';

const json = JSON.stringify(data);

export const renderKpis = (): string =>
  collectResultSync(render(html`<kpi-card id="card" metric="cac" data=${json}></kpi-card><kpi-funnel id="funnel" data=${json}></kpi-funnel>`));
