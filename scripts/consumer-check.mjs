// The package as a consumer gets it: `npm pack`, installed into a scratch project, built
// by Vite for production. Fails if `import 'inbound-kpi-kit/cdn'` or a define entry is
// dropped as side-effect free (the elements would never register), or if an export's
// types are missing.   npm run test:package   (CI runs it)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPacked, versionOf } from './packed.mjs';

const { scratch, sh: run } = installPacked('kpi-consumer', [`vite@${versionOf('vite')}`]);

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
if (failures.length) {
  console.error(failures.join('\n'));
  process.exitCode = 1;
} else console.log('the packed package builds and registers its elements; every export has types');
