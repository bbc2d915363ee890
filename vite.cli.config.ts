import { defineConfig } from 'vite';

// The CLI as shipped (package.json "bin"): its modules and zod's in a few files, one per
// command loaded when it runs. Loaded module by module as tsc writes them (dist/cli/), a
// dataset command opens some 140 files, 90 of them zod's (its 60-odd locales come with any
// import of it), and that costs Node more than its own start (BENCHMARKS.md, "CLI start");
// bundled, zod's unused parts are left out and each command reads a handful of files.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/bin',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: 'inbound-kpi-kit.js', chunkFileNames: '[name]-[hash].js' } },
  },
  // zod too: the CLI's files need nothing from node_modules at run time.
  ssr: { noExternal: true },
});
