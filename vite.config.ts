import { defineConfig } from 'vite';
import { inlineRuntime } from './scripts/inline-runtime.mjs';
import { minifyCssTemplates } from './scripts/minify-css.mjs';

// The CDN build: one ES module a plain HTML page loads with a single <script type="module">.
// (The npm package itself is compiled by tsc into dist/, one file per module.)
export default defineConfig({
  // Files the CDN module loads itself (the records worker) are found beside it, wherever it is hosted.
  base: './',
  // The CSS in the elements' templates, minified as the package's is (scripts/minify-css.mjs).
  // rolldown's runtime helpers stay in the files that use them: no further request before the numbers (scripts/inline-runtime.mjs).
  plugins: [{ name: 'minify-css-templates', transform: (code, id) => (/\/src\/elements\/.+\.ts$/.test(id) ? { code: minifyCssTemplates(code), map: null } : undefined) }, inlineRuntime()],
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
      output: { minify: true },
    },
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'inbound-kpi-kit.js',
    },
  },
});
