// The page's side of server rendering, as the README tells it: Lit's hydrate support first
// (before any element's class is evaluated), the kit's, then the define files. The core stays a lazy
// chunk, as in any page (scripts/ssr-check.mjs bundles this file).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../src/hydrate.js';
import '../src/define/all.js';
