// After tsc: dist/elements/charts/vega-runtime.js (the chart runtime, loaded lazily) becomes one
// self-contained file holding the part of vega the kit's compiled specs use
// (scripts/vega-subset.mjs). A consumer's bundler then takes that file as it is: from vega's
// prebuilt packages it would keep about a third more (every transform, colour scheme and
// renderer they hold). The kit's own modules it imports (the compiled templates) stay imports.
//   node scripts/bundle-vega-runtime.mjs   (part of npm run build)
import { renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { vegaSubset } from './vega-subset.mjs';

const CHARTS = fileURLToPath(new URL('../dist/elements/charts/', import.meta.url));
const ENTRY = `${CHARTS}vega-runtime.js`;
const OUT = `${CHARTS}.vega-runtime-bundle/`;

/** The kit's modules outside the runtime's own folder (the templates): imports, as written. */
const kitImport = (source, importer) => importer?.startsWith(CHARTS) && source.startsWith('../');

await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [{ name: 'kit-imports', enforce: 'pre', resolveId: (source, importer) => (kitImport(source, importer) ? { id: source, external: true } : undefined) }, vegaSubset()],
  build: {
    outDir: OUT,
    emptyOutDir: true,
    target: 'es2022',
    // Minified as vega's own builds are not: a consumer's bundler minifies it again, and a page
    // loading dist directly (an import map) downloads less.
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: ENTRY,
      preserveEntrySignatures: 'strict',
      // The arc and area shapes vega-scenegraph makes when it loads (d3-shape): pure, and for
      // marks no chart has, so they go.
      treeshake: { manualPureFunctions: ['d3_arc', 'd3_area'] },
      output: { format: 'es', entryFileNames: 'vega-runtime.js', codeSplitting: false },
    },
  },
});
renameSync(`${OUT}vega-runtime.js`, ENTRY);
rmSync(OUT, { recursive: true });
// tsc's map described the file before it was bundled.
rmSync(`${ENTRY}.map`, { force: true });
