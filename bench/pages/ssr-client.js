// The server-rendered dashboard page's bundle (render.bench.mjs), as the README's "Server
// rendering" tells an app to write it: Lit's hydrate support before any element's class,
// the kit's, then the define files; the core and vega stay lazy chunks.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/hydrate.js';
import '../../dist/define/all.js';
