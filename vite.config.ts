import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { inlineRuntime } from './scripts/inline-runtime.mjs';
import { minifyCssTemplates } from './scripts/minify-css.mjs';
import { minifyHtmlTemplates } from './scripts/minify-html.mjs';
import { vegaSubset } from './scripts/vega-subset.mjs';

const SRC = fileURLToPath(new URL('./src/', import.meta.url));
/**
 * What stays a lazy chunk of the CDN file: vega's runtime, the elements' own chunks and their
 * words (<kpi-chart>'s brings vega-embed), the other languages' words, the big-payload parser,
 * the compiled chart templates.
 */
const LAZY = /^(elements\/charts\/(vega-runtime|compacting-relay)|elements\/lazy\/(?!core-api)[a-z-]+-api|elements\/i18n\/(pt-BR|es|[a-z]+-words)|elements\/source\/parse-in-worker|core\/specs\/compiled(-[a-z]+)?\.generated)\.ts$/;

// The CDN build: one ES module a plain HTML page loads with a single <script type="module">.
// (The npm package itself is compiled by tsc into dist/, one file per module.)
export default defineConfig({
  // Files the CDN module loads itself (the records worker) are found beside it, wherever it is hosted.
  base: './',
  // The CSS in the elements' templates minified, and their HTML's indentation out, as the package's are
  // (scripts/minify-css.mjs, minify-html.mjs: the server's templates and the page's must be alike to hydrate).
  // rolldown's runtime helpers stay in the files that use them: no further request before the numbers (scripts/inline-runtime.mjs).
  // The chart runtime with only the part of vega the compiled specs use, as in the package
  // (scripts/vega-subset.mjs); <kpi-chart>'s chunk keeps the whole of vega.
  plugins: [
    { name: 'minify-templates', transform: (code, id) => (/\/src\/elements\/.+\.ts$/.test(id) ? { code: minifyHtmlTemplates(minifyCssTemplates(code)), map: null } : undefined) },
    vegaSubset({ from: (importer) => importer.startsWith(`${SRC}elements/charts/`) }),
    inlineRuntime(),
  ],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    // Library mode keeps whitespace in ES output even with `minify`; the CDN file is
    // shipped as is, so minify the output itself.
    rolldownOptions: {
      // The entry file itself holds the code shared with the lazy chunks (it may export more
      // than the API to them), instead of a stub importing a second file: one request fewer.
      preserveEntrySignatures: 'allow-extension',
      // Every other module of the kit in the CDN file itself: left to itself, the bundler moves
      // modules the file shares with the elements' own chunks into further files it imports
      // before any number.
      output: { minify: true, codeSplitting: { groups: [{ name: 'inbound-kpi-kit', test: (id: string) => id.startsWith(SRC) && !LAZY.test(id.slice(SRC.length)) }] } },
    },
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'inbound-kpi-kit.js',
    },
  },
});
