import { defineConfig } from 'vite';

// The CDN build: one ES module a plain HTML page loads with a single <script type="module">.
// (The npm package itself is compiled by tsc into dist/, one file per module.)
export default defineConfig({
  // Files the CDN module loads itself (the records worker) are found beside it, wherever it is hosted.
  base: './',
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    // Library mode keeps whitespace in ES output even with `minify`; the CDN file is
    // shipped as is, so minify the output itself.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'inbound-kpi-kit.js',
    },
  },
});
