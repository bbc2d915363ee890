// After tsc: dist/elements/charts/vega-runtime.js (the chart runtime, loaded lazily) becomes one
// self-contained file holding the part of vega the kit's compiled specs use
// (scripts/vega-subset.mjs). A consumer's bundler then takes that file as it is: from vega's
// prebuilt packages it would keep about half as much again (every transform, colour scheme,
// scale type and renderer they hold). The kit's own modules it imports (the compiled
// templates) stay imports. The browser tests serve the runtime bundled the same way, from
// source (web-test-runner.config.mjs), so every chart they draw is drawn by it.
//   node scripts/bundle-vega-runtime.mjs   (part of npm run build)
import { rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { vegaSubset } from './vega-subset.mjs';

/** The runtime module `entry` (src's .ts or dist's .js) bundled with the part of vega it uses: its code. */
export async function bundleVegaRuntime(entry) {
  const folder = `${dirname(entry)}/`;
  // The kit's modules outside the runtime's own folder (the templates): imports, as written.
  const kitImport = (source, importer) => importer?.startsWith(folder) && source.startsWith('../');
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [{ name: 'kit-imports', enforce: 'pre', resolveId: (source, importer) => (kitImport(source, importer) ? { id: source, external: true } : undefined) }, vegaSubset({ from: (importer) => importer.startsWith(folder) })],
    build: {
      write: false,
      target: 'es2022',
      // Minified as vega's own builds are not: a consumer's bundler minifies it again, and a
      // page loading dist directly (an import map) downloads less.
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: entry,
        preserveEntrySignatures: 'strict',
        output: { format: 'es', codeSplitting: false },
      },
    },
  });
  const [{ output }] = Array.isArray(result) ? result : [result];
  return output[0].code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const entry = fileURLToPath(new URL('../dist/elements/charts/vega-runtime.js', import.meta.url));
  writeFileSync(entry, await bundleVegaRuntime(entry));
  // tsc's map described the file before it was bundled.
  rmSync(`${entry}.map`, { force: true });
}
