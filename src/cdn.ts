// The single-file build for plain pages: registers every element and exports the API.
//   <script type="module" src="…/inbound-kpi-kit.js"></script>
import './define/all.js';
// The file exports the core's API, so the core is in its first load anyway; what else the
// elements load lazily with the core (elements/lazy/core-api.ts) comes in the same file too: a page then
// makes no second request, one network round trip each, before its widgets can draw.
// (vega's runtime, the records worker and the pt-BR and es words stay lazy chunks.)
import './elements/lazy/core-api.js';

export * from './index.js';
