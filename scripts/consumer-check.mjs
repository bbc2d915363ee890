// The package as a consumer gets it: `npm pack`, installed into a scratch project, built
// by Vite for production. Fails if `import 'inbound-kpi-kit/cdn'` or a define entry is
// dropped as side-effect free (the elements would never register), if an export's types
// are missing, if the server entry renders no numbers in Node, if publint or the
// type-resolution checker (attw) finds a problem, or if a consumer importing every export
// fails to typecheck with skipLibCheck off under the bundler, node16 and nodenext
// resolutions.   npm run test:package   (CI runs it)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPacked, root, versionOf } from './packed.mjs';

const TOOLS = ['publint@0.3.25', '@arethetypeswrong/cli@0.18.5'];
const TYPES = ['typescript', '@types/react', 'vue'].map((name) => `${name}@${versionOf(name)}`);
const { scratch, sh: run, tarball } = installPacked('kpi-consumer', [`vite@${versionOf('vite')}`, `@lit-labs/ssr@${versionOf('@lit-labs/ssr')}`, ...TOOLS, ...TYPES]);
const bin = (name) => join(scratch, 'node_modules/.bin', name);

const pkg = JSON.parse(readFileSync(join(scratch, 'node_modules/inbound-kpi-kit/package.json'), 'utf8'));
const failures = [];
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target !== 'object' || entry.includes('*')) continue;
  if (!target.types || !existsSync(join(scratch, 'node_modules/inbound-kpi-kit', target.types))) failures.push(`${entry}: no types file`);
}

// Editors' data ships with the package and names every element of the manifest.
const installed = join(scratch, 'node_modules/inbound-kpi-kit');
const tags = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
const vscode = JSON.parse(readFileSync(join(installed, pkg.exports['./vscode.html-custom-data.json']), 'utf8')).tags.map((t) => t.name);
const webTypes = JSON.parse(readFileSync(join(installed, pkg['web-types']), 'utf8')).contributions.html.elements.map((e) => e.name);
for (const [name, listed] of [['VS Code custom data', vscode], ['web-types', webTypes]]) {
  const missing = tags.filter((tag) => !listed.includes(tag));
  if (missing.length || tags.length === 0) failures.push(`${name}: missing ${missing.join(', ') || 'every tag'}`);
}

// Each side-effect entry, alone in a production build, must still register its elements.
const entries = { cdn: "import 'inbound-kpi-kit/cdn';", 'define-card': "import 'inbound-kpi-kit/define/kpi-card';" };
for (const [name, code] of Object.entries(entries)) {
  const dir = join(scratch, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'main.js'), code);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  run('npx', ['vite', 'build', '--logLevel', 'error', dir]);
  const assets = join(dir, 'dist/assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  const registers = /customElements\.define/.test(js) && js.includes('kpi-card');
  console.log(`${name}: ${(js.length / 1024).toFixed(1)} KB of JS, ${registers ? 'registers <kpi-card>' : 'REGISTERS NOTHING'}`);
  if (!registers) failures.push(`${name}: the production build registers no element`);
}
// The README's server rendering, in plain Node from the installed package: numbers, not the skeleton.
writeFileSync(join(scratch, 'ssr.mjs'), `import 'inbound-kpi-kit/ssr';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { readFileSync } from 'node:fs';
const json = readFileSync(${JSON.stringify(join(root, 'demo/data/rows.json'))}, 'utf8');
process.stdout.write(collectResultSync(render(html\`<kpi-card metric="customers" data=\${json}></kpi-card>\`)));
`);
const served = run('node', ['ssr.mjs']);
const drawn = served.includes('part="value"') && !served.includes('part="loading"');
console.log(`inbound-kpi-kit/ssr in Node: ${drawn ? '<kpi-card> rendered with its value' : 'NO VALUE IN THE HTML'}`);
if (!drawn) failures.push('inbound-kpi-kit/ssr: the server-rendered card holds no value');

// The linters of published packages, on the tarball as npm would publish it.
for (const [name, args] of [['publint', ['--strict', 'node_modules/inbound-kpi-kit']], ['attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped']]]) {
  try {
    console.log(run(bin(name), args).trim());
  } catch (error) {
    failures.push(`${name}: ${error.stdout ?? error.message}`);
  }
}

// A consumer that imports every export, typechecked as each module resolution sees it.
const consumer = join(scratch, 'types');
mkdirSync(consumer);
writeFileSync(join(consumer, 'consumer.ts'), `import { KpiCard, type KpiSelectEvent } from 'inbound-kpi-kit';
import { computeMetrics, parseDataset } from 'inbound-kpi-kit/core';
import { KpiCard as ReactCard } from 'inbound-kpi-kit/react';
import type {} from 'inbound-kpi-kit/jsx';
import type {} from 'inbound-kpi-kit/vue';
import 'inbound-kpi-kit/define/kpi-card';
import 'inbound-kpi-kit/cdn';
import 'inbound-kpi-kit/hydrate';
import 'inbound-kpi-kit/ssr';

const parsed = parseDataset({});
export const value: number | null = parsed.ok ? computeMetrics(parsed.dataset).metrics['mqls']!.value : null;
export const card: KpiCard = document.createElement('kpi-card');
export const onSelect = (event: KpiSelectEvent): string | undefined => event.detail.metric;
export { ReactCard };
`);
for (const [resolution, module] of [['bundler', 'esnext'], ['node16', 'node16'], ['nodenext', 'nodenext']]) {
  const compilerOptions = { noEmit: true, strict: true, skipLibCheck: false, target: 'es2022', lib: ['es2023', 'dom', 'dom.iterable'], types: [], module, moduleResolution: resolution };
  writeFileSync(join(consumer, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
  try {
    run(bin('tsc'), ['-p', `tsconfig.${resolution}.json`], consumer);
    console.log(`a consumer importing every export typechecks (moduleResolution ${resolution}, skipLibCheck off)`);
  } catch (error) {
    failures.push(`tsc --moduleResolution ${resolution}: ${error.stdout ?? error.message}`);
  }
}

if (failures.length) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
} else console.log('the packed package builds and registers its elements; every export has types');
