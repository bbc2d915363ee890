// Element tests in real headless Chromium (Debian's, never a downloaded one), against a
// real local HTTP server: the test API below answers with every fault RELIABILITY.md lists.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleVegaRuntime } from './scripts/bundle-vega-runtime.mjs';
import { testApi } from './test/support/test-api.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";
// Trusted Types enforced, with Lit's policy the only one allowed: the kit needs none of its own.
const TRUSTED_TYPES = `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;

/** A test page under a Content-Security-Policy given by a <meta>. */
const underPolicy = (policy) => (testFramework) => `<!doctype html>
  <html>
    <head><meta http-equiv="Content-Security-Policy" content="${policy}"></head>
    <body><script type="module" src="${testFramework}"></script></body>
  </html>`;

/** A worker's URL names its built .js file (`new URL('./x.js', import.meta.url)`); here the source is .ts. */
function workerSources(ctx, next) {
  const match = /^(\/src\/.+)\.js$/.exec(ctx.path);
  if (match && existsSync(fileURLToPath(new URL(`.${match[1]}.ts`, import.meta.url)))) ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
  return next();
}

/**
 * The chart runtime as the package ships it: bundled with only the part of vega the compiled
 * specs use (scripts/bundle-vega-runtime.mjs), here from source, once a run. Every chart a
 * test draws is drawn by it, so a template needing something left out fails here.
 */
let prunedRuntime;
const chartRuntime = {
  name: 'pruned-chart-runtime',
  async serve(context) {
    if (!/^\/src\/elements\/charts\/vega-runtime\.(ts|js)$/.test(context.path)) return undefined;
    prunedRuntime ??= bundleVegaRuntime(fileURLToPath(new URL('./src/elements/charts/vega-runtime.ts', import.meta.url)));
    return { body: await prunedRuntime, type: 'js' };
  },
};

export default {
  files: ['test/elements/**/*.test.ts', '!test/elements/**/*.csp.test.ts', '!test/elements/**/*.tt.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [chartRuntime, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) })],
  middleware: [testApi, workerSources],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
  concurrency: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  groups: [
    {
      // A page with a strict Content-Security-Policy: no inline script or style, no eval.
      name: 'strict-csp',
      files: ['test/elements/**/*.csp.test.ts'],
      testRunnerHtml: underPolicy(CSP),
    },
    {
      name: 'trusted-types',
      files: ['test/elements/**/*.tt.test.ts'],
      testRunnerHtml: underPolicy(TRUSTED_TYPES),
    },
  ],
};
