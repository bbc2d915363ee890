// Server rendering (`inbound-kpi-kit/ssr`): every element registered with the core already
// in, so @lit-labs/ssr renders their numbers into the HTML. For Node, never for a page: it
// imports the whole core statically.
//
//   import 'inbound-kpi-kit/ssr';
//   import { render } from '@lit-labs/ssr';
//   import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
//   collectResultSync(render(html`<kpi-card metric="customers" data=${JSON.stringify(dataset)}></kpi-card>`));
//
// The server draws from `data` (the attribute, which goes to the page with the HTML, or the
// property); an element with only `src` is drawn as its loading skeleton and fetches on the
// page. On the page, load @lit-labs/ssr-client's lit-element-hydrate-support.js, then
// inbound-kpi-kit/hydrate, then the define files: each element keeps the server's DOM until
// it has its own numbers (src/hydrate.ts).
import './ssr-core.js';
import './define/all.js';

export * from './index.js';
